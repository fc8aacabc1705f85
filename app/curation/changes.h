#pragma once
// What changes between two states of the catalogue, counted as a curator thinks of it: entries
// new, changed and removed, and texts per language. Import says it of the draft before and
// after, publish of the current release and the draft, a roll back of the release gone back to
// and the draft, reset-draft of the draft before and after. The sentences are made here, so
// every tool (the command line, the studio) says the same.

#include "entries.h"

#include <QMap>
#include <QString>
#include <QStringList>

struct CatalogueChanges {
    struct Kind {
        QStringList added;    // ids, sorted
        QStringList changed;  // ids, sorted
        QStringList removed;  // ids, sorted
        int texts = 0;        // texts new, changed or removed in the entries changed
        bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    };
    Kind countries;
    Kind themes;
    Kind items;

    struct Texts {
        int added = 0;
        int changed = 0;
        int removed = 0;
    };
    QMap<QString, Texts> languages;  // by language code, over every entry

    static CatalogueChanges between(const CatalogueEntries &before, const CatalogueEntries &after);

    bool isEmpty() const { return countries.isEmpty() && themes.isEmpty() && items.isEmpty(); }
    // One line for each kind of entry with a change, items first: "5 new items, 1 changed (2
    // texts), 0 removed"; with `perLanguage` then one for the texts, in the kiosk's language
    // order: "texts: en 5 new, 1 changed; th 5 new". Nothing when nothing changed.
    QStringList lines(bool perLanguage) const;
};
