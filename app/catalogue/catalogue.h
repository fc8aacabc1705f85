#pragma once
// Read access to one catalogue file (a release, or the draft for curator tools). Returns plain
// values with every text already resolved along the language fallback chain, so nothing above
// this class sees SQL.

#include "sqlconnection.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>

struct CountryRow {
    QString code;
    QString nativeName;
    QString name;
    QString capital;
    QString languages;  // official languages, as a sentence in the chosen language
    QString description;
    QString joined;  // ISO date
    QString accent;
    QString flagPath;   // relative to the content root; empty when there is no flag
    QString photoPath;  // a photo that stands for the state (featured first)
    int itemCount = 0;
};

struct ThemeRow {
    QString id;
    QString name;
    QString description;
    QString accent;
    QString photoPath;
    int itemCount = 0;
};

struct ItemRow {
    QString id;
    QString kind;
    QString mediaPath;
    QString posterPath;
    int width = 0;
    int height = 0;
    QString country;
    QString countryName;
    QString title;
    QString description;
    QString place;
    QString credit;
    QString licence;
    QString date;
    bool featured = false;
    qint64 durationMs = 0;  // videos: as probed at import; 0 when unknown
    QString flagPath;       // the state's flag, relative to the content root; may be empty
    QString homeLanguage;   // the state's home language ("th"); empty when the catalogue has none
    QString homeTitle;      // the title in that language, exactly (no fallback); may be empty
    QString pronunciation;  // of homeTitle, written for the chosen language; may be empty
};

// The same theme in the other states, for the viewer's "Across ASEAN" rail.
struct AcrossRow {
    QString theme;         // the theme shared: the one asked for if the item has it, else its first
    QList<ItemRow> items;  // one per other state, in the states' order
};

// What a kiosk shows: the entries scheduled for one day in one hall (schedule.h).
struct Showing {
    QDate day;                    // invalid: every day, whatever the schedules say
    std::optional<QString> hall;  // none: every hall; empty: a kiosk that names no hall, which
                                  // shows only the entries for every hall
};

struct ItemFilter {
    QString country;  // empty: every state
    QString theme;    // empty: every theme
    bool featuredOnly = false;
};

class Catalogue {
public:
    bool open(const QString &path, SqlConnection::Mode mode);
    // Opens a copy of the catalogue at `path`, made now, for a catalogue that others may go on
    // writing (the draft, previewed with asean-kiosk --draft): nothing is written beside `path`,
    // not even SQLite's shared-memory file, and what is shown does not change under the screens.
    bool openSnapshot(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }
    // Reads that failed since this object was made (a damaged page, an I/O error), each also
    // given to the handler: a kiosk must never show such a failure as an empty screen.
    int readErrors() const { return m_readErrors; }
    void setReadErrorHandler(std::function<void(const QString &)> handler)
    {
        m_onReadError = std::move(handler);
    }

    // From now on, every read gives only what is shown on that day in that hall, and an item
    // is featured (the attract loop) as scheduled for that day: while any item shown has
    // featured days of its own that include the day, only those; otherwise those featured
    // without days. Kept across open(). Curator tools leave it at every day, every hall.
    void setShowing(const Showing &showing);
    const Showing &showing() const { return m_showing; }
    // Whether a schedule starts or ends (or a featuring does) between the two days, so what is
    // shown differs: a kiosk whose day turns reads everything again only then.
    bool scheduleDiffers(const QDate &a, const QDate &b);
    // The ids of the items shown (as setShowing says), for the log of what a day brings.
    QStringList shownItemIds();

    QList<CountryRow> countries(const QString &language);
    std::optional<CountryRow> country(const QString &code, const QString &language);
    // Every theme; with a country, only those it has items in, counted for that country.
    QList<ThemeRow> themes(const QString &language, const QString &country = {});
    int itemCount(const ItemFilter &filter);
    QList<ItemRow> items(const ItemFilter &filter, const QString &language, int offset, int limit);
    std::optional<ItemRow> item(const QString &id, const QString &language);
    // One item of the shared theme from each other state that has one: its featured item
    // first, else its first by order.
    AcrossRow acrossAsean(const QString &itemId, const QString &theme, const QString &language);

private:
    QList<CountryRow> queryCountries(const QString &where, const QString &code,
                                     const QString &language);
    QList<ItemRow> queryItems(const QString &where, const QVariantList &binds,
                              const QString &language, int offset, int limit);

    // SQL conditions for the entry at `alias` (a country, theme or item row) to be shown.
    QString shownWhere(const QString &alias) const;
    QString itemShown() const;  // an item `i`, with its state and themes
    QString featuredToday() const;
    // Reads what setShowing needs of the catalogue open now: the states and themes hidden,
    // whether scheduled featuring is on.
    void prepareShowing();

    void readFailed(const QSqlQuery &q);
    // Opens a copy of `path` (with its write-ahead log) brought to the latest schema, in a
    // temporary folder; the reason when it cannot.
    QString openCopy(const QString &path, SqlConnection::Mode mode);

    SqlConnection m_db;
    // A copy this catalogue reads (a release made by an older program, brought to the latest
    // schema; a snapshot of the draft), removed with this catalogue.
    std::unique_ptr<QTemporaryDir> m_copy;
    QString m_error;
    int m_readErrors = 0;
    Showing m_showing;
    QStringList m_hiddenCountries;  // quoted for SQL
    QStringList m_hiddenThemes;
    bool m_scheduledFeatures = false;
    std::function<void(const QString &)> m_onReadError;
};
