#include "kiosk.h"

#include "languages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcKiosk, "asean.kiosk")

namespace {
QPointer<Kiosk> s_instance;
}

Kiosk::Kiosk(QObject *parent) : QObject(parent)
{
    m_uptime.start();
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

QString Kiosk::tryPin(const QString &pin)
{
    switch (m_pinLock.attempt(pin, QDateTime::currentDateTimeUtc())) {
        case PinLock::Result::Accepted:
            qCInfo(lcKiosk) << "staff panel opened";
            return QStringLiteral("accepted");
        case PinLock::Result::Wrong:
            qCWarning(lcKiosk) << "wrong staff PIN;" << m_pinLock.triesLeft() << "tries left";
            return QStringLiteral("wrong");
        case PinLock::Result::Locked:
            qCWarning(lcKiosk) << "staff PIN pad locked until"
                               << m_pinLock.lockedUntil().toLocalTime();
            return QStringLiteral("locked");
        case PinLock::Result::NoPinSet:
            break;
    }
    return QStringLiteral("nopin");
}

int Kiosk::pinLockSeconds() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_pinLock.isLocked(now) ? int(now.secsTo(m_pinLock.lockedUntil())) : 0;
}

QVariantMap Kiosk::staffFacts() const
{
    QVariantMap facts;
    facts.insert(QStringLiteral("release"), m_catalogue.release());
    facts.insert(QStringLiteral("contentError"), m_catalogue.error());
    facts.insert(QStringLiteral("uptimeMinutes"), int(m_uptime.elapsed() / 60000));
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                facts.insert(QStringLiteral("residentMb"),
                             line.mid(6).trimmed().split(' ').value(0).toInt() / 1024);
        }
    }
    const QStorageInfo disk(m_catalogue.rootPath().isEmpty() ? QDir::homePath()
                                                             : m_catalogue.rootPath());
    facts.insert(QStringLiteral("diskFreeGb"),
                 double(disk.bytesAvailable()) / (1024.0 * 1024 * 1024));
    facts.insert(QStringLiteral("hallFile"),
                 m_hallFile.isEmpty() ? tr("none (defaults)") : m_hallFile);
    facts.insert(QStringLiteral("hallProblems"), m_hallProblems.join(QLatin1Char('\n')));
    facts.insert(QStringLiteral("version"), version());
    return facts;
}

void Kiosk::reloadContent()
{
    if (!m_catalogue.rootPath().isEmpty())
        m_catalogue.openRelease(m_catalogue.rootPath());
}
