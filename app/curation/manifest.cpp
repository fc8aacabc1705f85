#include "manifest.h"

#include "csvtable.h"
#include "spreadsheet.h"

#include <QFileInfo>

Problem Manifest::problemAt(const QString &path, const QString &message) const
{
    // Walk up from items[3].title.en to items[3].title, items[3], items, "".
    QString at = path;
    for (;;) {
        const auto it = locations.constFind(at);
        if (it != locations.constEnd()) {
            QString field = path;
            if (it->csv) {
                // items[3].title.en -> title_en: the column a curator sees in the sheet.
                const qsizetype dot = path.indexOf(QLatin1Char('.'));
                field = dot < 0 ? QString() : path.mid(dot + 1).replace(QLatin1Char('.'), '_');
            }
            return Csv::problemAt(it->file, it->sheet, it->line, it->column, field, message);
        }
        if (at.isEmpty())
            break;
        const qsizetype cut = qMax(at.lastIndexOf(QLatin1Char('.')), at.lastIndexOf('['));
        at = cut < 0 ? QString() : at.left(cut);
    }
    return {files.value(0), {}, path, message};
}

namespace ManifestReader {

const QStringList &countryTextFields()
{
    static const QStringList fields = {QStringLiteral("name"), QStringLiteral("capital"),
                                       QStringLiteral("languages"), QStringLiteral("description")};
    return fields;
}

const QStringList &themeTextFields()
{
    static const QStringList fields = {QStringLiteral("name"), QStringLiteral("description")};
    return fields;
}

const QStringList &itemTextFields()
{
    static const QStringList fields = {QStringLiteral("title"), QStringLiteral("description"),
                                       QStringLiteral("place"), QStringLiteral("credit"),
                                       // Of the title in the state's home language, written
                                       // for readers of each language; optional.
                                       QStringLiteral("pronunciation")};
    return fields;
}

void read(const QString &path, Manifest *manifest, Problems *problems)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        readCsv(path, manifest, problems);
    else if (Spreadsheet::isSpreadsheet(path))
        readSpreadsheet(path, manifest, problems);
    else
        readJson(path, manifest, problems);
}

}  // namespace ManifestReader
