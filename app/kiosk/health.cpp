#include "health.h"

#include "kiosk.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QQuickWindow>
#include <QSaveFile>

namespace {

QMutex s_mutex;
QString s_lastError;
QtMessageHandler s_previous = nullptr;

void remember(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        QMutexLocker lock(&s_mutex);
        s_lastError =
            QDateTime::currentDateTime().toString(Qt::ISODate) + QLatin1Char(' ') + message;
    }
    if (s_previous)
        s_previous(type, context, message);
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

}  // namespace

Health::Health(QQuickWindow *window, Kiosk *kiosk, QString statusFile, QObject *parent)
    : QObject(parent), m_statusFile(std::move(statusFile)), m_kiosk(kiosk)
{
    m_uptime.start();
    connect(window, &QQuickWindow::frameSwapped, this, [this] { ++m_frames; });
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Health::write);
    m_timer.start();
}

QString Health::statusFileOf(const QString &contentRoot)
{
    return contentRoot + QStringLiteral("/status.json");
}

void Health::captureLastError()
{
    s_previous = qInstallMessageHandler(remember);
}

QString Health::lastError()
{
    QMutexLocker lock(&s_mutex);
    return s_lastError;
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
        {QStringLiteral("resident_mb"), qRound(residentMb() * 10) / 10.0},
        {QStringLiteral("frames_presented"), qint64(m_frames)},
        {QStringLiteral("asleep"), m_kiosk->asleep()},
        {QStringLiteral("language"), m_kiosk->language()},
        {QStringLiteral("last_error"), lastError()},
    };
    QSaveFile file(m_statusFile);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(status).toJson()) >= 0 &&
           file.commit();
}
