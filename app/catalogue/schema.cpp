#include "schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Each entry brings the schema from its index to index + 1. Never edit a published step:
// add a new one, so every catalogue in the field takes the same path.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 0 -> 1: member states, themes, media files, items and their texts.
        {
            QStringLiteral("CREATE TABLE media ("
                           " hash TEXT PRIMARY KEY CHECK (length(hash) = 64),"
                           " path TEXT NOT NULL UNIQUE,"  // relative to the content root
                           " mime TEXT NOT NULL,"
                           " bytes INTEGER NOT NULL,"
                           " width INTEGER, height INTEGER, duration_ms INTEGER)"),
            QStringLiteral("CREATE TABLE country ("
                           " code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),"
                           " sort_order INTEGER NOT NULL,"
                           " native_name TEXT NOT NULL,"
                           " joined TEXT NOT NULL,"  // ISO 8601 date of joining ASEAN
                           " accent TEXT NOT NULL,"  // #rrggbb
                           " flag TEXT REFERENCES media(hash))"),
            QStringLiteral("CREATE TABLE theme ("
                           " id TEXT PRIMARY KEY,"
                           " sort_order INTEGER NOT NULL,"
                           " accent TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE item ("
                           " id TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('photo', 'video')),"
                           " media TEXT NOT NULL REFERENCES media(hash),"
                           " poster TEXT REFERENCES media(hash),"
                           " country TEXT NOT NULL REFERENCES country(code),"
                           " taken TEXT,"
                           " licence TEXT NOT NULL,"
                           " featured INTEGER NOT NULL DEFAULT 0,"
                           " halls TEXT NOT NULL DEFAULT '*',"
                           " sort_order INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX item_by_country ON item(country, sort_order, id)"),
            QStringLiteral("CREATE TABLE item_theme ("
                           " item TEXT NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                           " theme TEXT NOT NULL REFERENCES theme(id),"
                           " PRIMARY KEY (item, theme)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX item_theme_by_theme ON item_theme(theme, item)"),
            QStringLiteral("CREATE TABLE text ("
                           " entity TEXT NOT NULL CHECK (entity IN ('country', 'theme', 'item')),"
                           " id TEXT NOT NULL,"
                           " field TEXT NOT NULL,"
                           " lang TEXT NOT NULL,"
                           " value TEXT NOT NULL,"
                           " status TEXT NOT NULL DEFAULT 'unreviewed'"
                           "  CHECK (status IN ('unreviewed', 'reviewed')),"
                           " PRIMARY KEY (entity, id, field, lang)) WITHOUT ROWID"),
        },
        // 1 -> 2: full-text search over every text in every language. The trigram tokenizer
        // needs no word breaks, so Thai, Lao, Khmer, Burmese and Korean are searchable too.
        {
            QStringLiteral("CREATE VIRTUAL TABLE text_search USING fts5("
                           " value, entity UNINDEXED, id UNINDEXED, field UNINDEXED,"
                           " lang UNINDEXED, tokenize = 'trigram')"),
            QStringLiteral("INSERT INTO text_search (value, entity, id, field, lang)"
                           " SELECT value, entity, id, field, lang FROM text"),
            QStringLiteral("CREATE TRIGGER text_search_insert AFTER INSERT ON text BEGIN"
                           " INSERT INTO text_search (value, entity, id, field, lang)"
                           " VALUES (new.value, new.entity, new.id, new.field, new.lang); END"),
            QStringLiteral("CREATE TRIGGER text_search_delete AFTER DELETE ON text BEGIN"
                           " DELETE FROM text_search WHERE entity = old.entity AND id = old.id"
                           " AND field = old.field AND lang = old.lang; END"),
            QStringLiteral("CREATE TRIGGER text_search_update AFTER UPDATE OF value ON text BEGIN"
                           " DELETE FROM text_search WHERE entity = old.entity AND id = old.id"
                           " AND field = old.field AND lang = old.lang;"
                           " INSERT INTO text_search (value, entity, id, field, lang)"
                           " VALUES (new.value, new.entity, new.id, new.field, new.lang); END"),
        },
        // 2 -> 3: covers and counts for the home screen read a few index entries instead of
        // every item, so start-up does not grow with the catalogue.
        {
            QStringLiteral(
                "CREATE INDEX item_cover ON item(country, kind, featured DESC, sort_order, id)"),
            QStringLiteral("CREATE INDEX item_featured_photo ON item(sort_order, id)"
                           " WHERE featured = 1 AND kind = 'photo'"),
        },
        // 3 -> 4: each state's home language (a code such as "th"), so a title can be shown in
        // its own words and script beside the visitor's. Optional: a state without one shows
        // titles in the visitor's language only. (Pronunciations need no step: they are texts,
        // field "pronunciation", per item and visitor's language.)
        {
            QStringLiteral("ALTER TABLE country ADD COLUMN language TEXT"),
        },
        // 4 -> 5: content by date and by hall (app/catalogue/schedule.h). Each entry is shown
        // from shown_from to shown_until (YYYY-MM-DD, both included; NULL: open) in its halls
        // ("*": every hall; items had the column from step 0, unused until now); an item is
        // featured in the attract loop from featured_from to featured_until. Every row an older
        // program wrote is shown every day in every hall, as before.
        {
            QStringLiteral("ALTER TABLE country ADD COLUMN shown_from TEXT"),
            QStringLiteral("ALTER TABLE country ADD COLUMN shown_until TEXT"),
            QStringLiteral("ALTER TABLE country ADD COLUMN halls TEXT NOT NULL DEFAULT '*'"),
            QStringLiteral("ALTER TABLE theme ADD COLUMN shown_from TEXT"),
            QStringLiteral("ALTER TABLE theme ADD COLUMN shown_until TEXT"),
            QStringLiteral("ALTER TABLE theme ADD COLUMN halls TEXT NOT NULL DEFAULT '*'"),
            QStringLiteral("ALTER TABLE item ADD COLUMN shown_from TEXT"),
            QStringLiteral("ALTER TABLE item ADD COLUMN shown_until TEXT"),
            QStringLiteral("ALTER TABLE item ADD COLUMN featured_from TEXT"),
            QStringLiteral("ALTER TABLE item ADD COLUMN featured_until TEXT"),
            // The home screen counts each state's items shown today from this index alone, as
            // it counted them from item_by_country before (4 ms for 10,000 items, not 17).
            QStringLiteral(
                "CREATE INDEX item_shown ON item(country, shown_from, shown_until, halls)"),
        },
    };
    return all;
}

}  // namespace

namespace Schema {

QString mediaInUse()
{
    return QStringLiteral(
        "hash IN (SELECT media FROM item UNION SELECT poster FROM item UNION SELECT flag FROM "
        "country)");
}

int latestVersion()
{
    return int(steps().size());
}

int versionOf(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result migrate(QSqlDatabase &db, int target)
{
    Result result;
    if (target < 0)
        target = latestVersion();
    result.from = versionOf(db);
    result.to = result.from;
    if (result.from < 0) {
        result.error = QStringLiteral(
                           "The catalogue cannot be read (%1). Restore it from a release "
                           "or publish again.")
                           .arg(db.lastError().text());
        return result;
    }
    if (result.from > latestVersion()) {
        result.error = QStringLiteral(
                           "The catalogue has schema version %1 but this program knows "
                           "only up to %2. Update the ASEAN Halls software.")
                           .arg(result.from)
                           .arg(latestVersion());
        return result;
    }
    for (int v = result.from; v < target; ++v) {
        QSqlQuery q(db);
        if (!db.transaction()) {
            result.error = db.lastError().text();
            return result;
        }
        for (const QString &sql : steps().at(v)) {
            if (!q.exec(sql)) {
                result.error = QStringLiteral(
                                   "Migration to schema version %1 failed and was "
                                   "rolled back: %2")
                                   .arg(v + 1)
                                   .arg(q.lastError().text());
                db.rollback();
                return result;
            }
        }
        // PRAGMA takes no bound values; the number comes from this program, never from input.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !db.commit()) {
            result.error = q.lastError().text();
            db.rollback();
            return result;
        }
        result.to = v + 1;
    }
    result.ok = true;
    return result;
}

}  // namespace Schema
