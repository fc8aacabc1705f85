#pragma once
// A QTranslator for one interface language whose translations come back with word-break marks
// (see WordBreaks), so interface strings in Thai, Lao, Khmer and Burmese wrap between words.

#include "wordbreaks.h"

#include <QTranslator>

class WordBreakTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    // Loads :/i18n/asean_<language>.qm; false when there is none.
    bool loadLanguage(const QString &language)
    {
        m_language = language;
        return load(QStringLiteral(":/i18n/asean_%1.qm").arg(language));
    }

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        return WordBreaks::mark(QTranslator::translate(context, sourceText, disambiguation, n),
                                m_language);
    }

private:
    QString m_language;
};
