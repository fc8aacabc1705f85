#include "statefolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const QString kStatus = QStringLiteral("status.json");
const QString kLedger = QStringLiteral("runs.json");
const QString kPin = QStringLiteral("staff.pin");
const QString kLogs = QStringLiteral("logs");

// Moves `from` to `to` unless `to` exists; across file systems QFile::rename copies.
bool adopt(const QString &from, const QString &to, QStringList *moved)
{
    if (!QFileInfo(from).isFile() || QFileInfo::exists(to))
        return false;
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QFile::rename(from, to))
        return false;
    moved->append(QStringLiteral("moved %1 to %2").arg(from, to));
    return true;
}

}  // namespace

StateFolder::StateFolder(QString path) : m_path(QDir::cleanPath(path)) {}

QString StateFolder::defaultPath()
{
    const QString systemd = qEnvironmentVariable("STATE_DIRECTORY");
    if (!systemd.isEmpty())
        return systemd.split(QLatin1Char(':')).first();  // several when the unit names several
    const QString xdg = qEnvironmentVariable("XDG_STATE_HOME");
    const QString base =
        QDir::isAbsolutePath(xdg) ? xdg : QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/asean-kiosk");
}

QString StateFolder::statusFile() const
{
    return m_path + QLatin1Char('/') + kStatus;
}

QString StateFolder::runLedgerFile() const
{
    return m_path + QLatin1Char('/') + kLedger;
}

QString StateFolder::pinFile() const
{
    return m_path + QLatin1Char('/') + kPin;
}

QString StateFolder::logFolder() const
{
    return m_path + QLatin1Char('/') + kLogs;
}

bool StateFolder::make(QString *error) const
{
    if (QDir().mkpath(m_path) && QFileInfo(m_path).isWritable())
        return true;
    *error = QStringLiteral(
                 "the state folder %1 cannot be made or written; give the kiosk's "
                 "user a folder it can write with --state DIR")
                 .arg(m_path);
    return false;
}

QStringList StateFolder::adoptFrom(const QString &contentRoot) const
{
    QStringList moved;
    const QDir content(contentRoot);
    if (!QFileInfo(contentRoot).isWritable() ||
        content.absolutePath() == QDir(m_path).absolutePath())
        return moved;
    for (const QString &name : {kStatus, kLedger, kPin}) {
        if (adopt(content.filePath(name), QDir(m_path).filePath(name), &moved) && name == kPin)
            QFile::setPermissions(pinFile(), QFile::ReadOwner | QFile::WriteOwner);
    }
    const QDir oldLogs(content.filePath(kLogs));
    const QStringList logs = oldLogs.entryList({QStringLiteral("kiosk.log*")}, QDir::Files);
    for (const QString &name : logs)
        adopt(oldLogs.filePath(name), QDir(logFolder()).filePath(name), &moved);
    if (!logs.isEmpty())
        content.rmdir(kLogs);  // only when nothing else is in it
    return moved;
}
