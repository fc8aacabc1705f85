#pragma once
// The kiosk's health for monitoring: status.json in its state folder, rewritten every minute
// with the facts staff see (Staff::facts) and the frames presented. `asean-kiosk --status`
// prints it.

#include <QObject>
#include <QTimer>

class QQuickWindow;
class Staff;

class Health : public QObject {
    Q_OBJECT
public:
    Health(QQuickWindow *window, const Staff *staff, QString statusFile, QObject *parent = nullptr);

    // Writes the status file now; false when it cannot be written (then the old one stays).
    bool write();

signals:
    // After each write: empty, or why the status file could not be written.
    void written(const QString &error);

private:
    QString m_statusFile;
    const Staff *m_staff;
    QTimer m_timer;
    quint64 m_frames = 0;
};
