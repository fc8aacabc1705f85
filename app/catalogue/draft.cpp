#include "draft.h"

#include "contentroot.h"
#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QSet<QString> column(QSqlDatabase &db, const QString &sql, const QString &name)
{
    QSet<QString> values;
    QSqlQuery q(db);
    if (q.exec(sql))
        while (q.next())
            values.insert(q.value(name).toString());
    return values;
}

}  // namespace

bool Draft::open(const ContentRoot &root, Access access)
{
    m_path = root.draftCatalogue();
    const bool write = access == Access::ReadWrite;
    if (!m_db.open(m_path,
                   write ? SqlConnection::Mode::ReadWrite : SqlConnection::Mode::ReadOnly)) {
        m_error = QStringLiteral("cannot open the draft catalogue: %1").arg(m_db.errorString());
        return false;
    }
    if (write) {
        // Readers (export, validate, a kiosk's preview) go on while an import writes.
        m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        const Schema::Result migrated = Schema::migrate(m_db.db());
        if (!migrated.ok) {
            m_error = migrated.error;
            return false;
        }
    }
    return true;
}

QSet<QString> Draft::countryCodes()
{
    return column(m_db.db(), QStringLiteral("SELECT code FROM country"), QStringLiteral("code"));
}

QSet<QString> Draft::themeIds()
{
    return column(m_db.db(), QStringLiteral("SELECT id FROM theme"), QStringLiteral("id"));
}

QHash<QString, QString> Draft::countryCodesByName()
{
    QHash<QString, QString> codes;
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT value, id FROM text WHERE entity = 'country' AND "
                              "field = 'name'")))
        while (q.next())
            codes.insert(q.value(0).toString(), q.value(1).toString());
    return codes;
}

QHash<QString, Draft::ItemUse> Draft::itemUses()
{
    QHash<QString, ItemUse> uses;
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT id, country FROM item")))
        while (q.next())
            uses[q.value(QStringLiteral("id")).toString()].country =
                q.value(QStringLiteral("country")).toString();
    if (q.exec(QStringLiteral("SELECT item, theme FROM item_theme")))
        while (q.next())
            uses[q.value(QStringLiteral("item")).toString()].themes.append(
                q.value(QStringLiteral("theme")).toString());
    return uses;
}

bool Draft::apply(const std::function<bool()> &writes)
{
    QSqlDatabase &db = m_db.db();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    if (!writes()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = QStringLiteral(
                      "the draft catalogue could not be saved (%1); nothing was "
                      "changed.")
                      .arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool Draft::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = QStringLiteral(
                  "the draft catalogue could not be written (%1); nothing was "
                  "changed.")
                  .arg(q.lastError().text());
    return false;
}

bool Draft::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q);
}

bool Draft::addMedia(const Media &media)
{
    const bool sized = media.size.isValid();
    return run(
        QStringLiteral("INSERT INTO media (hash, path, mime, bytes, width, height, duration_ms)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING"),
        {media.hash, media.path, media.mime, media.bytes,
         sized ? QVariant(media.size.width()) : QVariant(),
         sized ? QVariant(media.size.height()) : QVariant(),
         media.durationMs > 0 ? QVariant(media.durationMs) : QVariant()});
}

bool Draft::replaceTexts(const QString &entity, const QString &id, const Texts &texts,
                         const QStringList &reviewed)
{
    if (!run(QStringLiteral("DELETE FROM text WHERE entity = ? AND id = ?"), {entity, id}))
        return false;
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("INSERT INTO text (entity, id, field, lang, value, status)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto field = texts.begin(); field != texts.end(); ++field) {
        for (auto text = field->begin(); text != field->end(); ++text) {
            q.addBindValue(entity);
            q.addBindValue(id);
            q.addBindValue(field.key());
            q.addBindValue(text.key());
            q.addBindValue(text->trimmed());
            q.addBindValue(reviewed.contains(text.key()) ? QStringLiteral("reviewed")
                                                         : QStringLiteral("unreviewed"));
            if (!exec(q))
                return false;
        }
    }
    return true;
}

bool Draft::upsertCountry(const Country &country)
{
    return run(QStringLiteral(
                   "INSERT INTO country (code, sort_order, native_name, joined, accent, flag,"
                   " language, shown_from, shown_until, halls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                   " ?) ON CONFLICT (code) DO UPDATE SET"
                   " sort_order = excluded.sort_order, native_name = excluded.native_name,"
                   " joined = excluded.joined, accent = excluded.accent, flag = excluded.flag,"
                   " language = excluded.language, shown_from = excluded.shown_from,"
                   " shown_until = excluded.shown_until, halls = excluded.halls"),
               {country.code, country.order, country.nativeName, country.joined, country.accent,
                orNull(country.flag), orNull(country.language), orNull(country.schedule.from),
                orNull(country.schedule.until), country.schedule.hallsColumn()}) &&
           replaceTexts(QStringLiteral("country"), country.code, country.texts, country.reviewed);
}

bool Draft::upsertTheme(const Theme &theme)
{
    return run(QStringLiteral("INSERT INTO theme (id, sort_order, accent, shown_from, shown_until,"
                              " halls) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                              " sort_order = excluded.sort_order, accent = excluded.accent,"
                              " shown_from = excluded.shown_from,"
                              " shown_until = excluded.shown_until, halls = excluded.halls"),
               {theme.id, theme.order, theme.accent, orNull(theme.schedule.from),
                orNull(theme.schedule.until), theme.schedule.hallsColumn()}) &&
           replaceTexts(QStringLiteral("theme"), theme.id, theme.texts, theme.reviewed);
}

bool Draft::upsertItem(const Item &item)
{
    return run(QStringLiteral(
                   "INSERT INTO item (id, kind, media, poster, country, taken, licence, featured,"
                   " sort_order, shown_from, shown_until, halls, featured_from, featured_until)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                   " SET kind = excluded.kind, media = excluded.media, poster = excluded.poster,"
                   " country = excluded.country, taken = excluded.taken,"
                   " licence = excluded.licence, featured = excluded.featured,"
                   " sort_order = excluded.sort_order, shown_from = excluded.shown_from,"
                   " shown_until = excluded.shown_until, halls = excluded.halls,"
                   " featured_from = excluded.featured_from,"
                   " featured_until = excluded.featured_until"),
               {item.id, item.kind, orNull(item.media), orNull(item.poster), item.country,
                orNull(item.taken), item.licence, item.featured ? 1 : 0, item.order,
                orNull(item.schedule.from), orNull(item.schedule.until),
                item.schedule.hallsColumn(), orNull(item.featuredFrom),
                orNull(item.featuredUntil)}) &&
           replaceThemes(item) &&
           replaceTexts(QStringLiteral("item"), item.id, item.texts, item.reviewed);
}

bool Draft::replaceThemes(const Item &item)
{
    if (!run(QStringLiteral("DELETE FROM item_theme WHERE item = ?"), {item.id}))
        return false;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO item_theme (item, theme) VALUES (?, ?)"));
    for (const QString &theme : item.themes) {
        q.addBindValue(item.id);
        q.addBindValue(theme);
        if (!exec(q))
            return false;
    }
    return true;
}

bool Draft::removeCountry(const QString &code)
{
    return run(QStringLiteral("DELETE FROM text WHERE entity = 'country' AND id = ?"), {code}) &&
           run(QStringLiteral("DELETE FROM country WHERE code = ?"), {code});
}

bool Draft::removeTheme(const QString &id)
{
    return run(QStringLiteral("DELETE FROM text WHERE entity = 'theme' AND id = ?"), {id}) &&
           run(QStringLiteral("DELETE FROM theme WHERE id = ?"), {id});
}

bool Draft::removeItem(const QString &id)
{
    // item_theme rows go with the item (ON DELETE CASCADE, app/catalogue/schema.cpp).
    return run(QStringLiteral("DELETE FROM text WHERE entity = 'item' AND id = ?"), {id}) &&
           run(QStringLiteral("DELETE FROM item WHERE id = ?"), {id});
}

bool Draft::forgetUnusedMedia()
{
    return run(QStringLiteral("DELETE FROM media WHERE NOT ") + Schema::mediaInUse(), {});
}

bool Draft::replaceWith(const QString &path)
{
    // ATTACH cannot run inside a transaction; the release is only read.
    if (!run(QStringLiteral("ATTACH DATABASE ? AS source"), {path}))
        return false;
    // Children before parents (item_theme and text name items; items name states and media).
    static const QStringList tables = {QStringLiteral("item_theme"), QStringLiteral("text"),
                                       QStringLiteral("item"),       QStringLiteral("theme"),
                                       QStringLiteral("country"),    QStringLiteral("media")};
    const bool copied = apply([this] {
        // The search index in one statement: its delete trigger would scan it once per text.
        if (!run(QStringLiteral("DELETE FROM text_search"), {}))
            return false;
        for (const QString &table : tables) {
            if (!run(QStringLiteral("DELETE FROM main.") + table, {}))
                return false;
        }
        for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
            // The release's columns: an older schema has fewer, and the others keep their
            // defaults. Table and column names come from this program and SQLite, not input.
            QSqlQuery info(m_db.db());
            QStringList columns;
            if (!info.exec(QStringLiteral("PRAGMA source.table_info(%1)").arg(*table))) {
                m_error = QStringLiteral("the release's catalogue cannot be read (%1).")
                              .arg(info.lastError().text());
                return false;
            }
            while (info.next())
                columns.append(QLatin1Char('"') + info.value(QStringLiteral("name")).toString() +
                               QLatin1Char('"'));
            const QString list = columns.join(QStringLiteral(", "));
            if (!run(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM source.%1")
                         .arg(*table, list),
                     {}))
                return false;
        }
        return true;
    });
    const QString error = m_error;
    run(QStringLiteral("DETACH DATABASE source"), {});
    m_error = error;
    return copied;
}
