#include "draftcheck.h"

#include "contentroot.h"
#include "mediastore.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace DraftCheck {

namespace {

int count(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt()
                                                                               : 0;
}

}  // namespace

Report run(const ContentRoot &root)
{
    Report report;
    const QString file = root.draftCatalogue();
    const auto problem = [&](const QString &field, const QString &message, const QString &in = {}) {
        report.problems.append({in.isEmpty() ? file : in, {}, field, message});
    };
    SqlConnection db;
    if (!QFileInfo::exists(file) || !db.open(file, SqlConnection::Mode::ReadOnly)) {
        problem({}, QStringLiteral("there is no readable draft catalogue; import a manifest "
                                   "first."));
        return report;
    }
    if (!db.quickCheck()) {
        problem({}, QStringLiteral("the draft catalogue is damaged (%1); restore it by importing "
                                   "the last export or manifest again.")
                        .arg(db.errorString()));
        return report;
    }
    report.countries = count(db.db(), QStringLiteral("country"));
    report.themes = count(db.db(), QStringLiteral("theme"));
    report.items = count(db.db(), QStringLiteral("item"));

    QSqlQuery q(db.db());
    // Only what entries name: prune forgets the rest.
    q.exec(QStringLiteral("SELECT path, hash, bytes FROM media WHERE ") + Schema::mediaInUse() +
           QStringLiteral(" ORDER BY path"));
    while (q.next()) {
        ++report.media;
        const QString path = root.resolve(q.value(0).toString());
        const QFileInfo info(path);
        if (path.isEmpty() || !info.isFile()) {
            problem(q.value(0).toString(),
                    QStringLiteral("the original is missing from the media store; import its "
                                   "manifest again."));
        } else if (info.size() != q.value(2).toLongLong() ||
                   MediaStore::hashFile(path) != q.value(1).toString()) {
            problem(q.value(0).toString(),
                    QStringLiteral("the original was changed or damaged (its checksum differs); "
                                   "import its manifest again."),
                    path);
        }
    }
    // Entries without the English text every other language falls back to.
    const QList<QPair<QString, QString>> required = {
        {QStringLiteral("country"), QStringLiteral("SELECT code FROM country")},
        {QStringLiteral("theme"), QStringLiteral("SELECT id FROM theme")},
        {QStringLiteral("item"), QStringLiteral("SELECT id FROM item")},
    };
    for (const auto &[entity, ids] : required) {
        const QString field =
            entity == QLatin1String("item") ? QStringLiteral("title") : QStringLiteral("name");
        q.exec(QStringLiteral("%1 WHERE NOT EXISTS (SELECT 1 FROM text t WHERE t.entity = '%2'"
                              " AND t.id = %3 AND t.field = '%4' AND t.lang = 'en'"
                              " AND trim(t.value) <> '')")
                   .arg(ids, entity,
                        entity == QLatin1String("country") ? QStringLiteral("code")
                                                           : QStringLiteral("id"),
                        field));
        while (q.next())
            problem(entity + QLatin1Char('/') + q.value(0).toString(),
                    QStringLiteral("has no English %1; add %1_en in the manifest and import it.")
                        .arg(field));
    }
    q.exec(QStringLiteral("SELECT id FROM item WHERE kind = 'video' AND poster IS NULL"));
    while (q.next())
        problem(QStringLiteral("item/") + q.value(0).toString(),
                QStringLiteral("is a video without a poster picture; add one."));
    q.exec(QStringLiteral("PRAGMA foreign_key_check"));
    while (q.next())
        problem(q.value(0).toString(),
                QStringLiteral("a row refers to a %1 that does not exist; import the manifest "
                               "again.")
                    .arg(q.value(2).toString()));
    return report;
}

}  // namespace DraftCheck
