#include "exporter.h"

#include "contentroot.h"
#include "csvtable.h"
#include "folders.h"
#include "languages.h"
#include "manifest.h"
#include "sqlconnection.h"
#include "wholefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace {

class Export {
public:
    Export(const ContentRoot &root, const QString &outDir) : m_root(root), m_out(outDir) {}

    Exporter::Result run()
    {
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

    // Header: the plain columns, then each text field in every language, then reviewed.
    static QStringList header(const QStringList &plain, const QStringList &fields)
    {
        QStringList columns = plain;
        for (const QString &field : fields)
            for (const QString &language : Languages::all())
                columns.append(field + QLatin1Char('_') + language);
        columns.append(QStringLiteral("reviewed"));
        return columns;
    }

    // The texts of one entry in header order, and the languages reviewed.
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

    bool writeSheet(const QString &name, const QList<QStringList> &rows)
    {
        if (!m_copyError.isEmpty()) {
            fail(m_copyError);
            return false;
        }
        QString problem;
        if (!WholeFile::write(m_out + QLatin1Char('/') + name, Csv::write(rows), Access::Shared,
                              &problem)) {
            fail(problem + QStringLiteral("; free some space and export again."));
            return false;
        }
        return true;
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
        q.exec(
            QStringLiteral("SELECT code, sort_order, native_name, joined, accent, flag, language"
                           " FROM country ORDER BY sort_order, code"));
        while (q.next()) {
            const QString code = q.value(0).toString();
            QStringList row = {code,
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               q.value(4).toString(),
                               copyMedia(q.value(5), QStringLiteral("flags"), code.toLower()),
                               q.value(6).toString()};
            rows.append(row + texts(QStringLiteral("country"), code, fields));
            ++m_result.countries;
        }
        return writeSheet(QStringLiteral("countries.csv"), rows);
    }

    bool themes()
    {
        const QStringList &fields = ManifestReader::themeTextFields();
        QList<QStringList> rows = {header(
            {QStringLiteral("id"), QStringLiteral("order"), QStringLiteral("accent")}, fields)};
        QSqlQuery q(m_db.db());
        q.exec(QStringLiteral("SELECT id, sort_order, accent FROM theme ORDER BY sort_order, id"));
        while (q.next()) {
            const QString id = q.value(0).toString();
            rows.append(QStringList{id, q.value(1).toString(), q.value(2).toString()} +
                        texts(QStringLiteral("theme"), id, fields));
            ++m_result.themes;
        }
        return writeSheet(QStringLiteral("themes.csv"), rows);
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
                    QStringLiteral("order")},
                   fields)};
        QSqlQuery q(m_db.db());
        q.exec(
            QStringLiteral("SELECT id, kind, media, poster, country, taken, licence, featured,"
                           " sort_order FROM item ORDER BY country, sort_order, id"));
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
                               q.value(8).toString()};
            rows.append(row + texts(QStringLiteral("item"), id, fields));
            ++m_result.items;
        }
        return writeSheet(QStringLiteral("items.csv"), rows);
    }

    const ContentRoot &m_root;
    QString m_out;
    SqlConnection m_db;
    Exporter::Result m_result;
    QString m_copyError;
};

}  // namespace

namespace Exporter {

Result exportDraft(const ContentRoot &root, const QString &outDir)
{
    return Export(root, outDir).run();
}

QStringList sheetNames()
{
    return {QStringLiteral("countries.csv"), QStringLiteral("themes.csv"),
            QStringLiteral("items.csv")};
}

}  // namespace Exporter
