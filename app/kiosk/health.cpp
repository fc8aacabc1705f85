#include "health.h"

#include "folders.h"
#include "metrics.h"
#include "staff.h"
#include "wholefile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <algorithm>

Health::Health(QQuickWindow *window, const Staff *staff, QString statusFile, QString metricsFile,
               QObject *parent)
    : QObject(parent),
      m_statusFile(std::move(statusFile)),
      m_metricsFile(std::move(metricsFile)),
      m_staff(staff)
{
    m_sinceMetrics.start();
    connect(window, &QQuickWindow::frameSwapped, this, [this] { ++m_frames; });
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Health::write);
    m_timer.start();
}

bool Health::write()
{
    QJsonObject status = m_staff->facts().toStatus();
    status.insert(QStringLiteral("written"), QDateTime::currentDateTime().toString(Qt::ISODate));
    status.insert(QStringLiteral("frames_presented"), qint64(m_frames));
    QString error;
    const bool ok =
        WholeFile::write(m_statusFile, QJsonDocument(status).toJson(), Access::Private, &error) &&
        writeMetrics(true, &error);
    emit written(error);
    return ok;
}

Health::~Health()
{
    QString ignored;  // nothing is left to tell at the end
    writeMetrics(false, &ignored);
}

bool Health::writeMetrics(bool running, QString *error)
{
    // node_exporter reads it as another user: the folder and file are readable by all, and the
    // state folder lets them through without listing it (StateFolder::make).
    const double minutes = std::max(m_sinceMetrics.restart(), qint64(1)) / 60000.0;
    const double framesPerMinute = (m_frames - m_framesAtMetrics) / minutes;
    m_framesAtMetrics = m_frames;
    return Folders::make(QFileInfo(m_metricsFile).absolutePath(), Access::Shared, error) &&
           WholeFile::write(m_metricsFile,
                            Metrics::text(m_staff->facts(), framesPerMinute, running),
                            Access::Shared, error);
}
