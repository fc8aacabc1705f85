#pragma once
// Going back to an earlier release, written once for the curator's command line
// (app/catalogue-cli/cataloguecli.cpp, `rollback [N]`) and the kiosk's staff panel: the
// release gone back to is checked first, and `current` is changed only when it passed. A roll
// back leaves the draft as it is; what the draft still holds beyond that release is said
// (draftBeyond), and reset-draft makes the draft that release again.

#include "changes.h"

#include <QString>
#include <QStringList>

class ContentRoot;

namespace Releases {

struct RollBack {
    bool ok = false;
    int from = 0;   // the release rolled back from
    int to = 0;     // the release made current; 0 when there was none to go to
    QString error;  // a sentence that says what to do; empty when ok
};

// Makes release `to` current, or, when `to` is 0, the newest release older than `from`
// (Release::previous). `from` is the release shown or current, for the messages and the
// default. `current` is left unchanged unless the whole roll back succeeds.
RollBack rollBack(const ContentRoot &root, int from, int to = 0);

// After a roll back to `number`: what the draft holds that the release does not, which the
// next publish would show again, and how to take it out of the draft. Empty when the draft is
// that release, or cannot be compared.
QStringList draftBeyond(const ContentRoot &root, int number);

struct ResetDraft {
    bool ok = false;
    CatalogueChanges changes;  // the draft before against the draft after
    QStringList lines;         // what was done, for the curator; when !ok, why nothing was
};

// Makes the draft hold exactly what release `number` holds, after checking the release (its
// catalogue, and every media file present): all of it, or, when anything fails, nothing.
ResetDraft resetDraft(const ContentRoot &root, int number);

}  // namespace Releases
