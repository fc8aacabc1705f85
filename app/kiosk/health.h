#pragma once
// The kiosk's health for staff and monitoring: <content>/status.json rewritten every minute
// (version, release, uptime, resident size, frames presented, last error). `asean-kiosk
// --status` prints it. The last warning or error of the log is kept for it.

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
    quint64 framesPresented() const { return m_frames; }

    // Installs a message handler that remembers the last warning or error (and logs as before).
    static void captureLastError();
    static QString lastError();

    static QString statusFileOf(const QString &contentRoot);

private:
    QString m_statusFile;
    Kiosk *m_kiosk;
    QElapsedTimer m_uptime;
    QTimer m_timer;
    quint64 m_frames = 0;
};
