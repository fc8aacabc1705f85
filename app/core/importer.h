#pragma once
// Brings a manifest and its media folder into the draft catalogue. Everything is checked
// first and every problem reported at once; only when there is none are the originals copied
// into the media store and the catalogue changed, in one transaction.

#include "manifest.h"
#include "problem.h"

#include <QString>

class ContentRoot;

class Importer {
public:
    explicit Importer(const ContentRoot &root);

    struct Report {
        Problems problems;
        int countries = 0;
        int themes = 0;
        int items = 0;
        bool applied = false;
        bool ok() const { return problems.isEmpty(); }
    };

    // mediaDir defaults to the manifest's folder. With dryRun nothing is written.
    Report importManifest(const QString &manifestPath, const QString &mediaDir = {},
                          bool dryRun = false);

private:
    const ContentRoot &m_root;
};
