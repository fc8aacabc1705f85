#include "curatortext.h"

#include <QTextBoundaryFinder>

namespace CuratorText {

namespace {

// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what follows them
// ("Invoice ", U+202E, "gnp.exe done" reads "Invoice enod exe.png"), and an unclosed one spills
// over the rest of the line.
// None of the kiosk's languages is written right to left. The zero-width space and joiners
// (U+200B–U+200D), which Khmer, Myanmar and Lao need, are not among them.
bool isBidirectionalControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString hex(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

}  // namespace

QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

qsizetype length(const QString &text)
{
    QTextBoundaryFinder letters(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (letters.toNextBoundary() != -1)
        ++count;
    return count;
}

QStringList problems(const QString &text, qsizetype limit)
{
    QStringList found;
    const qsizetype letters = length(text);
    if (letters > limit)
        found.append(QStringLiteral("the text is %1 characters long; shorten it to %2.")
                         .arg(letters)
                         .arg(limit));
    for (const char32_t c : text.toUcs4()) {
        if (QChar::category(c) == QChar::Other_Control && c != U'\n') {
            found.append(QStringLiteral("the text contains a control character (%1); remove it.")
                             .arg(hex(c)));
            break;
        }
        if (isBidirectionalControl(c)) {
            found.append(QStringLiteral("the text contains a bidirectional control character "
                                        "(%1), which reorders what follows it on the screen; "
                                        "remove it.")
                             .arg(hex(c)));
            break;
        }
        if (c == QChar::ReplacementCharacter) {
            found.append(QStringLiteral("the text is not valid UTF-8; save the file as UTF-8."));
            break;
        }
    }
    return found;
}

}  // namespace CuratorText
