#pragma once
// The draft catalogue as curators change it: every write to draft/catalogue.sqlite goes
// through this class, so the import (app/curation/importer.cpp), prune
// (app/curation/housekeeping.cpp) and any later curator tool write the same rows the same way.
// It checks nothing about the values: callers validate first (the importer reports every
// problem at once), then write, usually inside one apply() so a failure changes nothing.

#include "schedule.h"
#include "sqlconnection.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>

class ContentRoot;
class QSqlQuery;

class Draft {
public:
    // field -> language -> text, for example texts["title"]["ko"] (as Texts in
    // app/curation/manifest.h)
    using Texts = QMap<QString, QMap<QString, QString>>;

    struct Media {
        QString hash;  // lower-case hex SHA-256
        QString path;  // media/ab/<hash>.<ext>, relative to the content root
        QString mime;
        qint64 bytes = 0;
        QSize size;             // invalid when unknown
        qint64 durationMs = 0;  // 0 when not a video or unknown
    };

    struct Country {
        QString code;
        int order = 0;
        QString nativeName;
        QString joined;
        QString accent;
        QString flag;          // media hash; empty when the state has no flag
        QString language;      // home language code ("th"); empty when not given
        Texts texts;           // replace every text the state had
        QStringList reviewed;  // languages whose texts a native speaker has reviewed
        Schedule schedule;     // when and where it is shown (and its items with it)
    };

    struct Theme {
        QString id;
        int order = 0;
        QString accent;
        Texts texts;
        QStringList reviewed;
        Schedule schedule;  // an item shown only under hidden themes is hidden too
    };

    struct Item {
        QString id;
        QString kind;    // photo or video
        QString media;   // media hash
        QString poster;  // media hash; empty when none
        QString country;
        QString taken;  // ISO date, possibly partial; empty when unknown
        QString licence;
        bool featured = false;
        int order = 0;
        QStringList themes;  // replace the themes the item had
        Texts texts;
        QStringList reviewed;
        Schedule schedule;
        // The days the attract loop features it (with `featured`); both empty: whenever no
        // featured item has days of its own (Catalogue::setShowing).
        QString featuredFrom;
        QString featuredUntil;
    };

    enum class Access {
        ReadWrite,  // created when missing, brought to the current schema
        ReadOnly,   // a dry run: nothing is written, not even a migration
    };

    // Opens root's draft catalogue; false with errorString() when it cannot be opened.
    bool open(const ContentRoot &root, Access access = Access::ReadWrite);
    // A sentence for the curator about the last failure.
    QString errorString() const { return m_error; }

    // What the draft holds already, so new entries can refer to it.
    QSet<QString> countryCodes();
    QSet<QString> themeIds();
    // Each member state's names, in every language, to its code: a curator who writes
    // "Thailand" where the code belongs is told to write TH.
    QHash<QString, QString> countryCodesByName();
    // Each item's member state and themes, by item id: what a state or theme removed would
    // leave without a place.
    struct ItemUse {
        QString country;
        QStringList themes;
    };
    QHash<QString, ItemUse> itemUses();

    // Runs `writes` in one transaction: all of them are kept, or, when one fails (returns
    // false) or the commit does, none.
    bool apply(const std::function<bool()> &writes);

    // A stored original; a hash the draft lists already is left as it is.
    bool addMedia(const Media &media);
    // Insert or replace, by code, id, or id; with their texts (and an item's themes).
    bool upsertCountry(const Country &country);
    bool upsertTheme(const Theme &theme);
    bool upsertItem(const Item &item);
    // Deletes an entry with its texts (and an item's themes). The schema refuses to delete a
    // state or theme that an item still names; callers check first (the importer lists them).
    bool removeCountry(const QString &code);
    bool removeTheme(const QString &id);
    bool removeItem(const QString &id);
    // Drops media rows that no entry names any more, so the draft never lists a file prune
    // deletes.
    bool forgetUnusedMedia();
    // Makes the draft hold exactly what the catalogue at `path` (a release's, of this schema or
    // an older one) holds, in one transaction: all of it or, on failure, nothing changes.
    bool replaceWith(const QString &path);

private:
    bool exec(QSqlQuery &q);
    // One statement with its values bound in order.
    bool run(const QString &sql, const QVariantList &values);
    bool replaceTexts(const QString &entity, const QString &id, const Texts &texts,
                      const QStringList &reviewed);
    bool replaceThemes(const Item &item);

    SqlConnection m_db;
    QString m_path;
    QString m_error;
};
