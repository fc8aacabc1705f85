#include "wordbreaks.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <QHash>
#include <memory>

namespace {

constexpr char16_t kZeroWidthSpace = 0x200B;

// Letters and marks of the scripts written without spaces.
bool inSpacelessScript(char16_t c)
{
    return (c >= 0x0E00 && c <= 0x0EFF)      // Thai, Lao
           || (c >= 0x1000 && c <= 0x109F)   // Myanmar
           || (c >= 0x1780 && c <= 0x17FF)   // Khmer
           || (c >= 0xAA60 && c <= 0xAA7F);  // Myanmar Extended-A
}

// ICU's dictionaries do not know every word (names written in the script, loanwords) and then
// may split between a consonant and the mark that kills or closes it: Burmese asat and virama,
// Khmer bantoc and the silence marks, Thai thanthakhat, Lao cancellation mark. A break before a
// consonant carrying one of these would cut a syllable in two, so there is none.
bool closesASyllable(char16_t c)
{
    return c == 0x1039 || c == 0x103A || (c >= 0x17CB && c <= 0x17D1) || c == 0x0E4C || c == 0x0ECC;
}

bool cutsASyllable(const QString &text, int at)
{
    for (int i = at + 1; i < text.size() && text.at(i).isMark(); ++i) {
        if (closesASyllable(text.at(i).unicode()))
            return true;
    }
    return false;
}

// A line may start at a consonant or independent vowel (Thai and Lao leading vowels included),
// never at a repetition mark (ๆ, ໆ), a sign of punctuation (។), a cut syllable or a stack.
bool startsAWord(const QString &text, int at)
{
    // After a Burmese virama (kinzi, stacked consonants) or a Khmer coeng the next consonant
    // is drawn under or into the one before: a break there leaves a dotted circle.
    const char16_t before = text.at(at - 1).unicode();
    if (before == 0x1039 || before == 0x17D2)
        return false;
    return text.at(at).category() == QChar::Letter_Other && !cutsASyllable(text, at);
}

// One break iterator per language and thread: making one loads the dictionary.
icu::BreakIterator *iteratorFor(const QString &language)
{
    thread_local QHash<QString, std::shared_ptr<icu::BreakIterator>> iterators;
    auto &iterator = iterators[language];
    if (!iterator) {
        UErrorCode status = U_ZERO_ERROR;
        iterator.reset(icu::BreakIterator::createWordInstance(
            icu::Locale(language.toLatin1().constData()), status));
        if (U_FAILURE(status))
            iterator.reset();
    }
    return iterator.get();
}

}  // namespace

namespace WordBreaks {

bool needsMarks(const QString &language)
{
    return language == QLatin1String("th") || language == QLatin1String("lo") ||
           language == QLatin1String("km") || language == QLatin1String("my");
}

QString mark(const QString &text, const QString &language)
{
    if (!needsMarks(language) || text.size() < 2)
        return text;
    icu::BreakIterator *words = iteratorFor(language);
    if (!words)
        return text;
    const icu::UnicodeString unicode(reinterpret_cast<const UChar *>(text.utf16()),
                                     int32_t(text.size()));
    words->setText(unicode);
    QString marked;
    marked.reserve(text.size() + text.size() / 4);
    int32_t from = 0;
    for (int32_t at = words->next(); at != icu::BreakIterator::DONE; at = words->next()) {
        marked.append(QStringView(text).mid(from, at - from));
        if (at < text.size() && inSpacelessScript(text.at(at - 1).unicode()) &&
            inSpacelessScript(text.at(at).unicode()) && startsAWord(text, at))
            marked.append(QChar(kZeroWidthSpace));
        from = at;
    }
    return marked;
}

}  // namespace WordBreaks
