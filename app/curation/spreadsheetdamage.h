#pragma once
// What a spreadsheet program can do to a curator's text without a word: Excel's "CSV" (not
// "CSV UTF-8") in a Western locale stores Korean or Thai as question marks, which is valid
// text that would be published; and Excel rewrites a date it recognises (1984-07-01) in the
// locale's own form (1/7/1984 or 7/1/1984), so the day and month can no longer be told apart.
// The importer (importer.cpp) turns these into messages that say what to write.

#include <QString>

namespace SpreadsheetDamage {

// A warning for a text written for `language` that looks as if it lost its script on the way
// (no letter of the language's script, or mostly question marks); empty when it looks fine.
QString lostScript(const QString &text, const QString &language);

// For a date in the form Excel rewrites dates to ("1/7/1984", "01.07.84"), the message that
// offers its readings as YYYY-MM-DD; empty for any other text.
QString excelDate(const QString &text);

}  // namespace SpreadsheetDamage
