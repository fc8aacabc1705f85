#pragma once
// Tells systemd the kiosk is alive, but only when it really is: READY after the first frame is
// on screen, and each WATCHDOG ping only after a frame was presented since the last one. A
// frame is asked for at every ping, so an idle screen still proves itself, while a hung GUI or
// render thread stops the pings and systemd restarts the program. Without systemd (no
// NOTIFY_SOCKET) nothing is sent and nothing is needed.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QQuickWindow;

class Watchdog : public QObject {
    Q_OBJECT
public:
    using Notify = std::function<void(const QByteArray &)>;

    // intervalMs: how often to ping; by default half of systemd's WatchdogSec (0: no pings).
    Watchdog(QQuickWindow *window, Notify notify = systemdNotify(),
             int intervalMs = systemdInterval(), QObject *parent = nullptr);

    int pings() const { return m_pings; }

    static Notify systemdNotify();
    static int systemdInterval();

private:
    void tick();

    QPointer<QQuickWindow> m_window;
    Notify m_notify;
    QTimer m_timer;
    bool m_ready = false;
    bool m_presented = false;
    int m_pings = 0;
};
