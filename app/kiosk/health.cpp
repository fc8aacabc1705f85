#include "health.h"

#include "kiosk.h"
#include "log.h"
#include "processinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QSaveFile>

Health::Health(QQuickWindow *window, Kiosk *kiosk, QString statusFile, QObject *parent)
    : QObject(parent), m_statusFile(std::move(statusFile)), m_kiosk(kiosk)
{
    m_uptime.start();
    connect(window, &QQuickWindow::frameSwapped, this, [this] { ++m_frames; });
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Health::write);
    m_timer.start();
}

bool Health::write()
{
    const QJsonObject status{
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("written"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("release"), m_kiosk->catalogue()->release()},
        {QStringLiteral("content_error"), m_kiosk->catalogue()->error()},
        {QStringLiteral("uptime_s"), m_uptime.elapsed() / 1000},
        {QStringLiteral("resident_mb"), qRound(ProcessInfo::residentMb() * 10) / 10.0},
        {QStringLiteral("frames_presented"), qint64(m_frames)},
        {QStringLiteral("asleep"), m_kiosk->asleep()},
        {QStringLiteral("language"), m_kiosk->language()},
        {QStringLiteral("last_error"), Log::lastError()},
        {QStringLiteral("safe_mode"), m_kiosk->safeMode()},
    };
    QSaveFile file(m_statusFile);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(status).toJson()) >= 0 &&
           file.commit();
}
