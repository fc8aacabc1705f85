#include "releasechoice.h"

#include "contentroot.h"
#include "release.h"

#include <algorithm>

ReleaseChoice ReleaseChoice::pick(const ContentRoot &root, int wanted, Fallback fallback)
{
    ReleaseChoice choice;
    choice.wanted = wanted ? wanted : root.currentRelease();
    QString problem = choice.wanted ? QString() : root.currentProblem();
    // The newest whose media have all arrived; failing that, the newest whose catalogue
    // verifies, its missing files shown as unavailable (one lost photo must not darken a hall).
    int whole = 0, usable = 0, looked = 0;
    QStringList usableMissing;
    const auto consider = [&](int number) {
        ++looked;
        ReleaseInfo info;
        QString error;
        if (Release::verify(root, number, Release::Check::Catalogue, &info, &error)) {
            const QStringList missing = Release::missingMedia(root, info);
            if (missing.isEmpty()) {
                whole = number;
                return;
            }
            if (!usable) {
                usable = number;
                usableMissing = missing;
            }
            error = QStringLiteral(
                        "%1 of the media files of release %2 are missing, for "
                        "example %3")
                        .arg(missing.size())
                        .arg(ContentRoot::releaseName(number), missing.first());
        }
        if (number == choice.wanted)
            problem = error;
    };
    if (choice.wanted)
        consider(choice.wanted);
    if (!whole && fallback == Fallback::ToOlder) {
        // Only now every release.json is read: a start whose current release verifies does not.
        QList<ReleaseInfo> older = Release::list(root);
        std::reverse(older.begin(), older.end());
        for (const ReleaseInfo &r : std::as_const(older)) {
            if (!whole && (choice.wanted == 0 || r.number < choice.wanted))
                consider(r.number);
        }
    }
    choice.number = whole ? whole : usable;
    if (!whole)
        choice.missing = usableMissing;
    if (choice.number && choice.number != choice.wanted) {
        const QString shown = ContentRoot::releaseName(choice.number);
        if (problem.isEmpty())
            choice.why = QStringLiteral(
                             "no release is current; showing release %1, the newest "
                             "that verifies. Publish, or roll back to choose one.")
                             .arg(shown);
        else if (choice.wanted == 0)
            choice.why = QStringLiteral("showing release %1, the newest that verifies, because %2.")
                             .arg(shown, problem);
        else
            choice.why = QStringLiteral(
                             "showing release %1, the newest that verifies, because "
                             "%2. Copy release %3 again, publish again or roll back.")
                             .arg(shown, problem, ContentRoot::releaseName(choice.wanted));
    } else if (!choice.number) {
        if (problem.isEmpty())
            choice.error = QStringLiteral(
                               "No release has been published in %1. Publish one with "
                               "asean-catalogue publish.")
                               .arg(root.path());
        else if (looked > 1)
            choice.error = QStringLiteral(
                               "%1, and no earlier release verifies either. Publish "
                               "again, or copy the releases again.")
                               .arg(problem);
        else
            choice.error = QStringLiteral(
                               "%1. Roll back to an earlier release, publish again, or copy the "
                               "release again.")
                               .arg(problem);
    }
    return choice;
}
