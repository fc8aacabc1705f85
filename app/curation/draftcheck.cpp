#include "draftcheck.h"

#include "contentroot.h"
#include "mediastore.h"
#include "schedule.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSettings>
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
    Check(const ContentRoot &root, const QDate &today)
        : m_root(root), m_file(root.draftCatalogue()), m_today(today)
    {
    }

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
        if (Schema::versionOf(db.db()) >= Schema::kSchedules)
            checkSchedules(db.db());
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

    void warn(const QString &field, const QString &message)
    {
        m_report.warnings.append({m_file, {}, field, message});
    }

    // Entries no visitor will see again, and halls no kiosk is.
    void checkSchedules(QSqlDatabase &db)
    {
        const QString hallsDir = m_root.path() + QStringLiteral("/halls");
        const QStringList known = hallNamesIn(hallsDir);
        QMap<QString, QStringList> unknown;  // hall name -> entries naming it
        QSqlQuery q(db);
        for (const auto &[entity, key, command] :
             {std::array<QString, 3>{QStringLiteral("country"), QStringLiteral("code"),
                                     QStringLiteral("state")},
              {QStringLiteral("theme"), QStringLiteral("id"), QStringLiteral("theme")},
              {QStringLiteral("item"), QStringLiteral("id"), QStringLiteral("item")}}) {
            q.prepare(QStringLiteral("SELECT %1, shown_until, halls FROM %2 ORDER BY %1")
                          .arg(key, entity));
            q.exec();
            while (q.next()) {
                const QString id = q.value(0).toString();
                const QString until = q.value(1).toString();
                if (!until.isEmpty() && until < Schedules::dayText(m_today))
                    warn(entity + QLatin1Char('/') + id,
                         QStringLiteral("was shown until %1, which has passed; visitors no longer "
                                        "see it. Remove it (asean-catalogue remove %2 %3), or "
                                        "write a later day in until.")
                             .arg(until, command, id));
                for (const QString &hall : Schedule::hallsFrom(q.value(2).toString()))
                    if (!known.contains(hall))
                        unknown[hall].append(entity + QLatin1Char('/') + id);
            }
        }
        for (auto it = unknown.cbegin(); it != unknown.cend(); ++it)
            warn(it.value().first(),
                 QStringLiteral("names the hall \"%1\"%2, but no hall file in %3 has [hall] "
                                "id=%1 (%4), so no kiosk shows it there. Correct the name, or "
                                "copy that hall's hall file into %3.")
                     .arg(it.key(),
                          it.value().size() > 1
                              ? QStringLiteral(" (as do %1 more)").arg(it.value().size() - 1)
                              : QString(),
                          hallsDir,
                          known.isEmpty() ? QStringLiteral("it holds none")
                                          : QStringLiteral("the halls there: ") +
                                                known.join(QStringLiteral(", "))));
    }

    const ContentRoot &m_root;
    const QString m_file;
    const QDate m_today;
    Report m_report;
};

}  // namespace

Report run(const ContentRoot &root, const QDate &today)
{
    return Check(root, today).run();
}

QStringList hallNamesIn(const QString &folder)
{
    QStringList names;
    for (const QFileInfo &file :
         QDir(folder).entryInfoList({QStringLiteral("*.ini")}, QDir::Files, QDir::Name)) {
        const QString id = QSettings(file.filePath(), QSettings::IniFormat)
                               .value(QStringLiteral("hall/id"))
                               .toString()
                               .trimmed();
        if (!id.isEmpty() && !names.contains(id))
            names.append(id);
    }
    return names;
}

}  // namespace DraftCheck
