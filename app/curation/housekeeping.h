#pragma once
// Keeping a content root tidy over years of seasons: old releases beyond a count are removed
// (never the current one), and originals that no release and not the draft use can be pruned.
// Leftovers of an interrupted import or publish (hidden staging folders, half-copied files)
// go too; they were never visible under a real name.

#include <QList>
#include <QString>

class ContentRoot;

namespace Housekeeping {

constexpr int kDefaultKeep = 10;

// Removes the oldest releases so that at most `keep` remain, sparing the current one and
// `alsoKeep` (a release a kiosk in safe mode is pinned to). Returns the numbers removed.
QList<int> removeOldReleases(const ContentRoot &root, int keep, const QList<int> &alsoKeep = {});

struct Pruned {
    int files = 0;
    qint64 bytes = 0;
    QString error;  // empty on success
};

// Deletes media files that neither the draft nor any release lists (with `dryRun`, only
// counts them), and leftovers of interrupted work.
Pruned pruneMedia(const ContentRoot &root, bool dryRun);

}  // namespace Housekeeping
