#pragma once
// Which release a kiosk shows: the one it wants (what `current` names, or in safe mode the
// proven one) when that verifies, else the newest older release that does. A sync that
// delivered `current` before the release's files, or a damaged copy, then costs the hall its
// newest content, not its screen. The reason is one sentence, for the staff panel, status and
// the log.

#include <QString>
#include <QStringList>

class ContentRoot;

struct ReleaseChoice {
    enum class Fallback { ToOlder, None };

    int number = 0;       // the release to show; 0 when none verifies
    int wanted = 0;       // the release asked for (0: `current` is missing or not a release number)
    QString why;          // empty when the wanted release is shown; else why it is not
    QString error;        // when number is 0: what is wrong and what to do
    QStringList missing;  // media files of the chosen release that are missing (paths as listed)

    // `wanted` 0 means what `current` names. Each candidate's catalogue is hashed and
    // quick_checked, and its media files looked for: the newest with all of them is chosen, else
    // the newest whose catalogue verifies.
    static ReleaseChoice pick(const ContentRoot &root, int wanted = 0,
                              Fallback fallback = Fallback::ToOlder);
};
