#include "housekeeping.h"

#include "contentroot.h"
#include "draft.h"
#include "release.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Housekeeping {

QList<int> removeOldReleases(const ContentRoot &root, int keep, const QList<int> &alsoKeep)
{
    QList<int> removed;
    const int current = root.currentRelease();
    QList<ReleaseInfo> releases = Release::list(root);  // oldest first
    qsizetype count = releases.size();
    for (const ReleaseInfo &r : releases) {
        if (count <= keep)
            break;
        if (r.number == current || alsoKeep.contains(r.number))
            continue;
        // Renamed away first, so a half-deleted release is never seen under its number.
        const QString doomed = root.removingDir(r.number);
        if (QDir().rename(root.releaseDir(r.number), doomed)) {
            QDir(doomed).removeRecursively();
            removed.append(r.number);
            --count;
        }
    }
    return removed;
}

namespace {

// The draft's media rows that no entry names any more are dropped (with `forget`), so the
// draft never lists a file prune deletes.
QSet<QString> pathsInUse(const ContentRoot &root, bool forget, QString *error)
{
    QSet<QString> used;
    for (const ReleaseInfo &r : Release::list(root))
        for (const ReleaseInfo::Media &m : r.media)
            used.insert(m.path);
    if (!QFileInfo::exists(root.draftCatalogue()))
        return used;
    if (forget) {
        Draft writable;
        if (!writable.open(root) || !writable.forgetUnusedMedia()) {
            *error = writable.errorString();
            return {};
        }
    }
    SqlConnection draft;
    const bool opened = draft.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly);
    QSqlQuery q(draft.db());
    if (!opened ||
        !q.exec(QStringLiteral("SELECT path FROM media WHERE ") + Schema::mediaInUse())) {
        *error = QStringLiteral("cannot read the draft catalogue (%1); nothing was pruned.")
                     .arg(opened ? q.lastError().text() : draft.errorString());
        return {};
    }
    while (q.next())
        used.insert(q.value(QStringLiteral("path")).toString());
    return used;
}

}  // namespace

Pruned pruneMedia(const ContentRoot &root, bool dryRun)
{
    Pruned result;
    const QSet<QString> used = pathsInUse(root, !dryRun, &result.error);
    if (!result.error.isEmpty())
        return result;
    const QDir base(root.path());
    QDirIterator it(root.mediaDir(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        if (used.contains(base.relativeFilePath(file.absoluteFilePath())))
            continue;
        ++result.files;
        result.bytes += file.size();
        if (!dryRun)
            QFile::remove(file.absoluteFilePath());
    }
    if (!dryRun) {
        const QStringList leftovers =
            QDir(root.releasesDir())
                .entryList(ContentRoot::unfinishedReleases(), QDir::Dirs | QDir::Hidden);
        for (const QString &name : leftovers)
            QDir(root.releasesDir() + QLatin1Char('/') + name).removeRecursively();
    }
    return result;
}

}  // namespace Housekeeping
