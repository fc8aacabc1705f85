#pragma once
// Writes the draft catalogue out as the curators' own format: three CSV sheets (member
// states, themes, items; one column per language for each text) and the media under readable
// names, in a new folder that `asean-catalogue import FOLDER` reads back to the same catalogue.

#include <QString>

class ContentRoot;

namespace Exporter {

struct Result {
    bool ok = false;
    QString error;  // a sentence for the curator
    int countries = 0;
    int themes = 0;
    int items = 0;
    int files = 0;
};

// `outDir` must not exist or be empty: an export never overwrites anything.
Result exportDraft(const ContentRoot &root, const QString &outDir);

// The sheet files an export writes (and `import FOLDER` reads), in import order.
QStringList sheetNames();

}  // namespace Exporter
