#include "phrasebook.h"

#include <QDebug>
#include <QFile>
#include <QXmlStreamReader>

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
    QFile file(QStringLiteral(":/ts/asean_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return words;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // A plural's forms are elements of their own: read past them (they hold numbers,
            // which Speech never looks up) rather than stop the whole file there.
            const QString translation =
                bare(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (translation.isEmpty() || source.isEmpty())
                continue;
            // The first context's words win, as in the interface's own files.
            if (!words.sourceOf.contains(translation))
                words.sourceOf.insert(translation, source);
            if (!words.translationOf.contains(source))
                words.translationOf.insert(source, translation);
        }
    }
    if (xml.hasError())
        qWarning().noquote() << file.fileName()
                             << "cannot be read to the end:" << xml.errorString();
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
