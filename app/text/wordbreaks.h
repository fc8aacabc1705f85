#pragma once
// Thai, Lao, Khmer and Burmese are written without spaces between words. Qt wraps Thai at word
// boundaries (through libthai) but wraps Lao and Khmer nowhere and Burmese at syllables, inside
// words. ICU's dictionaries know where the words are: mark() puts an invisible zero-width space
// (U+200B) at each word boundary inside such a run, and Qt then wraps there and only there.
// Display text only: catalogues and curator output keep the text as written.

#include <QString>

namespace WordBreaks {

// True for the languages whose text gets the marks: Thai, Lao, Khmer and Burmese. The others
// wrap at their spaces; Tetum too, which ICU 72 does not know but which is Latin script.
bool needsMarks(const QString &language);
// `text` with U+200B at every word boundary between two letters of a space-less script; the
// text unchanged for other languages, or when ICU cannot segment it.
QString mark(const QString &text, const QString &language);

}  // namespace WordBreaks
