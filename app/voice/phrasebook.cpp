#include "phrasebook.h"

#include "linguistfile.h"

#include <QDebug>

namespace {

// The word-break marks interface strings carry in Thai, Lao, Khmer and Burmese (WordBreaks)
// are not part of their words.
QString bare(QString text)
{
    return text.remove(QChar(0x200B)).trimmed();
}

}  // namespace

const Phrasebook::Words &Phrasebook::words(const QString &language)
{
    const auto known = m_languages.constFind(language);
    if (known != m_languages.constEnd())
        return *known;
    Words &words = m_languages[language];
    const QString path = QStringLiteral(":/ts/asean_%1.ts").arg(language);
    const bool whole = LinguistFile::read(path, [&words](const LinguistFile::Message &message) {
        const QString translation = bare(message.translation);
        if (translation.isEmpty() || message.source.isEmpty())
            return;
        // The first context's words win, as in the interface's own files.
        if (!words.sourceOf.contains(translation))
            words.sourceOf.insert(translation, message.source);
        if (!words.translationOf.contains(message.source))
            words.translationOf.insert(message.source, translation);
    });
    if (!whole)
        qWarning().noquote() << path << "cannot be read to the end";
    return words;
}

QString Phrasebook::translate(const QString &text, const QString &from, const QString &to)
{
    const QString shown = bare(text);
    if (from == to)
        return shown;
    const QString source = words(from).sourceOf.value(shown);
    if (source.isEmpty())
        return {};
    return words(to).translationOf.value(source);
}
