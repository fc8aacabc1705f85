#pragma once
// Which release the kiosk shows, as QML sees it: the catalogue of the release shown, a newer
// one verified and waiting for an idle moment, and safe mode (after repeated crashes, see
// RunLedger: an older, proven release and no video, until staff restart the kiosk).

#include "livecatalogue.h"
#include "releasewatch.h"

#include <QtQml/qqmlregistration.h>
#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QTimer>
#include <functional>

class LiveReleases : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Releases)
    Q_PROPERTY(LiveCatalogue *catalogue READ catalogue CONSTANT)
    // The release on screen (0: none could be opened).
    Q_PROPERTY(int shown READ shown NOTIFY shownChanged)
    // A newer current release, verified, waiting for an idle moment to be shown (0: none).
    // pendingChanged also says that a new day's content waits (dayPending).
    Q_PROPERTY(int pending READ pending NOTIFY pendingChanged)
    Q_PROPERTY(bool safeMode READ safeMode NOTIFY safeModeChanged)
    Q_PROPERTY(bool videoAllowed READ videoAllowed NOTIFY safeModeChanged)
    // The draft is shown, not a release: a curator's preview (openDraft).
    Q_PROPERTY(bool preview READ preview NOTIFY shownChanged)

public:
    explicit LiveReleases(QObject *parent = nullptr);

    struct SafeMode {
        bool on = false;
        int crashes = 0;
        int windowMinutes = 0;
        int release = 0;  // 0: no proven release, the current one is shown
    };

    LiveCatalogue *catalogue() { return &m_catalogue; }
    int shown() const { return m_catalogue.release(); }
    int pending() const { return m_pending; }
    bool safeMode() const { return m_safe.on; }
    bool videoAllowed() const { return !m_safe.on; }
    bool preview() const { return m_catalogue.isDraft(); }
    const SafeMode &safe() const { return m_safe; }
    void setSafeMode(const SafeMode &safe);

    // Opens the content root's current release (in safe mode, the proven one).
    Q_INVOKABLE bool open(const QString &rootPath);
    // Chooses the release to open (hashing and checking its catalogue) off the GUI thread, so
    // the interface can load meanwhile; then open() with the choice.
    QFuture<ReleaseChoice> choose(const QString &rootPath) const;
    bool open(const QString &rootPath, const ReleaseChoice &chosen);
    // Shows the content root's draft, read-only, instead of its releases: a preview of what
    // import brought in before it is published. Nothing follows `current` then (no watch()).
    bool openDraft(const QString &rootPath);
    // Starts noticing releases curators make current (see ReleaseWatch).
    void watch(int checkIntervalMs = 60 * 1000);
    // Reads the release again (after a publish, a repair or a roll back); a release refused as
    // damaged is looked at again.
    Q_INVOKABLE void reload();
    // The watch behind `pending`, for tests that follow its verdicts.
    ReleaseWatch &watcher() { return m_watch; }
    // Shows the pending release, and the content of the day when the day turned; called only
    // when no visitor is in the middle of a visit (the attract loop, or asleep). False when
    // there was nothing (still valid) to show.
    Q_INVOKABLE bool applyPending();

    using Clock = std::function<QDateTime()>;
    // Shows what the catalogue schedules for the clock's day in this hall ([hall] id; empty:
    // none), and follows the days: when the day turns (at midnight, or when the clock is set)
    // and the schedules make it show something else, that waits for an idle moment, as a
    // release does. A release published today with an item from next Monday needs nothing more.
    void followDays(const QString &hall, Clock clock);
    bool dayPending() const { return m_dayPending; }
    // Looks at the clock now; the timer does it at each midnight, and at least hourly.
    void checkDay();

signals:
    void shownChanged();
    void pendingChanged();
    void safeModeChanged();

private:
    // The release to open: in safe mode the proven one, else what `current` names (0).
    int wanted() const { return m_safe.on ? m_safe.release : 0; }
    // Shows the clock's day when a new day waits; true when it did.
    bool showToday();
    LiveCatalogue m_catalogue;
    ReleaseWatch m_watch;
    int m_shown = 0;
    int m_pending = 0;
    SafeMode m_safe;
    Clock m_clock = [] { return QDateTime::currentDateTime(); };
    QTimer m_dayTimer;
    bool m_dayPending = false;
};
