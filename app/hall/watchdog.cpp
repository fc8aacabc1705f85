#include "watchdog.h"

#include <systemd/sd-daemon.h>
#include <QQuickWindow>

Watchdog::Notify Watchdog::systemdNotify()
{
    return [](const QByteArray &state) { sd_notify(0, state.constData()); };
}

int Watchdog::systemdInterval()
{
    // Not sd_watchdog_enabled(): under deploy/asean-kiosk.service the kiosk is cage's child, so
    // systemd's WATCHDOG_PID names cage and that call says the watchdog is not ours. The unit
    // has NotifyAccess=all, so pings from this process count all the same.
    if (qEnvironmentVariableIsEmpty("NOTIFY_SOCKET"))
        return 0;
    bool ok = false;
    const qulonglong usec = qEnvironmentVariable("WATCHDOG_USEC").toULongLong(&ok);
    if (!ok || usec == 0)
        return 0;
    return int(qBound<qulonglong>(100, usec / 2000, 24 * 3600 * 1000));  // half the period, ms
}

Watchdog::Watchdog(QQuickWindow *window, Notify notify, int intervalMs, QObject *parent)
    : QObject(parent), m_window(window), m_notify(std::move(notify))
{
    // frameSwapped comes from the render thread when it presents: that is the proof of life.
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        m_presented = true;
        if (!m_ready) {
            m_ready = true;
            m_notify("READY=1");
        }
    });
    if (intervalMs > 0) {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &Watchdog::tick);
        m_timer.start();
    }
}

void Watchdog::tick()
{
    if (m_presented) {
        m_notify("WATCHDOG=1");
        ++m_pings;
    }
    m_presented = false;
    if (m_window)
        m_window->update();  // ask for the frame that the next tick checks for
}
