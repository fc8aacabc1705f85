#include "kiosk.h"

#include "contentroot.h"
#include "languages.h"
#include "log.h"
#include "processinfo.h"
#include "release.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcKiosk, "asean.kiosk")

namespace {

QPointer<Kiosk> s_instance;

}  // namespace

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
    if (m_translator.loadLanguage(language))
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

QString Kiosk::nativeName(const QString &language) const
{
    return Languages::nativeName(language);
}

QString Kiosk::formatNumber(int number) const
{
    return QLocale(m_language).toString(number);
}

QString Kiosk::translate(const QString &language, const QString &context, const QString &source)
{
    auto &translator = m_otherTranslators[language];
    if (!translator) {
        translator = std::make_unique<WordBreakTranslator>();
        if (!translator->loadLanguage(language))
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
    facts.insert(QStringLiteral("residentMb"), qRound(ProcessInfo::residentMb()));
    const QStorageInfo disk(m_catalogue.rootPath().isEmpty() ? QDir::homePath()
                                                             : m_catalogue.rootPath());
    facts.insert(QStringLiteral("diskFreeGb"),
                 double(disk.bytesAvailable()) / (1024.0 * 1024 * 1024));
    facts.insert(QStringLiteral("hallFile"),
                 m_hallFile.isEmpty() ? tr("none (defaults)") : m_hallFile);
    facts.insert(QStringLiteral("hallSummary"), m_hallSummary.join(QLatin1Char('\n')));
    facts.insert(QStringLiteral("hallProblems"), m_hallProblems.join(QLatin1Char('\n')));
    facts.insert(QStringLiteral("recentErrors"), Log::recentErrors().join(QLatin1Char('\n')));
    facts.insert(QStringLiteral("safeMode"), m_safe.on);
    facts.insert(QStringLiteral("safeCrashes"), m_safe.crashes);
    facts.insert(QStringLiteral("safeWindowMinutes"), m_safe.windowMinutes);
    facts.insert(QStringLiteral("safeRelease"), m_safe.release);
    const QList<ReleaseInfo> releases = Release::list(ContentRoot(m_catalogue.rootPath()));
    facts.insert(QStringLiteral("previousRelease"),
                 Release::previous(releases, m_catalogue.release()));
    facts.insert(QStringLiteral("version"), version());
    facts.insert(QStringLiteral("pendingRelease"), m_pendingRelease);
    return facts;
}

void Kiosk::reloadContent()
{
    if (m_catalogue.rootPath().isEmpty())
        return;
    m_catalogue.openRelease(m_catalogue.rootPath(), m_safe.on ? m_safe.release : 0);
    m_releaseWatch.setShown(m_catalogue.release());
    m_releaseWatch.forgetRefusal();
}

void Kiosk::watchReleases(int checkIntervalMs)
{
    m_releaseWatch.setCheckInterval(checkIntervalMs);
    m_releaseWatch.watch(m_catalogue.rootPath(), m_catalogue.release());
    connect(&m_releaseWatch, &ReleaseWatch::releaseReady, this, [this](int number) {
        if (m_safe.on) {
            qCWarning(lcKiosk) << "release" << number << "is ready, but after repeated crashes "
                               << "this kiosk stays on release" << m_catalogue.release()
                               << "until it is restarted";
            return;
        }
        m_pendingRelease = number;
        emit pendingReleaseChanged();
    });
}

bool Kiosk::applyPendingRelease()
{
    const int number = m_pendingRelease;
    if (number == 0)
        return false;
    m_pendingRelease = 0;
    emit pendingReleaseChanged();
    const ContentRoot root(m_catalogue.rootPath());
    if (root.currentRelease() != number)
        return false;  // curators changed their mind before the kiosk was idle
    const int before = m_catalogue.release();
    if (!m_catalogue.openRelease(root.path(), number))
        return false;
    m_releaseWatch.setShown(number);
    qCInfo(lcKiosk) << "switched from release" << before << "to release" << number
                    << "at an idle moment";
    return true;
}

QString Kiosk::rollBack()
{
    const ContentRoot root(m_catalogue.rootPath());
    const int previous = Release::previous(Release::list(root), m_catalogue.release());
    if (m_catalogue.rootPath().isEmpty() || previous == 0)
        return tr("There is no earlier release to go back to.");
    ReleaseInfo info;
    QString error;
    if (!Release::verify(root, previous, Release::Check::Quick, &info, &error))
        return tr("Release %1 cannot be used: %2").arg(previous).arg(error);
    if (!root.setCurrentRelease(previous, &error))
        return tr("Release %1 could not be made current: %2").arg(previous).arg(error);
    qCWarning(lcKiosk) << "staff rolled back from release" << m_catalogue.release() << "to"
                       << previous;
    m_safe.release = m_safe.on ? previous : 0;
    m_catalogue.openRelease(root.path(), m_safe.release);
    m_releaseWatch.setShown(m_catalogue.release());
    return m_catalogue.isReady() ? QString() : m_catalogue.error();
}

void Kiosk::setSafeMode(const SafeMode &safe)
{
    m_safe = safe;
    emit configChanged();
}
