#include "languagesession.h"

#include "languages.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcLanguage, "asean.language")

LanguageSession::LanguageSession(QObject *parent) : QObject(parent), m_offered(Languages::all()) {}

LanguageSession::~LanguageSession()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

void LanguageSession::setCurrent(const QString &language)
{
    if (!Languages::isKnown(language)) {
        qCWarning(lcLanguage) << "ignoring unknown language" << language;
        return;
    }
    if (language == m_current && m_installed)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    // English is the source language: it has a catalogue too, but missing it is harmless.
    m_installed = m_translator.loadLanguage(language);
    if (m_installed)
        QCoreApplication::installTranslator(&m_translator);
    else if (language != QLatin1String("en"))
        qCWarning(lcLanguage) << "no interface translation for" << language;
    m_current = language;
    qCInfo(lcLanguage) << "language:" << language;
    emit currentChanged();
    QQmlEngine *engine = m_engine ? m_engine.data() : qmlEngine(this);
    if (engine)
        engine->retranslate();
}

void LanguageSession::setOffered(const QStringList &offered)
{
    if (offered == m_offered)
        return;
    m_offered = offered;
    emit offeredChanged();
}

void LanguageSession::setHallDefault(const QString &language)
{
    if (language == m_default)
        return;
    m_default = language;
    emit hallDefaultChanged();
}

QString LanguageSession::nativeName(const QString &language) const
{
    return Languages::nativeName(language);
}

QString LanguageSession::locale() const
{
    return Languages::localeName(m_current);
}

QString LanguageSession::formatNumber(int number) const
{
    return QLocale(locale()).toString(number);
}

QString LanguageSession::translate(const QString &language, const QString &context,
                                   const QString &source)
{
    auto &translator = m_others[language];
    if (!translator) {
        translator = std::make_unique<WordBreakTranslator>();
        if (!translator->loadLanguage(language))
            qCDebug(lcLanguage) << "no interface translation for" << language;
    }
    const QString text =
        translator->translate(context.toUtf8().constData(), source.toUtf8().constData());
    return text.isEmpty() ? source : text;
}
