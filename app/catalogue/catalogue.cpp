#include "catalogue.h"

#include "languages.h"
#include "schedule.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace {

// SQL for one text resolved along the fallback chain. Language codes come from
// Languages::fallbackChain, which keeps only known codes, so they are safe to inline.
QString textExpr(const QString &entity, const QString &idColumn, const QString &field,
                 const QString &language)
{
    QStringList parts;
    for (const QString &lang : Languages::fallbackChain(language))
        parts << QStringLiteral(
                     "(SELECT value FROM text WHERE entity = '%1' AND id = %2"
                     " AND field = '%3' AND lang = '%4')")
                     .arg(entity, idColumn, field, lang);
    parts << QStringLiteral("''");
    return QStringLiteral("COALESCE(%1)").arg(parts.join(QStringLiteral(", ")));
}

// A text as an SQL literal. Days and hall names are checked before they get here; ids come
// from the catalogue, so they are quoted all the same.
QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

// The days from `from` to `until` (columns; NULL: open) hold the day `day` (a literal).
QString holds(const QString &from, const QString &until, const QString &day)
{
    return QStringLiteral("(%1 IS NULL OR %1 <= %3) AND (%2 IS NULL OR %2 >= %3)")
        .arg(from, until, day);
}

QString filterWhere(const ItemFilter &filter, const QString &shown, const QString &featured,
                    QVariantList *binds)
{
    QStringList where{shown};
    if (!filter.country.isEmpty()) {
        where << QStringLiteral("i.country = ?");
        binds->append(filter.country);
    }
    if (!filter.theme.isEmpty()) {
        where << QStringLiteral("i.id IN (SELECT item FROM item_theme WHERE theme = ?)");
        binds->append(filter.theme);
    }
    if (filter.featuredOnly)
        where << featured;
    return where.join(QStringLiteral(" AND "));
}

}  // namespace

bool Catalogue::open(const QString &path, SqlConnection::Mode mode)
{
    if (!m_db.open(path, mode)) {
        m_error = m_db.errorString();
        return false;
    }
    m_copy.reset();
    const int version = Schema::versionOf(m_db.db());
    if (version > Schema::latestVersion() || version < 1) {
        m_error = QStringLiteral(
                      "the catalogue was made by a newer program (schema %1); "
                      "update the kiosk software")
                      .arg(version);
        m_db.close();
        return false;
    }
    // A release published by an older program is still shown: hall kiosks are updated before
    // the office republishes, and a release never changes once published.
    if (version < Schema::latestVersion() && mode != SqlConnection::Mode::ReadWrite) {
        m_db.close();
        const QString problem = openCopy(path, mode);
        if (!problem.isEmpty()) {
            m_error = QStringLiteral(
                          "the catalogue has an old schema and could not be read through an "
                          "upgraded copy (%1); publish it again")
                          .arg(problem);
            return false;
        }
    }
    prepareShowing();
    return true;
}

bool Catalogue::openSnapshot(const QString &path)
{
    m_db.close();
    m_copy.reset();
    if (!QFileInfo(path).isFile()) {
        m_error = QStringLiteral("%1 does not exist").arg(path);
        return false;
    }
    const QString problem = openCopy(path, SqlConnection::Mode::Immutable);
    if (!problem.isEmpty()) {
        m_error = QStringLiteral("%1 could not be read (%2)").arg(path, problem);
        return false;
    }
    prepareShowing();
    return true;
}

void Catalogue::setShowing(const Showing &showing)
{
    m_showing = showing;
    prepareShowing();
}

QString Catalogue::shownWhere(const QString &alias) const
{
    QStringList where;
    if (m_showing.day.isValid())
        where << holds(alias + QStringLiteral(".shown_from"),
                       alias + QStringLiteral(".shown_until"),
                       quoted(Schedules::dayText(m_showing.day)));
    if (m_showing.hall) {
        const QString hall = *m_showing.hall;
        where << (Schedules::isHallName(hall)
                      ? QStringLiteral("(%1.halls = '*' OR instr(' ' || %1.halls || ' ', %2) > 0)")
                            .arg(alias, quoted(QLatin1Char(' ') + hall + QLatin1Char(' ')))
                      : QStringLiteral("%1.halls = '*'").arg(alias));
    }
    return where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
}

QString Catalogue::itemShown() const
{
    QStringList where{shownWhere(QStringLiteral("i"))};
    if (!m_hiddenCountries.isEmpty())
        where << QStringLiteral("i.country NOT IN (%1)").arg(m_hiddenCountries.join(','));
    // An item under themes that are all hidden goes with them; one without themes stays.
    if (!m_hiddenThemes.isEmpty())
        where << QStringLiteral(
                     "(NOT EXISTS (SELECT 1 FROM item_theme s WHERE s.item = i.id) OR EXISTS"
                     " (SELECT 1 FROM item_theme s WHERE s.item = i.id AND s.theme NOT IN (%1)))")
                     .arg(m_hiddenThemes.join(','));
    return where.join(QStringLiteral(" AND "));
}

QString Catalogue::featuredToday() const
{
    if (!m_showing.day.isValid())
        return QStringLiteral("i.featured = 1");
    const QString days =
        QStringLiteral("(i.featured_from IS NOT NULL OR i.featured_until IS NOT NULL)");
    if (!m_scheduledFeatures)
        return QStringLiteral("i.featured = 1 AND NOT ") + days;
    return QStringLiteral("i.featured = 1 AND %1 AND %2")
        .arg(days, holds(QStringLiteral("i.featured_from"), QStringLiteral("i.featured_until"),
                         quoted(Schedules::dayText(m_showing.day))));
}

void Catalogue::prepareShowing()
{
    m_hiddenCountries.clear();
    m_hiddenThemes.clear();
    m_scheduledFeatures = false;
    if (!isOpen() || (!m_showing.day.isValid() && !m_showing.hall))
        return;
    QSqlQuery q(m_db.db());
    const auto hidden = [this, &q](const QString &sql, QStringList *ids) {
        if (!q.exec(sql))
            return readFailed(q);
        while (q.next())
            ids->append(quoted(q.value(0).toString()));
    };
    hidden(QStringLiteral("SELECT code FROM country c WHERE NOT (%1)")
               .arg(shownWhere(QStringLiteral("c"))),
           &m_hiddenCountries);
    hidden(QStringLiteral("SELECT id FROM theme t WHERE NOT (%1)")
               .arg(shownWhere(QStringLiteral("t"))),
           &m_hiddenThemes);
    if (!m_showing.day.isValid())
        return;
    m_scheduledFeatures = true;  // asks: is any item shown featured by days of its own today?
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM item i WHERE %1 AND %2)")
                    .arg(itemShown(), featuredToday())) ||
        !q.next()) {
        m_scheduledFeatures = false;
        return readFailed(q);
    }
    m_scheduledFeatures = q.value(0).toBool();
}

bool Catalogue::scheduleDiffers(const QDate &a, const QDate &b)
{
    if (a == b)
        return false;
    // A window starts on a day after the earlier and up to the later, or ends on a day from the
    // earlier up to before the later.
    const QString first = quoted(Schedules::dayText(qMin(a, b)));
    const QString last = quoted(Schedules::dayText(qMax(a, b)));
    QStringList any;
    for (const auto &[table, from, until] :
         {std::array<const char *, 3>{"country", "shown_from", "shown_until"},
          {"theme", "shown_from", "shown_until"},
          {"item", "shown_from", "shown_until"},
          {"item", "featured_from", "featured_until"}})
        any << QStringLiteral(
                   "EXISTS (SELECT 1 FROM %1 WHERE (%2 > %4 AND %2 <= %5) OR"
                   " (%3 >= %4 AND %3 < %5))")
                   .arg(QLatin1String(table), QLatin1String(from), QLatin1String(until), first,
                        last);
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT ") + any.join(QStringLiteral(" OR "))) || !q.next()) {
        readFailed(q);
        return true;  // read everything again rather than show the wrong day
    }
    return q.value(0).toBool();
}

QStringList Catalogue::shownItemIds()
{
    QStringList ids;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT i.id FROM item i WHERE %1 ORDER BY i.id").arg(itemShown())))
        readFailed(q);
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QString Catalogue::openCopy(const QString &path, SqlConnection::Mode mode)
{
    m_copy = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                             QStringLiteral("/asean-catalogue-XXXXXX"));
    const QString copy = m_copy->filePath(QStringLiteral("catalogue.sqlite"));
    QString problem;
    if (!m_copy->isValid()) {
        problem = m_copy->errorString();
    } else if (!QFile::copy(path, copy) ||
               (QFile::exists(path + QStringLiteral("-wal")) &&
                !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))) {
        problem = QStringLiteral("it could not be copied to %1").arg(m_copy->path());
    } else {
        // Opened for writing, the copy takes in its log and can be migrated; closed, SQLite
        // folds the log into it.
        SqlConnection upgrading;
        if (!upgrading.open(copy, SqlConnection::Mode::ReadWrite)) {
            problem = upgrading.errorString();
        } else if (!upgrading.quickCheck()) {
            problem = QStringLiteral("it is damaged: %1").arg(upgrading.errorString());
        } else {
            const Schema::Result migrated = Schema::migrate(upgrading.db());
            problem = migrated.ok ? QString() : migrated.error;
        }
    }
    if (problem.isEmpty() && !m_db.open(copy, mode))
        problem = m_db.errorString();
    if (!problem.isEmpty()) {
        m_db.close();
        m_copy.reset();
    }
    return problem;
}

QList<CountryRow> Catalogue::queryCountries(const QString &where, const QString &code,
                                            const QString &language)
{
    QList<CountryRow> rows;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT c.code, c.native_name, %1, %2, %3, %5, c.joined, c.accent,"
            " (SELECT path FROM media WHERE hash = c.flag),"
            " (SELECT m.path FROM item i JOIN media m ON m.hash = i.media WHERE i.country = c.code"
            "   AND i.kind = 'photo' AND %6 ORDER BY i.featured DESC, i.sort_order, i.id LIMIT 1),"
            " (SELECT count(*) FROM item i WHERE i.country = c.code AND %6)"
            " FROM country c WHERE %4 AND %7 ORDER BY c.sort_order, c.code")
            .arg(textExpr(QStringLiteral("country"), QStringLiteral("c.code"),
                          QStringLiteral("name"), language),
                 textExpr(QStringLiteral("country"), QStringLiteral("c.code"),
                          QStringLiteral("capital"), language),
                 textExpr(QStringLiteral("country"), QStringLiteral("c.code"),
                          QStringLiteral("languages"), language),
                 where,
                 textExpr(QStringLiteral("country"), QStringLiteral("c.code"),
                          QStringLiteral("description"), language),
                 itemShown(), shownWhere(QStringLiteral("c"))));
    if (!code.isEmpty())
        q.addBindValue(code);
    if (!q.exec()) {
        readFailed(q);
        return rows;
    }
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                     q.value(9).toString(), q.value(10).toInt()});
    }
    if (q.lastError().isValid())
        readFailed(q);  // a page that failed part-way through
    return rows;
}

void Catalogue::readFailed(const QSqlQuery &q)
{
    m_error = QStringLiteral("%1 (%2)").arg(q.lastError().text(), m_db.db().databaseName());
    ++m_readErrors;
    if (m_onReadError)
        m_onReadError(m_error);
}

QList<CountryRow> Catalogue::countries(const QString &language)
{
    return queryCountries(QStringLiteral("1"), {}, language);
}

std::optional<CountryRow> Catalogue::country(const QString &code, const QString &language)
{
    const QList<CountryRow> rows = queryCountries(QStringLiteral("c.code = ?"), code, language);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<ThemeRow> Catalogue::themes(const QString &language, const QString &country)
{
    QList<ThemeRow> rows;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    // With no country the filter "? = ''" lets every item count.
    // The cover is the first featured photo in the theme, else its first photo; both are
    // index look-ups (see schema step 3). With no country, "? = ''" lets every item count.
    q.prepare(
        QStringLiteral(
            "SELECT t.id, %1, %2, t.accent,"
            " COALESCE((SELECT m.path FROM item i JOIN media m ON m.hash = i.media"
            "   WHERE i.featured = 1 AND i.kind = 'photo' AND (:c1 = '' OR i.country = :c1)"
            "   AND EXISTS (SELECT 1 FROM item_theme it WHERE it.item = i.id AND it.theme = t.id)"
            "   AND %3 ORDER BY i.sort_order, i.id LIMIT 1),"
            "  (SELECT m.path FROM item_theme it JOIN item i ON i.id = it.item"
            "   JOIN media m ON m.hash = i.media WHERE it.theme = t.id AND i.kind = 'photo'"
            "   AND (:c2 = '' OR i.country = :c2) AND %3 LIMIT 1)),"
            " (SELECT count(*) FROM item_theme it JOIN item i ON i.id = it.item"
            "   WHERE it.theme = t.id AND (:c3 = '' OR i.country = :c3) AND %3) AS n"
            " FROM theme t WHERE (:c4 = '' OR n > 0) AND %4 ORDER BY t.sort_order, t.id")
            .arg(textExpr(QStringLiteral("theme"), QStringLiteral("t.id"), QStringLiteral("name"),
                          language),
                 textExpr(QStringLiteral("theme"), QStringLiteral("t.id"),
                          QStringLiteral("description"), language),
                 itemShown(), shownWhere(QStringLiteral("t"))));
    for (const char *name : {":c1", ":c2", ":c3", ":c4"})
        q.bindValue(QLatin1String(name), country.isNull() ? QStringLiteral("") : country);
    if (!q.exec()) {
        readFailed(q);
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
    if (q.lastError().isValid())
        readFailed(q);  // a page that failed part-way through
    return rows;
}

int Catalogue::itemCount(const ItemFilter &filter)
{
    QVariantList binds;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM item i WHERE ") +
              filterWhere(filter, itemShown(), featuredToday(), &binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        readFailed(q);
        return 0;
    }
    return q.value(0).toInt();
}

QList<ItemRow> Catalogue::queryItems(const QString &where, const QVariantList &binds,
                                     const QString &language, int offset, int limit)
{
    QList<ItemRow> rows;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    const auto text = [&language](const char *field) {
        return textExpr(QStringLiteral("item"), QStringLiteral("i.id"), QLatin1String(field),
                        language);
    };
    // The title in the state's own language and its pronunciation for the visitor take no
    // fallback: a title in another language is not the state's own words. The language code is
    // inlined only when it is one the kiosk knows.
    const QString visitor = Languages::isKnown(language) ? language : QString();
    q.prepare(QStringLiteral("SELECT i.id, i.kind, m.path, p.path, m.width, m.height, i.country,"
                             " %1, %2, %3, %4, i.licence, i.taken, %8, %6, m.duration_ms,"
                             " (SELECT path FROM media WHERE hash = c.flag), c.language,"
                             " (SELECT value FROM text WHERE entity = 'item' AND id = i.id"
                             "  AND field = 'title' AND lang = c.language),"
                             " (SELECT value FROM text WHERE entity = 'item' AND id = i.id"
                             "  AND field = 'pronunciation' AND lang = '%7')"
                             " FROM item i JOIN media m ON m.hash = i.media"
                             " JOIN country c ON c.code = i.country"
                             " LEFT JOIN media p ON p.hash = i.poster"
                             " WHERE (%5) AND %9 ORDER BY i.country, i.sort_order, i.id"
                             " LIMIT ? OFFSET ?")
                  .arg(text("title"), text("description"), text("place"), text("credit"), where,
                       textExpr(QStringLiteral("country"), QStringLiteral("i.country"),
                                QStringLiteral("name"), language),
                       visitor, QStringLiteral("(%1)").arg(featuredToday()), itemShown()));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        readFailed(q);
        return rows;
    }
    while (q.next()) {
        ItemRow row;
        row.id = q.value(0).toString();
        row.kind = q.value(1).toString();
        row.mediaPath = q.value(2).toString();
        row.posterPath = q.value(3).toString();
        row.width = q.value(4).toInt();
        row.height = q.value(5).toInt();
        row.country = q.value(6).toString();
        row.title = q.value(7).toString();
        row.description = q.value(8).toString();
        row.place = q.value(9).toString();
        row.credit = q.value(10).toString();
        row.licence = q.value(11).toString();
        row.date = q.value(12).toString();
        row.featured = q.value(13).toBool();
        row.countryName = q.value(14).toString();
        row.durationMs = q.value(15).toLongLong();
        row.flagPath = q.value(16).toString();
        row.homeLanguage = q.value(17).toString();
        row.homeTitle = q.value(18).toString();
        row.pronunciation = q.value(19).toString();
        rows.append(row);
    }
    if (q.lastError().isValid())
        readFailed(q);  // a page that failed part-way through
    return rows;
}

QList<ItemRow> Catalogue::items(const ItemFilter &filter, const QString &language, int offset,
                                int limit)
{
    QVariantList binds;
    const QString where = filterWhere(filter, QStringLiteral("1"), featuredToday(), &binds);
    return queryItems(where, binds, language, offset, limit);
}

std::optional<ItemRow> Catalogue::item(const QString &id, const QString &language)
{
    const QList<ItemRow> rows = queryItems(QStringLiteral("i.id = ?"), {id}, language, 0, 1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

AcrossRow Catalogue::acrossAsean(const QString &itemId, const QString &theme,
                                 const QString &language)
{
    AcrossRow across;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT it.theme FROM item_theme it JOIN theme t ON t.id = it.theme"
        " WHERE it.item = ? ORDER BY it.theme = ? DESC, t.sort_order, t.id LIMIT 1"));
    q.addBindValue(itemId);
    q.addBindValue(theme);
    if (!q.exec()) {
        readFailed(q);
        return across;
    }
    if (!q.next())
        return across;  // no such item, or one without a theme
    across.theme = q.value(0).toString();

    // Per state an index look-up (item_theme_by_theme, then item's primary key).
    q.prepare(QStringLiteral(
                  "SELECT (SELECT i.id FROM item_theme it JOIN item i ON i.id = it.item"
                  "  WHERE it.theme = :theme AND i.country = c.code AND %1"
                  "  ORDER BY i.featured DESC, i.sort_order, i.id LIMIT 1) AS pick"
                  " FROM country c WHERE c.code IS NOT (SELECT country FROM item WHERE id = :item)"
                  " AND pick IS NOT NULL ORDER BY c.sort_order, c.code")
                  .arg(itemShown()));
    q.bindValue(QStringLiteral(":theme"), across.theme);
    q.bindValue(QStringLiteral(":item"), itemId);
    if (!q.exec()) {
        readFailed(q);
        return across;
    }
    QStringList picks;
    QVariantList binds;
    while (q.next()) {
        picks.append(q.value(0).toString());
        binds.append(picks.last());
    }
    if (picks.isEmpty())
        return across;
    const QString where = QStringLiteral("i.id IN (%1)")
                              .arg(QStringList(picks.size(), QStringLiteral("?")).join(','));
    const QList<ItemRow> rows = queryItems(where, binds, language, 0, int(picks.size()));
    // queryItems orders by state code; the rail follows the states' own order.
    for (const QString &id : std::as_const(picks)) {
        for (const ItemRow &row : rows) {
            if (row.id == id)
                across.items.append(row);
        }
    }
    return across;
}
