#include "livereleases.h"

#include "contentroot.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReleases, "asean.releases")

namespace {
constexpr qint64 kMaxDayWaitMs = 60 * 60 * 1000;  // a clock set by hand is noticed within the hour

// Up to ten ids, then how many more.
QString some(const QStringList &ids)
{
    return ids.mid(0, 10).join(QStringLiteral(", ")) +
           (ids.size() > 10 ? QStringLiteral(" and %1 more").arg(ids.size() - 10) : QString());
}
}  // namespace

LiveReleases::LiveReleases(QObject *parent) : QObject(parent)
{
    m_dayTimer.setSingleShot(true);
    m_dayTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_dayTimer, &QTimer::timeout, this, &LiveReleases::checkDay);
    connect(&m_watch, &ReleaseWatch::releaseReady, this, [this](int number) {
        if (m_safe.on) {
            qCWarning(lcReleases) << "release" << number << "is ready, but after repeated crashes "
                                  << "this kiosk stays on release" << shown()
                                  << "until it is restarted";
            return;
        }
        m_pending = number;
        emit pendingChanged();
    });
    // The catalogue may change release on its own too: a read error makes it check the
    // release again and, when that fails, show an older one.
    connect(&m_catalogue, &LiveCatalogue::changed, this, [this] {
        if (m_shown == shown())
            return;
        m_shown = shown();
        m_watch.setShown(m_shown);
        emit shownChanged();
    });
}

void LiveReleases::setSafeMode(const SafeMode &safe)
{
    m_safe = safe;
    emit safeModeChanged();
}

bool LiveReleases::open(const QString &rootPath)
{
    return m_catalogue.openRelease(rootPath, wanted());
}

QFuture<ReleaseChoice> LiveReleases::choose(const QString &rootPath) const
{
    return QtConcurrent::run([rootPath, wanted = wanted()] {
        return ReleaseChoice::pick(ContentRoot(rootPath), wanted);
    });
}

bool LiveReleases::open(const QString &rootPath, const ReleaseChoice &chosen)
{
    return m_catalogue.openChosen(rootPath, wanted(), chosen);
}

bool LiveReleases::openDraft(const QString &rootPath)
{
    const bool opened = m_catalogue.openDraft(rootPath);
    emit shownChanged();
    return opened;
}

void LiveReleases::watch(int checkIntervalMs)
{
    m_watch.setCheckInterval(checkIntervalMs);
    m_watch.watch(m_catalogue.rootPath(), shown());
}

void LiveReleases::reload()
{
    if (m_catalogue.rootPath().isEmpty())
        return;
    if (preview()) {
        openDraft(m_catalogue.rootPath());
        return;
    }
    open(m_catalogue.rootPath());
    m_watch.forgetRefusal();
}

void LiveReleases::followDays(const QString &hall, Clock clock)
{
    m_clock = std::move(clock);
    const QDate today = m_clock().date();
    m_catalogue.setShowing({today, hall});
    qCInfo(lcReleases).noquote() << QStringLiteral("showing what is scheduled for %1 in hall %2")
                                        .arg(today.toString(Qt::ISODate),
                                             hall.isEmpty() ? QStringLiteral("(none)") : hall);
    checkDay();
}

void LiveReleases::checkDay()
{
    const QDateTime now = m_clock();
    Catalogue &catalogue = m_catalogue.catalogue();
    const QDate shown = catalogue.showing().day;
    if (shown.isValid() && now.date() != shown && !m_dayPending) {
        if (catalogue.isOpen() && !catalogue.scheduleDiffers(shown, now.date())) {
            catalogue.setShowing({now.date(), catalogue.showing().hall});  // nothing else shows
        } else {
            m_dayPending = true;
            qCInfo(lcReleases).noquote()
                << QStringLiteral(
                       "the date is now %1: what is shown changes at the next idle "
                       "moment")
                       .arg(now.date().toString(Qt::ISODate));
            emit pendingChanged();
        }
    }
    const qint64 untilMidnight = now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0)));
    m_dayTimer.start(int(qBound<qint64>(1000, untilMidnight, kMaxDayWaitMs)));
}

bool LiveReleases::showToday()
{
    if (!m_dayPending)
        return false;
    m_dayPending = false;
    const QDate today = m_clock().date();
    Catalogue &catalogue = m_catalogue.catalogue();
    const QStringList before = catalogue.isOpen() ? catalogue.shownItemIds() : QStringList();
    m_catalogue.setShowing({today, catalogue.showing().hall});
    const QStringList after = catalogue.isOpen() ? catalogue.shownItemIds() : QStringList();
    QStringList appear, leave;
    for (const QString &id : after)
        if (!before.contains(id))
            appear << id;
    for (const QString &id : before)
        if (!after.contains(id))
            leave << id;
    qCInfo(lcReleases).noquote()
        << QStringLiteral(
               "showing what is scheduled for %1 at an idle moment: %2 item(s) appear "
               "(%3), %4 leave (%5)")
               .arg(today.toString(Qt::ISODate))
               .arg(appear.size())
               .arg(some(appear))
               .arg(leave.size())
               .arg(some(leave));
    return true;
}

bool LiveReleases::applyPending()
{
    const bool newDay = showToday();
    const int number = m_pending;
    if (number == 0)
        return newDay;
    m_pending = 0;
    emit pendingChanged();
    const ContentRoot root(m_catalogue.rootPath());
    if (root.currentRelease() != number)
        return false;  // curators changed their mind before the kiosk was idle
    const int before = shown();
    // Exactly the release the watch verified, or none: never an older one at a switch.
    if (!m_catalogue.openRelease(root.path(), number, ReleaseChoice::Fallback::None))
        return false;
    qCInfo(lcReleases) << "switched from release" << before << "to release" << number
                       << "at an idle moment";
    return true;
}
