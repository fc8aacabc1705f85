#include "entries.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace {

// The facts of each kind, built in one place for both a catalogue's rows and Draft's: the two
// must agree, or an import would report changes it does not make.
// from, until and halls, as the sheets write them (a catalogue before schedules has none).
QMap<QString, QString> withSchedule(QMap<QString, QString> facts, const Schedule &schedule)
{
    facts.insert(QStringLiteral("from"), schedule.from);
    facts.insert(QStringLiteral("until"), schedule.until);
    facts.insert(QStringLiteral("halls"), schedule.halls.join(QLatin1Char(' ')));
    return facts;
}

QMap<QString, QString> countryFacts(int order, const QString &nativeName, const QString &joined,
                                    const QString &accent, const QString &flag,
                                    const QString &language, const Schedule &schedule)
{
    return withSchedule({{QStringLiteral("order"), QString::number(order)},
                         {QStringLiteral("native_name"), nativeName},
                         {QStringLiteral("joined"), joined},
                         {QStringLiteral("accent"), accent},
                         {QStringLiteral("flag"), flag},
                         {QStringLiteral("language"), language}},
                        schedule);
}

QMap<QString, QString> themeFacts(int order, const QString &accent, const Schedule &schedule)
{
    return withSchedule(
        {{QStringLiteral("order"), QString::number(order)}, {QStringLiteral("accent"), accent}},
        schedule);
}

QMap<QString, QString> itemFacts(const Draft::Item &item)
{
    QStringList themes = item.themes;
    themes.sort();
    themes.removeDuplicates();
    return withSchedule(
        {{QStringLiteral("kind"), item.kind},
         {QStringLiteral("file"), item.media},
         {QStringLiteral("poster"), item.poster},
         {QStringLiteral("country"), item.country},
         {QStringLiteral("themes"), themes.join(QLatin1Char(' '))},
         {QStringLiteral("date"), item.taken},
         {QStringLiteral("licence"), item.licence},
         {QStringLiteral("featured"), item.featured ? QStringLiteral("yes") : QStringLiteral("no")},
         {QStringLiteral("featured_from"), item.featuredFrom},
         {QStringLiteral("featured_until"), item.featuredUntil},
         {QStringLiteral("order"), QString::number(item.order)}},
        item.schedule);
}

// Texts by column (title_th) and, as the fact "reviewed", the columns marked reviewed. Values
// are trimmed as Draft stores them.
void addTexts(const Draft::Texts &texts,
              const std::function<bool(const QString &column, const QString &language)> &reviewed,
              CatalogueEntry *entry)
{
    QStringList marked;
    for (auto field = texts.begin(); field != texts.end(); ++field) {
        for (auto text = field->begin(); text != field->end(); ++text) {
            const QString column = field.key() + QLatin1Char('_') + text.key();
            entry->texts.insert(column, text->trimmed());
            if (reviewed(column, text.key()))
                marked.append(column);
        }
    }
    entry->facts.insert(QStringLiteral("reviewed"), marked.join(QLatin1Char(' ')));
}

// Draft marks the texts of the languages listed reviewed.
std::function<bool(const QString &, const QString &)> languagesReviewed(const QStringList &list)
{
    return [list](const QString &, const QString &language) { return list.contains(language); };
}

// The current row's values by column name, the names looked up once per query (a record is a
// copy of every field); a column this schema lacks (an older release's) reads as empty.
class Columns {
public:
    explicit Columns(const QSqlQuery &q) : m_q(q), m_record(q.record()) {}
    QString operator()(const char *name) const
    {
        const int index = m_record.indexOf(QLatin1String(name));
        return index < 0 ? QString() : m_q.value(index).toString();
    }

private:
    const QSqlQuery &m_q;
    const QSqlRecord m_record;
};

class Reader {
public:
    explicit Reader(QSqlDatabase &db) : m_db(db) {}

    bool read(CatalogueEntries *entries)
    {
        QHash<QString, Draft::Texts> countryTexts, themeTexts, itemTexts;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT entity, id, field, lang, value, status FROM text")))
            return failed(q);
        for (const Columns value(q); q.next();) {
            const QString entity = value("entity");
            auto &texts = entity == QLatin1String("country") ? countryTexts
                          : entity == QLatin1String("theme") ? themeTexts
                                                             : itemTexts;
            const QString id = value("id");
            const QString field = value("field");
            const QString language = value("lang");
            texts[id][field][language] = value("value");
            if (value("status") == QLatin1String("reviewed"))
                m_reviewed.insert(entity + QLatin1Char('/') + id + QLatin1Char('/') + field +
                                  QLatin1Char('_') + language);
        }
        if (!q.exec(QStringLiteral("SELECT * FROM country")))
            return failed(q);
        for (const Columns value(q); q.next();) {
            const QString code = value("code");
            CatalogueEntry entry;
            entry.facts =
                countryFacts(value("sort_order").toInt(), value("native_name"), value("joined"),
                             value("accent"), value("flag"), value("language"), schedule(value));
            addTexts(countryTexts.value(code), reviewedIn(QStringLiteral("country"), code), &entry);
            entries->countries.insert(code, entry);
        }
        if (!q.exec(QStringLiteral("SELECT * FROM theme")))
            return failed(q);
        for (const Columns value(q); q.next();) {
            const QString id = value("id");
            CatalogueEntry entry;
            entry.facts = themeFacts(value("sort_order").toInt(), value("accent"), schedule(value));
            addTexts(themeTexts.value(id), reviewedIn(QStringLiteral("theme"), id), &entry);
            entries->themes.insert(id, entry);
        }
        QHash<QString, QStringList> themes;
        if (!q.exec(QStringLiteral("SELECT item, theme FROM item_theme")))
            return failed(q);
        for (const Columns value(q); q.next();)
            themes[value("item")].append(value("theme"));
        if (!q.exec(QStringLiteral("SELECT * FROM item")))
            return failed(q);
        for (const Columns value(q); q.next();) {
            Draft::Item item;
            item.id = value("id");
            item.kind = value("kind");
            item.media = value("media");
            item.poster = value("poster");
            item.country = value("country");
            item.taken = value("taken");
            item.licence = value("licence");
            item.featured = value("featured").toInt() != 0;
            item.order = value("sort_order").toInt();
            item.themes = themes.value(item.id);
            item.schedule = schedule(value);
            item.featuredFrom = value("featured_from");
            item.featuredUntil = value("featured_until");
            CatalogueEntry entry;
            entry.facts = itemFacts(item);
            addTexts(itemTexts.value(item.id), reviewedIn(QStringLiteral("item"), item.id), &entry);
            entries->items.insert(item.id, entry);
        }
        return true;
    }

    QString error() const { return m_error; }

private:
    static Schedule schedule(const Columns &value)
    {
        return {value("shown_from"), value("shown_until"), Schedule::hallsFrom(value("halls"))};
    }

    // Per text, as the catalogue marks them.
    std::function<bool(const QString &, const QString &)> reviewedIn(const QString &entity,
                                                                     const QString &id) const
    {
        const QString prefix = entity + QLatin1Char('/') + id + QLatin1Char('/');
        return [this, prefix](const QString &column, const QString &) {
            return m_reviewed.contains(prefix + column);
        };
    }

    bool failed(const QSqlQuery &q)
    {
        m_error = q.lastError().text();
        return false;
    }

    QSqlDatabase &m_db;
    QString m_error;
    QSet<QString> m_reviewed;  // entity/id/column of the texts marked reviewed
};

}  // namespace

bool CatalogueEntries::read(const QString &path, SqlConnection::Mode mode,
                            CatalogueEntries *entries, QString *error)
{
    *entries = {};
    SqlConnection db;
    if (!db.open(path, mode)) {
        *error = db.errorString();
        return false;
    }
    Reader reader(db.db());
    if (!reader.read(entries)) {
        *error = reader.error();
        return false;
    }
    return true;
}

CatalogueEntry CatalogueEntries::of(const Draft::Country &country)
{
    CatalogueEntry entry;
    entry.facts = countryFacts(country.order, country.nativeName, country.joined, country.accent,
                               country.flag, country.language, country.schedule);
    addTexts(country.texts, languagesReviewed(country.reviewed), &entry);
    return entry;
}

CatalogueEntry CatalogueEntries::of(const Draft::Theme &theme)
{
    CatalogueEntry entry;
    entry.facts = themeFacts(theme.order, theme.accent, theme.schedule);
    addTexts(theme.texts, languagesReviewed(theme.reviewed), &entry);
    return entry;
}

CatalogueEntry CatalogueEntries::of(const Draft::Item &item)
{
    CatalogueEntry entry;
    entry.facts = itemFacts(item);
    addTexts(item.texts, languagesReviewed(item.reviewed), &entry);
    return entry;
}
