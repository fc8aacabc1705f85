#include "staff.h"

#include "contentroot.h"
#include "log.h"
#include "processinfo.h"
#include "release.h"
#include "releases.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcStaff, "asean.staff")

Staff::Staff(QObject *parent) : QObject(parent)
{
    m_uptime.start();
}

void Staff::setReleases(LiveReleases *releases)
{
    m_releases = releases;
    emit wiringChanged();
}

void Staff::setHall(Hall *hall)
{
    m_hall = hall;
    emit wiringChanged();
}

void Staff::setLanguages(LanguageSession *languages)
{
    m_languages = languages;
    emit wiringChanged();
}

Staff::PinResult Staff::tryPin(const QString &pin)
{
    switch (m_pinLock.attempt(pin, QDateTime::currentDateTimeUtc())) {
        case PinLock::Result::Accepted:
            qCInfo(lcStaff) << "staff panel opened";
            return PinResult::Accepted;
        case PinLock::Result::Wrong:
            qCWarning(lcStaff) << "wrong staff PIN;" << m_pinLock.triesLeft() << "tries left";
            return PinResult::Wrong;
        case PinLock::Result::Locked:
            qCWarning(lcStaff) << "staff PIN pad locked until"
                               << m_pinLock.lockedUntil().toLocalTime();
            return PinResult::Locked;
        case PinLock::Result::NoPinSet:
            break;
    }
    return PinResult::NoPin;
}

void Staff::closed(const QString &why)
{
    qCInfo(lcStaff).noquote() << "staff panel closed:" << why;
}

int Staff::pinLockSeconds() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_pinLock.isLocked(now) ? int(now.secsTo(m_pinLock.lockedUntil())) : 0;
}

KioskFacts Staff::facts() const
{
    KioskFacts facts;
    facts.version = QCoreApplication::applicationVersion();
    facts.pid = QCoreApplication::applicationPid();
    facts.uptimeSeconds = m_uptime.elapsed() / 1000;
    facts.residentMb = ProcessInfo::residentMb();
    facts.lastError = Log::lastError();
    facts.recentErrors = Log::recentErrors().join(QLatin1Char('\n'));
    facts.stateError = m_stateError;
    if (m_call)
        facts.staffCalled = m_call->lastCall();
    if (m_languages)
        facts.language = m_languages->current();
    if (m_hall) {
        facts.asleep = m_hall->asleep();
        const HallConfig &hall = m_hall->config();
        facts.hallFile = hall.path.isEmpty() ? tr("none (defaults)") : hall.path;
        facts.hallSummary = hall.summary().join(QLatin1Char('\n'));
        facts.hallProblems = hall.problems.join(QLatin1Char('\n'));
    }
    if (m_releases) {
        const QString root = m_releases->catalogue()->rootPath();
        const LiveCatalogue &shown = *m_releases->catalogue();
        facts.release = m_releases->shown();
        facts.currentRelease = shown.wanted();
        facts.shownBecause = shown.shownBecause();
        facts.readErrors = shown.readErrors();
        facts.damagedMedia = int(shown.damagedMedia().size());
        QStringList problems{shown.error(), shown.shownBecause()};
        if (facts.damagedMedia)
            problems << QStringLiteral(
                            "%1 media file(s) are missing or damaged and show as "
                            "unavailable, for example %2; copy the release's media "
                            "again, or publish again.")
                            .arg(facts.damagedMedia)
                            .arg(shown.damagedMedia().first());
        if (facts.readErrors)
            problems << QStringLiteral("%1 read(s) of the catalogue failed; see the log.")
                            .arg(facts.readErrors);
        problems.removeAll(QString());
        facts.contentError = problems.join(QLatin1Char('\n'));
        facts.pendingRelease = m_releases->pending();
        const LiveReleases::SafeMode &safe = m_releases->safe();
        facts.safeMode = safe.on;
        facts.safeCrashes = safe.crashes;
        facts.safeWindowMinutes = safe.windowMinutes;
        facts.safeRelease = safe.release;
        facts.previousRelease = Release::previous(Release::list(ContentRoot(root)), facts.release);
        const QStorageInfo disk(root.isEmpty() ? QDir::homePath() : root);
        facts.diskFreeGb = double(disk.bytesAvailable()) / (1024.0 * 1024 * 1024);
    }
    return facts;
}

void Staff::reload()
{
    if (m_releases)
        m_releases->reload();
}

QString Staff::rollBack()
{
    if (!m_releases || m_releases->catalogue()->rootPath().isEmpty())
        return tr("There is no earlier release to go back to.");
    const ContentRoot root(m_releases->catalogue()->rootPath());
    const Releases::RollBack back = Releases::rollBack(root, m_releases->shown());
    if (!back.ok)
        return back.error;
    qCWarning(lcStaff) << "staff rolled back from release" << back.from << "to" << back.to;
    LiveReleases::SafeMode safe = m_releases->safe();
    safe.release = safe.on ? back.to : 0;
    m_releases->setSafeMode(safe);
    m_releases->open(root.path());
    return m_releases->catalogue()->isReady() ? QString() : m_releases->catalogue()->error();
}
