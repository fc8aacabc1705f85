#pragma once
// Going back to an earlier release, written once for the curator's command line
// (app/catalogue-cli/cataloguecli.cpp, `rollback [N]`) and the kiosk's staff panel: the
// release gone back to is checked first, and `current` is changed only when it passed.

#include <QString>

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

}  // namespace Releases
