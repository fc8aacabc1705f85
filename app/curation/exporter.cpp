#include "exporter.h"

#include "contentroot.h"
#include "csvtable.h"
#include "draft.h"
#include "folders.h"
#include "languages.h"
#include "manifest.h"
#include "schedule.h"
#include "sqlconnection.h"
#include "wholefile.h"
#include "xlsxsheet.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QStringList &sheetBaseNames()
{
    static const QStringList names = {QStringLiteral("countries"), QStringLiteral("themes"),
                                      QStringLiteral("items")};
    return names;
}

// Characters a column shows in the workbook: room for what it usually holds.
double columnWidth(const QString &column)
{
    static const QMap<QString, double> widths = {
        {QStringLiteral("id"), 24},
        {QStringLiteral("code"), 7},
        {QStringLiteral("kind"), 8},
        {QStringLiteral("file"), 30},
        {QStringLiteral("poster"), 30},
        {QStringLiteral("country"), 9},
        {QStringLiteral("themes"), 24},
        {QStringLiteral("date"), 12},
        {QStringLiteral("licence"), 18},
        {QStringLiteral("featured"), 10},
        {QStringLiteral("order"), 7},
        {QStringLiteral("native_name"), 22},
        {QStringLiteral("joined"), 12},
        {QStringLiteral("accent"), 10},
        {QStringLiteral("flag"), 16},
        {QStringLiteral("reviewed"), 14},
        {QStringLiteral("title"), 36},
        {QStringLiteral("name"), 24},
        {QStringLiteral("description"), 60},
        {QStringLiteral("place"), 24},
        {QStringLiteral("credit"), 28},
        {QStringLiteral("capital"), 18},
        {QStringLiteral("languages"), 28},
        {QStringLiteral("from"), 12},
        {QStringLiteral("until"), 12},
        {QStringLiteral("halls"), 16},
        {QStringLiteral("featured_from"), 14},
        {QStringLiteral("featured_until"), 14},
        {QStringLiteral("remove"), 9},
    };
    if (widths.contains(column))
        return widths.value(column);
    return widths.value(column.left(column.lastIndexOf(QLatin1Char('_'))), 14);
}

// One sheet's rows as the JSON manifest writes its entries (docs/curating.md): texts by field
// and language, lists as arrays, numbers and yes/no as JSON values, empty cells left out.
QJsonArray jsonEntries(const QList<QStringList> &rows)
{
    static const QStringList lists = {QStringLiteral("themes"), QStringLiteral("reviewed"),
                                      QStringLiteral("halls")};
    const QStringList header = rows.value(0);
    QJsonArray entries;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QJsonObject entry;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString &column = header.at(c);
            const QString value = rows.at(r).value(c);
            if (value.isEmpty())
                continue;
            const qsizetype cut = column.lastIndexOf(QLatin1Char('_'));
            const QString language = column.mid(cut + 1);
            if (cut > 0 && Languages::isKnown(language)) {
                QJsonObject texts = entry.value(column.left(cut)).toObject();
                texts.insert(language, value);
                entry.insert(column.left(cut), texts);
            } else if (lists.contains(column)) {
                entry.insert(column, QJsonArray::fromStringList(value.split(QLatin1Char(' '))));
            } else if (column == QLatin1String("order")) {
                entry.insert(column, value.toInt());
            } else if (column == QLatin1String("featured")) {
                entry.insert(column, value == QLatin1String("yes"));
            } else {
                entry.insert(column, value);
            }
        }
        entries.append(entry);
    }
    return entries;
}

class Export {
public:
    Export(const ContentRoot &root, const QString &outDir, Exporter::Format format)
        : m_root(root), m_out(outDir), m_format(format)
    {
    }

    Exporter::Result run()
    {
        // A draft an older program wrote is brought to this schema first, as import would, so
        // every column is there to write out.
        Draft draft;
        if (QFileInfo::exists(m_root.draftCatalogue()) && !draft.open(m_root))
            return fail(draft.errorString() + QStringLiteral("."));
        if (!m_db.open(m_root.draftCatalogue(), SqlConnection::Mode::ReadOnly))
            return fail(QStringLiteral("cannot read the draft catalogue (%1); import first.")
                            .arg(m_db.errorString()));
        const QDir out(m_out);
        if (out.exists() && !out.isEmpty())
            return fail(QStringLiteral("%1 is not empty; export into a new folder.").arg(m_out));
        QString problem;
        if (!Folders::make(m_out, Access::Shared, &problem))
            return fail(problem + QStringLiteral("; check the path and permissions."));
        if (!countries() || !themes() || !items())
            return m_result;
        if (m_format == Exporter::Format::Json && !writeJson())
            return m_result;
        m_result.ok = true;
        return m_result;
    }

private:
    Exporter::Result fail(const QString &error)
    {
        m_result.ok = false;
        m_result.error = error;
        return m_result;
    }

    // Header: the plain columns, the schedule's, then each text field in every language, then
    // reviewed and remove (empty in every row: there for the curator to write yes in).
    static QStringList header(const QStringList &plain, const QStringList &fields)
    {
        QStringList columns = plain + QStringList{QStringLiteral("from"), QStringLiteral("until"),
                                                  QStringLiteral("halls")};
        for (const QString &field : fields)
            for (const QString &language : Languages::all())
                columns.append(field + QLatin1Char('_') + language);
        columns.append(QStringLiteral("reviewed"));
        columns.append(QStringLiteral("remove"));
        return columns;
    }

    // The schedule's cells, from the row's shown_from, shown_until and halls at `first`.
    static QStringList schedule(const QSqlQuery &q, int first)
    {
        return {q.value(first).toString(), q.value(first + 1).toString(),
                Schedule::hallsFrom(q.value(first + 2).toString()).join(QLatin1Char(' '))};
    }

    // The texts of one entry in header order, the languages reviewed, and an empty remove.
    QStringList texts(const QString &entity, const QString &id, const QStringList &fields)
    {
        QHash<QString, QString> values;
        QStringList reviewed;
        QSqlQuery q(m_db.db());
        q.prepare(QStringLiteral(
            "SELECT field, lang, value, status FROM text WHERE entity = ? AND id = ?"));
        q.addBindValue(entity);
        q.addBindValue(id);
        q.exec();
        while (q.next()) {
            const QString lang = q.value(1).toString();
            values.insert(q.value(0).toString() + QLatin1Char('_') + lang, q.value(2).toString());
            if (q.value(3).toString() == QLatin1String("reviewed") && !reviewed.contains(lang))
                reviewed.append(lang);
        }
        QStringList row;
        for (const QString &field : fields)
            for (const QString &language : Languages::all())
                row.append(values.value(field + QLatin1Char('_') + language));
        std::sort(reviewed.begin(), reviewed.end());
        row.append(reviewed.join(QLatin1Char(' ')));
        row.append(QString());
        return row;
    }

    // Copies a stored original out as folder/name.ext; returns the name relative to the export.
    QString copyMedia(const QVariant &hash, const QString &folder, const QString &name)
    {
        if (hash.isNull() || hash.toString().isEmpty())
            return {};
        QSqlQuery q(m_db.db());
        q.prepare(QStringLiteral("SELECT path FROM media WHERE hash = ?"));
        q.addBindValue(hash);
        if (!q.exec() || !q.next()) {
            m_copyError = QStringLiteral(
                              "the draft names a media file it does not list (%1); "
                              "import again.")
                              .arg(hash.toString());
            return {};
        }
        const QString stored = m_root.resolve(q.value(0).toString());
        const QString relative =
            folder + QLatin1Char('/') + name + QLatin1Char('.') + QFileInfo(stored).suffix();
        QString problem;
        if (!Folders::make(m_out + QLatin1Char('/') + folder, Access::Shared, &problem) ||
            !WholeFile::copy(stored, m_out + QLatin1Char('/') + relative, Access::Shared,
                             &problem)) {
            m_copyError = problem + QStringLiteral("; free some space, or run 'validate'.");
            return {};
        }
        ++m_result.files;
        return relative;
    }

    // The drop-down lists of the workbook's columns: fixed values, and the member states and
    // themes the draft has (an item may have several themes, so that list only warns).
    QMap<QString, XlsxSheet::Choices> choices() const
    {
        return {{QStringLiteral("kind"), {{QStringLiteral("photo"), QStringLiteral("video")}}},
                {QStringLiteral("featured"), {{QStringLiteral("yes"), QStringLiteral("no")}}},
                {QStringLiteral("remove"), {{QStringLiteral("yes"), QStringLiteral("no")}}},
                {QStringLiteral("country"), {m_countryCodes}},
                {QStringLiteral("themes"), {m_themeIds, false}}};
    }

    // `base` is countries, themes or items; `title` the worksheet's name.
    bool writeSheet(const QString &base, const QString &title, const QList<QStringList> &rows)
    {
        if (!m_copyError.isEmpty()) {
            fail(m_copyError);
            return false;
        }
        const QString path = m_out + QLatin1Char('/') + base;
        QString problem;
        bool written = true;
        switch (m_format) {
            case Exporter::Format::Json:
                m_json.insert(base, jsonEntries(rows));
                return true;
            case Exporter::Format::Csv:
                written = WholeFile::write(path + QStringLiteral(".csv"), Csv::write(rows),
                                           Access::Shared, &problem);
                break;
            case Exporter::Format::Xlsx: {
                QMap<QString, double> widths;
                for (const QString &column : rows.value(0))
                    widths.insert(column, columnWidth(column));
                written = XlsxSheet::write(path + QStringLiteral(".xlsx"), title, rows, widths,
                                           choices(), &problem);
                break;
            }
        }
        if (!written)
            fail(problem + QStringLiteral("; free some space and export again."));
        return written;
    }

    bool writeJson()
    {
        QString problem;
        if (WholeFile::write(m_out + QStringLiteral("/manifest.json"),
                             QJsonDocument(m_json).toJson(QJsonDocument::Indented), Access::Shared,
                             &problem))
            return true;
        fail(problem + QStringLiteral("; free some space and export again."));
        return false;
    }

    bool countries()
    {
        const QStringList &fields = ManifestReader::countryTextFields();
        QList<QStringList> rows = {
            header({QStringLiteral("code"), QStringLiteral("order"), QStringLiteral("native_name"),
                    QStringLiteral("joined"), QStringLiteral("accent"), QStringLiteral("flag"),
                    QStringLiteral("language")},
                   fields)};
        QSqlQuery q(m_db.db());
        q.exec(QStringLiteral(
            "SELECT code, sort_order, native_name, joined, accent, flag, language,"
            " shown_from, shown_until, halls FROM country ORDER BY sort_order, code"));
        while (q.next()) {
            const QString code = q.value(0).toString();
            QStringList row = {code,
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               q.value(4).toString(),
                               copyMedia(q.value(5), QStringLiteral("flags"), code.toLower()),
                               q.value(6).toString()};
            rows.append(row + schedule(q, 7) + texts(QStringLiteral("country"), code, fields));
            m_countryCodes.append(code);
            ++m_result.countries;
        }
        return writeSheet(QStringLiteral("countries"), QStringLiteral("Member states"), rows);
    }

    bool themes()
    {
        const QStringList &fields = ManifestReader::themeTextFields();
        QList<QStringList> rows = {header(
            {QStringLiteral("id"), QStringLiteral("order"), QStringLiteral("accent")}, fields)};
        QSqlQuery q(m_db.db());
        q.exec(
            QStringLiteral("SELECT id, sort_order, accent, shown_from, shown_until, halls FROM"
                           " theme ORDER BY sort_order, id"));
        while (q.next()) {
            const QString id = q.value(0).toString();
            rows.append(QStringList{id, q.value(1).toString(), q.value(2).toString()} +
                        schedule(q, 3) + texts(QStringLiteral("theme"), id, fields));
            m_themeIds.append(id);
            ++m_result.themes;
        }
        return writeSheet(QStringLiteral("themes"), QStringLiteral("Themes"), rows);
    }

    QString themesOf(const QString &item)
    {
        QSqlQuery q(m_db.db());
        q.prepare(QStringLiteral("SELECT theme FROM item_theme WHERE item = ? ORDER BY theme"));
        q.addBindValue(item);
        q.exec();
        QStringList list;
        while (q.next())
            list.append(q.value(0).toString());
        return list.join(QLatin1Char(' '));
    }

    bool items()
    {
        const QStringList &fields = ManifestReader::itemTextFields();
        QList<QStringList> rows = {
            header({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("file"),
                    QStringLiteral("poster"), QStringLiteral("country"), QStringLiteral("themes"),
                    QStringLiteral("date"), QStringLiteral("licence"), QStringLiteral("featured"),
                    QStringLiteral("featured_from"), QStringLiteral("featured_until"),
                    QStringLiteral("order")},
                   fields)};
        QSqlQuery q(m_db.db());
        q.exec(
            QStringLiteral("SELECT id, kind, media, poster, country, taken, licence, featured,"
                           " featured_from, featured_until, sort_order, shown_from, shown_until,"
                           " halls FROM item ORDER BY country, sort_order, id"));
        while (q.next()) {
            const QString id = q.value(0).toString();
            const QString kind = q.value(1).toString();
            QStringList row = {id,
                               kind,
                               copyMedia(q.value(2), kind + QLatin1Char('s'), id),
                               copyMedia(q.value(3), QStringLiteral("posters"), id),
                               q.value(4).toString(),
                               themesOf(id),
                               q.value(5).toString(),
                               q.value(6).toString(),
                               q.value(7).toInt() ? QStringLiteral("yes") : QStringLiteral("no"),
                               q.value(8).toString(),
                               q.value(9).toString(),
                               q.value(10).toString()};
            rows.append(row + schedule(q, 11) + texts(QStringLiteral("item"), id, fields));
            ++m_result.items;
        }
        return writeSheet(QStringLiteral("items"), QStringLiteral("Items"), rows);
    }

    const ContentRoot &m_root;
    QString m_out;
    Exporter::Format m_format;
    SqlConnection m_db;
    QStringList m_countryCodes;
    QStringList m_themeIds;
    QJsonObject m_json;
    Exporter::Result m_result;
    QString m_copyError;
};

}  // namespace

namespace Exporter {

bool formatNamed(const QString &name, Format *format)
{
    static const QMap<QString, Format> formats = {{QStringLiteral("xlsx"), Format::Xlsx},
                                                  {QStringLiteral("csv"), Format::Csv},
                                                  {QStringLiteral("json"), Format::Json}};
    if (!formats.contains(name))
        return false;
    *format = formats.value(name);
    return true;
}

Result exportDraft(const ContentRoot &root, const QString &outDir, Format format)
{
    return Export(root, outDir, format).run();
}

QStringList manifestFilesIn(const QString &dir, QString *problem)
{
    const QDir folder(dir);
    QStringList files;
    for (const QString &base : sheetBaseNames()) {
        QStringList found;
        for (const char *suffix : {".xlsx", ".ods", ".csv"})
            if (folder.exists(base + QLatin1String(suffix)))
                found.append(base + QLatin1String(suffix));
        if (found.size() > 1) {
            *problem = QStringLiteral(
                           "%1 has both %2; keep the one you edited there and move "
                           "the other out.")
                           .arg(dir, found.join(QStringLiteral(" and ")));
            return {};
        }
        if (!found.isEmpty())
            files.append(folder.filePath(found.first()));
    }
    if (files.isEmpty())
        files.append(folder.filePath(QStringLiteral("manifest.json")));
    return files;
}

}  // namespace Exporter
