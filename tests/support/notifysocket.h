#pragma once
// A datagram socket standing in for systemd's NOTIFY_SOCKET: bound at `path`, it collects what
// the kiosk tells systemd (READY=1, WATCHDOG=1), for the watchdog's tests.

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

class NotifySocket {
public:
    explicit NotifySocket(const QString &path);
    ~NotifySocket();
    NotifySocket(const NotifySocket &) = delete;
    NotifySocket &operator=(const NotifySocket &) = delete;

    bool isBound() const { return m_bound; }
    QByteArray path() const { return m_path; }
    // Every datagram received so far, without waiting.
    QByteArrayList received();

private:
    QByteArray m_path;
    int m_fd = -1;
    bool m_bound = false;
};
