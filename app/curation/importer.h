#pragma once
// Brings a manifest and its media folder into the draft catalogue. Everything is checked
// first and every problem reported at once; only when there is none are the originals copied
// into the media store and the catalogue changed, in one transaction.

#include "changes.h"
#include "manifest.h"
#include "problem.h"

#include <QString>
#include <QStringList>

class ContentRoot;

class Importer {
public:
    explicit Importer(const ContentRoot &root);

    struct Report {
        Problems problems;
        // What looks damaged on the way through a spreadsheet program but may be meant (a
        // title_th in Latin letters): reported, imported anyway unless strict.
        Problems warnings;
        int countries = 0;
        int themes = 0;
        int items = 0;
        int removed = 0;  // entries whose `remove` says yes, and those `remove` names
        int derived = 0;  // pictures whose kiosk sizes were made in cache/
        // What the import changes in the draft (with dryRun, would change): the draft before
        // against the draft after. Entries the sheets leave out stay; those whose `remove`
        // says yes go.
        CatalogueChanges changes;
        bool applied = false;
        bool ok() const { return problems.isEmpty(); }
        // What an import that found no problem did (with `dryRun`, would do), for the curator:
        // what was read, then what changes in the draft.
        QStringList summary(bool dryRun) const;
    };

    // One manifest in one or more files (a JSON file, or CSV sheets of member states, themes
    // and items), imported together. mediaDir defaults to the first file's folder. With dryRun
    // nothing is written.
    Report importManifest(const QStringList &manifests, const QString &mediaDir = {},
                          bool dryRun = false);
    Report importManifest(const QString &manifest, const QString &mediaDir = {},
                          bool dryRun = false);

    // Takes member states (by code), themes or items (by id) out of the draft, with the checks
    // and the all-or-nothing write of an import whose rows say remove: a state or theme that
    // items still use stays, and the message lists them. Published releases keep theirs.
    enum class Entry { Country, Theme, Item };
    Report remove(Entry entry, const QStringList &keys, bool dryRun = false);

    // Warnings count as problems: nothing is imported while there is one.
    void setStrict(bool strict) { m_strict = strict; }

private:
    const ContentRoot &m_root;
    bool m_strict = false;
};
