#pragma once
// The kiosk's health for monitoring, rewritten every minute from the facts staff see
// (Staff::facts) and the frames presented: status.json in its state folder, which
// `asean-kiosk --status` prints, and the same in Prometheus's text format (Metrics) for a
// fleet's node_exporter.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QQuickWindow;
class Staff;

class Health : public QObject {
    Q_OBJECT
public:
    Health(QQuickWindow *window, const Staff *staff, QString statusFile, QString metricsFile,
           QObject *parent = nullptr);
    // An orderly end says so in the metrics (up 0); a crash leaves them to age, which the
    // fleet's alert on the file's time sees.
    ~Health() override;

    // Writes both files now; false when one cannot be written (then its old one stays).
    bool write();

signals:
    // After each write: empty, or why the status file could not be written.
    void written(const QString &error);

private:
    bool writeMetrics(bool running, QString *error);

    QString m_statusFile;
    QString m_metricsFile;
    const Staff *m_staff;
    QTimer m_timer;
    QElapsedTimer m_sinceMetrics;
    quint64 m_frames = 0;
    quint64 m_framesAtMetrics = 0;
};
