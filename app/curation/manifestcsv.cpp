// A manifest as spreadsheets: one sheet for member states, one for themes, one for items, each
// a CSV file or the first worksheet of an .xlsx or .ods file. The header row names the columns
// (docs/curating.md); which sheet it is follows from them.

#include "csvtable.h"
#include "languages.h"
#include "manifest.h"
#include "spreadsheet.h"

#include <QFile>
#include <QRegularExpression>

namespace {

enum class Sheet { Countries, Themes, Items };

struct SheetShape {
    Sheet sheet;
    QString path;  // countries, themes, items
    QString what;  // for messages
    QStringList plain;
    QStringList required;  // plain columns and text columns such as name_en
    const QStringList &texts;
};

const QList<SheetShape> &shapes()
{
    static const QList<SheetShape> list = {
        {Sheet::Items,
         QStringLiteral("items"),
         QStringLiteral("items"),
         {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("file"),
          QStringLiteral("poster"), QStringLiteral("country"), QStringLiteral("themes"),
          QStringLiteral("date"), QStringLiteral("licence"), QStringLiteral("featured"),
          QStringLiteral("order"), QStringLiteral("reviewed"), QStringLiteral("remove"),
          QStringLiteral("from"), QStringLiteral("until"), QStringLiteral("halls"),
          QStringLiteral("featured_from"), QStringLiteral("featured_until")},
         {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("file"),
          QStringLiteral("country"), QStringLiteral("licence"), QStringLiteral("title_en")},
         ManifestReader::itemTextFields()},
        {Sheet::Countries,
         QStringLiteral("countries"),
         QStringLiteral("member states"),
         {QStringLiteral("code"), QStringLiteral("order"), QStringLiteral("native_name"),
          QStringLiteral("joined"), QStringLiteral("accent"), QStringLiteral("flag"),
          QStringLiteral("language"), QStringLiteral("reviewed"), QStringLiteral("remove"),
          QStringLiteral("from"), QStringLiteral("until"), QStringLiteral("halls")},
         {QStringLiteral("code"), QStringLiteral("native_name"), QStringLiteral("joined"),
          QStringLiteral("accent"), QStringLiteral("name_en")},
         ManifestReader::countryTextFields()},
        {Sheet::Themes,
         QStringLiteral("themes"),
         QStringLiteral("themes"),
         {QStringLiteral("id"), QStringLiteral("order"), QStringLiteral("accent"),
          QStringLiteral("reviewed"), QStringLiteral("remove"), QStringLiteral("from"),
          QStringLiteral("until"), QStringLiteral("halls")},
         {QStringLiteral("id"), QStringLiteral("accent"), QStringLiteral("name_en")},
         ManifestReader::themeTextFields()},
    };
    return list;
}

// A sheet with item columns holds items; with a code column member states; else themes.
const SheetShape &shapeFor(const QStringList &names)
{
    if (names.contains(QLatin1String("file")) || names.contains(QLatin1String("kind")))
        return shapes().at(0);
    if (names.contains(QLatin1String("code")))
        return shapes().at(1);
    return shapes().at(2);
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

class CsvManifestReader {
public:
    CsvManifestReader(const QString &path, Manifest *manifest, Problems *problems)
        : m_path(path), m_manifest(manifest), m_problems(problems)
    {
        m_manifest->files.append(path);
    }

    // The rows of a CSV file or of a spreadsheet's first worksheet, unless reading them
    // found a problem.
    void read(const QList<CsvRow> &rows, qsizetype problemsBefore)
    {
        if (m_problems->size() > problemsBefore)
            return;
        if (rows.isEmpty()) {
            m_problems->append({m_path,
                                {},
                                {},
                                QStringLiteral("the sheet is empty; its first row names the "
                                               "columns (see docs/curating.md).")});
            return;
        }
        if (!readHeader(rows.first()))
            return;
        for (qsizetype r = 1; r < rows.size(); ++r)
            readRow(rows.at(r));
    }

private:
    struct Column {
        QString field;     // a plain column, or a text field
        QString language;  // set for text columns
    };

    void problemAt(const CsvCell &cell, const QString &column, const QString &message)
    {
        m_problems->append(
            Csv::problemAt(m_path, cell.sheet, cell.line, cell.column, column, message));
    }

    // Reports every problem of the header; false only when a required column is missing, so
    // the rows cannot be read. With a column named wrongly the rows are read with the others,
    // so a sheet's problems all come in one pass.
    bool readHeader(const CsvRow &header)
    {
        QStringList names;
        for (const CsvCell &cell : header)
            names.append(cell.text.trimmed().toLower());
        m_shape = &shapeFor(names);
        bool ok = true;
        for (int i = 0; i < header.size(); ++i) {
            const QString &name = names.at(i);
            if (name.isEmpty() || name.startsWith(QLatin1Char('#')))
                continue;  // a curator's own notes
            if (m_columns.contains(name)) {
                problemAt(header.at(i), name,
                          QStringLiteral("the column \"%1\" appears twice; keep one.").arg(name));
                continue;
            }
            if (m_shape->plain.contains(name)) {
                m_index.insert(i, {name, {}});
                m_columns.insert(name, i);
                continue;
            }
            const qsizetype cut = name.lastIndexOf(QLatin1Char('_'));
            const QString field = name.left(cut);
            const QString language = name.mid(cut + 1);
            if (cut > 0 && m_shape->texts.contains(field)) {
                if (!Languages::isKnown(language)) {
                    problemAt(
                        header.at(i), name,
                        QStringLiteral("\"%1\" is not a language the kiosk offers; use one "
                                       "of %2 (for example %3_ko).")
                            .arg(language, Languages::all().join(QStringLiteral(", ")), field));
                    continue;
                }
                m_index.insert(i, {field, language});
                m_columns.insert(name, i);
                continue;
            }
            QStringList known = m_shape->plain;
            for (const QString &f : m_shape->texts)
                known.append(f + QStringLiteral("_xx"));
            problemAt(header.at(i), name,
                      QStringLiteral("\"%1\" is not a column of a sheet of %2; the columns are %3 "
                                     "(xx: a language code). Start a column's name with # to "
                                     "keep notes in it.")
                          .arg(name, m_shape->what, known.join(QStringLiteral(", "))));
        }
        for (const QString &required : m_shape->required) {
            if (!m_columns.contains(required)) {
                problemAt(header.value(0), {},
                          QStringLiteral("the sheet of %1 has no \"%2\" column; add it (see "
                                         "docs/curating.md).")
                              .arg(m_shape->what, required));
                ok = false;
            }
        }
        m_width = int(header.size());
        return ok;
    }

    // Values of one row by column; every cell's place is recorded under its path.
    struct Row {
        QHash<QString, QString> plain;
        Texts texts;
        bool removes = false;  // its `remove` cell says yes
    };

    Row cells(const CsvRow &row, const QString &where)
    {
        Row out;
        const CsvCell &first = row.first();
        m_manifest->locations.insert(where, {m_path, first.line, first.column, true, first.sheet});
        for (auto it = m_index.begin(); it != m_index.end(); ++it) {
            // A cell past the row's last: in a worksheet it has its own place (cell F12); in a
            // CSV line there is none, so the line's end.
            CsvCell cell = it.key() < row.size() ? row.at(it.key())
                                                 : CsvCell{QString(), row.last().line,
                                                           row.last().column, first.sheet};
            if (!cell.sheet.isEmpty())
                cell.column = it.key() + 1;
            const QString path = where + QLatin1Char('.') + it->field +
                                 (it->language.isEmpty() ? QString() : '.' + it->language);
            m_manifest->locations.insert(path, {m_path, cell.line, cell.column, true, cell.sheet});
            if (it->language.isEmpty())
                out.plain.insert(it->field, cell.text.trimmed());
            else if (!cell.text.trimmed().isEmpty())
                out.texts[it->field][it->language] = cell.text;
        }
        for (qsizetype i = m_width; i < row.size(); ++i) {
            if (!row.at(i).text.trimmed().isEmpty()) {
                problemAt(row.at(i), {},
                          row.at(i).sheet.isEmpty()
                              ? QStringLiteral("this row has more fields than the header has "
                                               "columns; put a text with a comma in quotes.")
                              : QStringLiteral("this cell's column has no name in the header "
                                               "row; name it, or start its name with # to keep "
                                               "notes in it."));
                break;
            }
        }
        out.removes = yesNo(out, where, QStringLiteral("remove"));
        return out;
    }

    // A row whose `remove` is yes needs its id or code alone.
    QString required(const Row &row, const QString &where, const QString &field)
    {
        const QString value = row.plain.value(field);
        const bool key = field == QLatin1String("id") || field == QLatin1String("code");
        if (value.isEmpty() && (key || !row.removes))
            problem(where + QLatin1Char('.') + field,
                    QStringLiteral("\"%1\" is required; fill in this cell.").arg(field));
        return value;
    }

    std::optional<int> integer(const Row &row, const QString &where, const QString &field)
    {
        const QString value = row.plain.value(field);
        if (value.isEmpty())
            return std::nullopt;
        bool ok = true;
        const int number = value.toInt(&ok);
        if (!ok) {
            problem(where + QLatin1Char('.') + field,
                    QStringLiteral("\"%1\" must be a whole number.").arg(field));
            return std::nullopt;
        }
        return number;
    }

    bool yesNo(const Row &row, const QString &where, const QString &field)
    {
        const QString value = row.plain.value(field).toLower();
        if (value.isEmpty() || value == QLatin1String("no") || value == QLatin1String("false") ||
            value == QLatin1String("0"))
            return false;
        if (value == QLatin1String("yes") || value == QLatin1String("true") ||
            value == QLatin1String("1"))
            return true;
        problem(where + QLatin1Char('.') + field,
                QStringLiteral("\"%1\" must be yes or no.").arg(field));
        return false;
    }

    void problem(const QString &path, const QString &message)
    {
        m_problems->append(m_manifest->problemAt(path, message));
    }

    static Schedule schedule(const Row &row)
    {
        return {row.plain.value(QStringLiteral("from")), row.plain.value(QStringLiteral("until")),
                splitList(row.plain.value(QStringLiteral("halls")))};
    }

    void readRow(const CsvRow &row)
    {
        switch (m_shape->sheet) {
            case Sheet::Countries: {
                const QString where =
                    QStringLiteral("countries[%1]").arg(m_manifest->numbered[m_shape->path]++);
                const Row r = cells(row, where);
                ManifestCountry c;
                c.where = where;
                c.code = required(r, where, QStringLiteral("code"));
                c.order = integer(r, where, QStringLiteral("order"));
                c.nativeName = required(r, where, QStringLiteral("native_name"));
                c.joined = required(r, where, QStringLiteral("joined"));
                c.accent = required(r, where, QStringLiteral("accent"));
                c.flag = r.plain.value(QStringLiteral("flag"));
                c.language = r.plain.value(QStringLiteral("language"));
                c.texts = r.texts;
                c.reviewed = splitList(r.plain.value(QStringLiteral("reviewed")));
                c.remove = r.removes;
                c.schedule = schedule(r);
                m_manifest->countries.append(c);
                break;
            }
            case Sheet::Themes: {
                const QString where =
                    QStringLiteral("themes[%1]").arg(m_manifest->numbered[m_shape->path]++);
                const Row r = cells(row, where);
                ManifestTheme t;
                t.where = where;
                t.id = required(r, where, QStringLiteral("id"));
                t.order = integer(r, where, QStringLiteral("order"));
                t.accent = required(r, where, QStringLiteral("accent"));
                t.texts = r.texts;
                t.reviewed = splitList(r.plain.value(QStringLiteral("reviewed")));
                t.remove = r.removes;
                t.schedule = schedule(r);
                m_manifest->themes.append(t);
                break;
            }
            case Sheet::Items: {
                const QString where =
                    QStringLiteral("items[%1]").arg(m_manifest->numbered[m_shape->path]++);
                const Row r = cells(row, where);
                ManifestItem item;
                item.where = where;
                item.id = required(r, where, QStringLiteral("id"));
                item.kind = required(r, where, QStringLiteral("kind"));
                item.file = required(r, where, QStringLiteral("file"));
                item.poster = r.plain.value(QStringLiteral("poster"));
                item.country = required(r, where, QStringLiteral("country"));
                item.themes = splitList(r.plain.value(QStringLiteral("themes")));
                item.date = r.plain.value(QStringLiteral("date"));
                item.licence = required(r, where, QStringLiteral("licence"));
                item.featured = yesNo(r, where, QStringLiteral("featured"));
                item.order = integer(r, where, QStringLiteral("order"));
                item.texts = r.texts;
                item.reviewed = splitList(r.plain.value(QStringLiteral("reviewed")));
                item.remove = r.removes;
                item.schedule = schedule(r);
                item.featuredFrom = r.plain.value(QStringLiteral("featured_from"));
                item.featuredUntil = r.plain.value(QStringLiteral("featured_until"));
                m_manifest->items.append(item);
                break;
            }
        }
    }

    QString m_path;
    Manifest *m_manifest;
    Problems *m_problems;
    const SheetShape *m_shape = nullptr;
    QHash<int, Column> m_index;     // by column number
    QHash<QString, int> m_columns;  // by column name
    int m_width = 0;
};

}  // namespace

namespace ManifestReader {

void readCsvData(const QByteArray &data, const QString &path, Manifest *manifest,
                 Problems *problems)
{
    const qsizetype before = problems->size();
    CsvManifestReader(path, manifest, problems).read(Csv::parse(data, path, problems), before);
}

void readSpreadsheetData(const QByteArray &data, const QString &path, Manifest *manifest,
                         Problems *problems)
{
    const qsizetype before = problems->size();
    CsvManifestReader(path, manifest, problems)
        .read(Spreadsheet::read(data, path, problems), before);
}

namespace {

// The bytes of a sheet file, or a problem saying why there are none.
bool readSheetFile(const QString &path, Manifest *manifest, Problems *problems, QByteArray *data)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        *data = file.readAll();
        return true;
    }
    manifest->files.append(path);
    problems->append(
        {path,
         {},
         {},
         QStringLiteral("cannot open the sheet (%1); check the path.").arg(file.errorString())});
    return false;
}

}  // namespace

void readCsv(const QString &path, Manifest *manifest, Problems *problems)
{
    QByteArray data;
    if (readSheetFile(path, manifest, problems, &data))
        readCsvData(data, path, manifest, problems);
}

void readSpreadsheet(const QString &path, Manifest *manifest, Problems *problems)
{
    QByteArray data;
    if (readSheetFile(path, manifest, problems, &data))
        readSpreadsheetData(data, path, manifest, problems);
}

}  // namespace ManifestReader
