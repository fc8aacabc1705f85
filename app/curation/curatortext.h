#pragma once
// The one check of a text a visitor will read, whichever way a curator wrote it (JSON manifest
// or CSV sheet; app/curation/importer.cpp applies it to both): stored composed (NFC), measured
// in letters as a reader sees them, and free of characters that hide or reorder what is shown.

#include <QString>
#include <QStringList>

namespace CuratorText {

// The text in Unicode's composed form (NFC): macOS saves "ệ" as three code points (NFD),
// Windows as one; stored one way, texts compare, search and measure alike.
QString normalised(const QString &text);

// Letters as a reader counts them (grapheme clusters): Thai "ที่" is one, not three.
qsizetype length(const QString &text);

// Every problem of `text` (already normalised), each a sentence saying what to do; empty when
// it may be stored. `limit` is the most letters the field may hold.
QStringList problems(const QString &text, qsizetype limit);

}  // namespace CuratorText
