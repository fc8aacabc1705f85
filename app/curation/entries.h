#pragma once
// What a catalogue holds, entry by entry, as a curator's sheet names it: the values a change
// summary compares (an import against the draft, publish against the current release, a roll
// back and reset-draft against the draft; see changes.h). Files are compared by content (their
// SHA-256), so a photo saved under another name is no change and a replaced one is.

#include "draft.h"
#include "sqlconnection.h"

#include <QMap>
#include <QString>

struct CatalogueEntry {
    // Every value but the texts, by the sheet's column: file, country, order, and "reviewed",
    // the texts marked reviewed.
    QMap<QString, QString> facts;
    // Every text, by the sheet's column: title_th.
    QMap<QString, QString> texts;

    bool operator==(const CatalogueEntry &other) const
    {
        return facts == other.facts && texts == other.texts;
    }
    bool operator!=(const CatalogueEntry &other) const { return !(*this == other); }
    int order() const { return facts.value(QStringLiteral("order")).toInt(); }
};

struct CatalogueEntries {
    QMap<QString, CatalogueEntry> countries;  // by code
    QMap<QString, CatalogueEntry> themes;     // by id
    QMap<QString, CatalogueEntry> items;      // by id

    // Reads a catalogue file: the draft (ReadOnly) or a release's (Immutable), of this
    // program's schema or an older one. False with a sentence when it cannot be read.
    static bool read(const QString &path, SqlConnection::Mode mode, CatalogueEntries *entries,
                     QString *error);

    // An entry as the draft holds it once Draft has written it (texts trimmed, a status per
    // text): what an import will change is known before anything is written.
    static CatalogueEntry of(const Draft::Country &country);
    static CatalogueEntry of(const Draft::Theme &theme);
    static CatalogueEntry of(const Draft::Item &item);
};
