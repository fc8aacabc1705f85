#include "health.h"

#include "staff.h"
#include "wholefile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>

Health::Health(QQuickWindow *window, const Staff *staff, QString statusFile, QObject *parent)
    : QObject(parent), m_statusFile(std::move(statusFile)), m_staff(staff)
{
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
        WholeFile::write(m_statusFile, QJsonDocument(status).toJson(), Access::Private, &error);
    emit written(error);
    return ok;
}
