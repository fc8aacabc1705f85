#include "kiosk.h"

#include "languages.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcKiosk, "asean.kiosk")

namespace {
QPointer<Kiosk> s_instance;
}

Kiosk::Kiosk(QObject *parent) : QObject(parent)
{
    connect(&m_sleep, &SleepSchedule::asleepChanged, this, &Kiosk::asleepChanged);
}

Kiosk *Kiosk::create(QQmlEngine *engine, QJSEngine *)
{
    if (!s_instance)
        s_instance = new Kiosk(engine);
    s_instance->m_engine = engine;
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Kiosk::setInstance(Kiosk *kiosk)
{
    s_instance = kiosk;
}

QString Kiosk::version() const
{
    return QCoreApplication::applicationVersion();
}

void Kiosk::setLanguage(const QString &language)
{
    if (!Languages::isKnown(language)) {
        qCWarning(lcKiosk) << "ignoring unknown language" << language;
        return;
    }
    if (language == m_language && !m_translator.isEmpty())
        return;
    QCoreApplication::removeTranslator(&m_translator);
    // English is the source language: it has a catalogue too, but missing it is harmless.
    if (m_translator.load(QStringLiteral(":/i18n/asean_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_translator);
    else if (language != QLatin1String("en"))
        qCWarning(lcKiosk) << "no interface translation for" << language;
    m_language = language;
    qCInfo(lcKiosk) << "language:" << language;
    emit languageChanged();
    if (m_engine)
        m_engine->retranslate();
}

void Kiosk::setReducedMotion(bool reduced)
{
    if (m_reducedMotion == reduced)
        return;
    m_reducedMotion = reduced;
    emit reducedMotionChanged();
}

QString Kiosk::translate(const QString &language, const QString &context, const QString &source)
{
    auto &translator = m_otherTranslators[language];
    if (!translator) {
        translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/asean_%1.qm").arg(language)))
            qCDebug(lcKiosk) << "no interface translation for" << language;
    }
    const QString text =
        translator->translate(context.toUtf8().constData(), source.toUtf8().constData());
    return text.isEmpty() ? source : text;
}

void Kiosk::configure(const QStringList &languages, const QString &defaultLanguage, int idleSeconds,
                      bool kioskMode)
{
    m_languages = languages;
    m_defaultLanguage = defaultLanguage;
    m_idleSeconds = idleSeconds;
    m_kioskMode = kioskMode;
    emit configChanged();
}
