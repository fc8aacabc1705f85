#pragma once
// The kiosk's health for staff and monitoring: status.json in its state folder, rewritten every minute
// (version, release, uptime, resident size, frames presented, last error). `asean-kiosk
// --status` prints it.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QQuickWindow;
class Kiosk;

class Health : public QObject {
    Q_OBJECT
public:
    Health(QQuickWindow *window, Kiosk *kiosk, QString statusFile, QObject *parent = nullptr);

    // Writes the status file now; false when it cannot be written.
    bool write();

private:
    QString m_statusFile;
    Kiosk *m_kiosk;
    QElapsedTimer m_uptime;
    QTimer m_timer;
    quint64 m_frames = 0;
};
