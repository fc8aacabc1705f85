#include "releases.h"

#include "contentroot.h"
#include "draft.h"
#include "entries.h"
#include "release.h"
#include "schema.h"

#include <QDir>
#include <QFileInfo>

namespace Releases {

namespace {

// A release number that was never published, or was removed: the ones there are.
QString noSuchRelease(const ContentRoot &root, int number, const QString &unchanged)
{
    QStringList names;
    for (const ReleaseInfo &r : Release::list(root))
        names.append(ContentRoot::releaseName(r.number));
    return QStringLiteral(
               "there is no release %1; the releases kept are %2 ('releases' lists "
               "them). %3")
        .arg(ContentRoot::releaseName(number),
             names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")),
             unchanged);
}

// The draft's entries; none when there is no draft yet.
bool readDraft(const ContentRoot &root, CatalogueEntries *entries, QString *error)
{
    if (!QFileInfo::exists(root.draftCatalogue())) {
        *entries = {};
        return true;
    }
    return CatalogueEntries::read(root.draftCatalogue(), SqlConnection::Mode::ReadOnly, entries,
                                  error);
}

bool readRelease(const ContentRoot &root, int number, CatalogueEntries *entries, QString *error)
{
    return CatalogueEntries::read(ContentRoot::catalogueIn(root.releaseDir(number)),
                                  SqlConnection::Mode::Immutable, entries, error);
}

QStringList indented(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out.append(QStringLiteral("  ") + line);
    return out;
}

}  // namespace

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
        result.error =
            noSuchRelease(root, result.to, QStringLiteral("The current release is unchanged."));
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

QStringList draftBeyond(const ContentRoot &root, int number)
{
    CatalogueEntries draft, release;
    QString error;
    if (!readDraft(root, &draft, &error) || !readRelease(root, number, &release, &error))
        return {};
    const CatalogueChanges changes = CatalogueChanges::between(release, draft);
    if (changes.isEmpty())
        return {};
    const QString name = ContentRoot::releaseName(number);
    return QStringList{
               QStringLiteral("The draft still holds what release %1 does not have:").arg(name)} +
           indented(changes.lines(false)) +
           QStringList{
               QStringLiteral("Publishing would show it again. To take all of it out of the "
                              "draft, make the draft release %1 again:")
                   .arg(name),
               QStringLiteral("  asean-catalogue --content %1 reset-draft %2")
                   .arg(root.path())
                   .arg(number),
               QStringLiteral("To take out single entries, remove them (asean-catalogue "
                              "--content %1 remove item ID...) or correct them in the sheets and "
                              "import those again.")
                   .arg(root.path())};
}

ResetDraft resetDraft(const ContentRoot &root, int number)
{
    ResetDraft result;
    const QString name = ContentRoot::releaseName(number);
    const auto fail = [&result](const QString &why) {
        result.lines = QStringList{why};
        return result;
    };
    if (!QFileInfo(root.releaseDir(number)).isDir())
        return fail(noSuchRelease(root, number, QStringLiteral("The draft is unchanged.")));
    // Quick: every file present with its size. Publish hashes them all again before a kiosk
    // can see them.
    ReleaseInfo info;
    QString error;
    if (!Release::verify(root, number, Release::Check::Quick, &info, &error))
        return fail(QStringLiteral("release %1 cannot be used: %2; the draft is unchanged. Reset "
                                   "it to another release, or copy this one again from where it "
                                   "was published.")
                        .arg(name, error));
    if (info.schema > Schema::latestVersion())
        return fail(QStringLiteral("release %1 was made by a newer asean-catalogue (schema %2); "
                                   "update this one first. The draft is unchanged.")
                        .arg(name)
                        .arg(info.schema));
    CatalogueEntries before, after;
    if (!readDraft(root, &before, &error))
        return fail(QStringLiteral("the draft cannot be read (%1); it is unchanged.").arg(error));
    if (!readRelease(root, number, &after, &error))
        return fail(QStringLiteral("release %1 cannot be read (%2); the draft is unchanged.")
                        .arg(name, error));
    result.changes = CatalogueChanges::between(before, after);
    if (result.changes.isEmpty()) {
        result.ok = true;
        result.lines = QStringList{
            QStringLiteral("The draft holds what release %1 holds already; nothing was changed.")
                .arg(name)};
        return result;
    }
    Draft draft;
    error.clear();
    if (!root.ensureLayout(&error) || !draft.open(root) ||
        !draft.replaceWith(ContentRoot::catalogueIn(root.releaseDir(number))))
        return fail(QStringLiteral("the draft could not be made release %1: %2")
                        .arg(name, error.isEmpty() ? draft.errorString() : error));
    result.ok = true;
    result.lines = QStringList{QStringLiteral("The draft is release %1 again:").arg(name)} +
                   indented(result.changes.lines(false));
    return result;
}

}  // namespace Releases
