#pragma once
// Makes a content root ready for a kiosk: an empty or new folder is filled from the bundled
// demo manifest through the same import and publish code curators use, as release 1.

#include <QString>

class ContentRoot;

namespace Bootstrap {

struct Result {
    bool ok = false;
    bool filledFromDemo = false;
    QString error;  // one line, for the command line and the log
};

Result prepare(const ContentRoot &root, const QString &demoManifest);

// The demo manifest shipped with the program: installed under share/ beside bin/, else the
// one the build made.
QString bundledDemoManifest();

}  // namespace Bootstrap
