#include "statefolder.h"

#include "folders.h"

#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>

namespace {

const QString kStatus = QStringLiteral("status.json");
const QString kLedger = QStringLiteral("runs.json");
const QString kPin = QStringLiteral("staff.pin");
const QString kLogs = QStringLiteral("logs");

// Moves `from` to `to` unless `to` exists; across file systems QFile::rename copies. The file
// gets the state's own mode before it moves, so it never lies in the state folder readable by
// others.
bool adopt(const QString &from, const QString &to, QStringList *moved)
{
    if (!QFileInfo(from).isFile() || QFileInfo::exists(to) ||
        ::chmod(QFile::encodeName(from).constData(), fileMode(Access::Private)) != 0 ||
        !Folders::make(QFileInfo(to).absolutePath(), Access::Private) || !QFile::rename(from, to))
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

QString StateFolder::metricsFile() const
{
    return m_path + QStringLiteral("/metrics/asean_kiosk.prom");
}

bool StateFolder::make(QString *error) const
{
    QString problem;
    // 0711: other users (node_exporter) reach metrics/ by name but cannot list the folder; every
    // other file in it is its owner's alone (0600).
    if (Folders::make(m_path, Access::Private, &problem) &&
        ::chmod(QFile::encodeName(m_path).constData(), 0711) == 0 &&
        ::access(QFile::encodeName(m_path).constData(), W_OK) == 0)
        return true;
    if (problem.isEmpty())
        problem = QStringLiteral("cannot write in %1 (%2)").arg(m_path, qt_error_string(errno));
    *error = unwritable(problem);
    return false;
}

QString StateFolder::unwritable(const QString &why)
{
    if (why.isEmpty())
        return why;
    return why + QStringLiteral(
                     "; free some space, or give the kiosk's user a state folder it can write "
                     "with --state DIR");
}

QStringList StateFolder::adoptFrom(const QString &contentRoot) const
{
    QStringList moved;
    const QDir content(contentRoot);
    if (!QFileInfo(contentRoot).isWritable() ||
        content.absolutePath() == QDir(m_path).absolutePath())
        return moved;
    for (const QString &name : {kStatus, kLedger, kPin})
        adopt(content.filePath(name), QDir(m_path).filePath(name), &moved);
    const QDir oldLogs(content.filePath(kLogs));
    const QStringList logs = oldLogs.entryList({QStringLiteral("kiosk.log*")}, QDir::Files);
    for (const QString &name : logs)
        adopt(oldLogs.filePath(name), QDir(logFolder()).filePath(name), &moved);
    if (!logs.isEmpty())
        content.rmdir(kLogs);  // only when nothing else is in it
    return moved;
}
