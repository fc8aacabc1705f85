#include "draftcheck.h"

#include "contentroot.h"
#include "mediastore.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <array>

namespace DraftCheck {

namespace {

int count(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt()
                                                                               : 0;
}

// Problems are placed in the draft catalogue unless a file of their own is given.
class Check {
public:
    explicit Check(const ContentRoot &root) : m_root(root), m_file(root.draftCatalogue()) {}

    Report run()
    {
        SqlConnection db;
        if (!QFileInfo::exists(m_file) || !db.open(m_file, SqlConnection::Mode::ReadOnly)) {
            problem({}, QStringLiteral("there is no readable draft catalogue; import your sheets "
                                       "first."));
            return m_report;
        }
        if (!db.quickCheck()) {
            problem({}, QStringLiteral("the draft catalogue is damaged (%1); restore it by "
                                       "importing the last export or manifest again.")
                            .arg(db.errorString()));
            return m_report;
        }
        m_report.countries = count(db.db(), QStringLiteral("country"));
        m_report.themes = count(db.db(), QStringLiteral("theme"));
        m_report.items = count(db.db(), QStringLiteral("item"));
        checkMedia(db.db());
        checkEnglishTexts(db.db());
        checkEntries(db.db());
        return m_report;
    }

private:
    void problem(const QString &field, const QString &message, const QString &in = {})
    {
        m_report.problems.append({in.isEmpty() ? m_file : in, {}, field, message});
    }

    // Only what entries name: prune forgets the rest.
    void checkMedia(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT path, hash, bytes FROM media WHERE ") + Schema::mediaInUse() +
               QStringLiteral(" ORDER BY path"));
        while (q.next()) {
            ++m_report.media;
            const QString stored = q.value(QStringLiteral("path")).toString();
            const QString path = m_root.resolve(stored);
            const QFileInfo info(path);
            if (path.isEmpty() || !info.isFile()) {
                problem(stored, QStringLiteral("the original is missing from the media store; "
                                               "import its manifest again."));
            } else if (info.size() != q.value(QStringLiteral("bytes")).toLongLong() ||
                       MediaStore::hashFile(path) != q.value(QStringLiteral("hash")).toString()) {
                problem(stored,
                        QStringLiteral("the original was changed or damaged (its checksum "
                                       "differs); import its manifest again."),
                        path);
            }
        }
    }

    // Entries without the English text every other language falls back to.
    void checkEnglishTexts(QSqlDatabase &db)
    {
        // Entity, its key column, and the text field it needs.
        const QList<std::array<QString, 3>> required = {
            {QStringLiteral("country"), QStringLiteral("code"), QStringLiteral("name")},
            {QStringLiteral("theme"), QStringLiteral("id"), QStringLiteral("name")},
            {QStringLiteral("item"), QStringLiteral("id"), QStringLiteral("title")},
        };
        QSqlQuery q(db);
        for (const auto &[entity, key, field] : required) {
            q.exec(QStringLiteral("SELECT %2 FROM %1 WHERE NOT EXISTS (SELECT 1 FROM text t"
                                  " WHERE t.entity = '%1' AND t.id = %2 AND t.field = '%3'"
                                  " AND t.lang = 'en' AND trim(t.value) <> '')")
                       .arg(entity, key, field));
            while (q.next())
                problem(entity + QLatin1Char('/') + q.value(key).toString(),
                        QStringLiteral("has no English %1; fill in %1_en in the sheet and import "
                                       "it again.")
                            .arg(field));
        }
    }

    // Videos without a poster, and rows that name what does not exist.
    void checkEntries(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM item WHERE kind = 'video' AND poster IS NULL"));
        while (q.next())
            problem(QStringLiteral("item/") + q.value(QStringLiteral("id")).toString(),
                    QStringLiteral("is a video without a poster picture; add one."));
        q.exec(QStringLiteral("PRAGMA foreign_key_check"));
        while (q.next())
            problem(q.value(QStringLiteral("table")).toString(),
                    QStringLiteral("a row refers to a %1 that does not exist; import the "
                                   "manifest again.")
                        .arg(q.value(QStringLiteral("parent")).toString()));
    }

    const ContentRoot &m_root;
    const QString m_file;
    Report m_report;
};

}  // namespace

Report run(const ContentRoot &root)
{
    return Check(root).run();
}

}  // namespace DraftCheck
