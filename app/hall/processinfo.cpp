#include "processinfo.h"

#include <QFile>

namespace ProcessInfo {

namespace {

QString procFile(long long pid, const char *name)
{
    return (pid ? QStringLiteral("/proc/%1/").arg(pid) : QStringLiteral("/proc/self/")) +
           QLatin1String(name);
}

}  // namespace

double residentMb(long long pid)
{
    QFile status(procFile(pid, "status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QString name(long long pid)
{
    QFile comm(procFile(pid, "comm"));
    return comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll()).trimmed() : QString();
}

}  // namespace ProcessInfo
