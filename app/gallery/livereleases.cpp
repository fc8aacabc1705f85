#include "livereleases.h"

#include "contentroot.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReleases, "asean.releases")

LiveReleases::LiveReleases(QObject *parent) : QObject(parent)
{
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

bool LiveReleases::applyPending()
{
    const int number = m_pending;
    if (number == 0)
        return false;
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
