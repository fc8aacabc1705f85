#include "releases.h"

#include "contentroot.h"
#include "release.h"

#include <QDir>
#include <QFileInfo>

namespace Releases {

RollBack rollBack(const ContentRoot &root, int from, int to)
{
    RollBack result;
    result.from = from;
    result.to = to > 0 ? to : Release::previous(Release::list(root), from);
    if (result.to == 0) {
        result.error = QStringLiteral(
                           "there is no release before %1 to roll back to; the current release "
                           "is unchanged. To change what kiosks show, correct the draft and "
                           "publish it.")
                           .arg(ContentRoot::releaseName(from));
        return result;
    }
    if (!QFileInfo(root.releaseDir(result.to)).isDir()) {
        QStringList names;
        for (const ReleaseInfo &r : Release::list(root))
            names.append(ContentRoot::releaseName(r.number));
        result.error = QStringLiteral(
                           "there is no release %1; the releases kept are %2 "
                           "('releases' lists them). The current release is "
                           "unchanged.")
                           .arg(ContentRoot::releaseName(result.to),
                                names.isEmpty() ? QStringLiteral("none") : names.join(", "));
        return result;
    }
    // Full, not Quick: Quick compares only the media files' sizes, and a roll back is what
    // staff reach for when something looks wrong, so the release it goes to must be the one
    // thing known intact: every file hashed against release.json. It is rare and someone waits
    // for it, so the seconds that hashing takes are well spent.
    ReleaseInfo info;
    QString error;
    if (!Release::verify(root, result.to, Release::Check::Full, &info, &error)) {
        result.error = QStringLiteral(
                           "release %1 cannot be used: %2; the current release is unchanged. "
                           "Roll back to another release, or copy this one again from where it "
                           "was published.")
                           .arg(ContentRoot::releaseName(result.to), error);
        return result;
    }
    if (!root.setCurrentRelease(result.to, &error)) {
        result.error = error;
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace Releases
