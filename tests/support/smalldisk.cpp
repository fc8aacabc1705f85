#include "smalldisk.h"

#include <sys/statvfs.h>
#include <unistd.h>

#include <QFile>
#include <QProcess>
#include <cstdlib>

namespace {

const char kMarker[] = "ASEAN_TEST_MOUNT_NAMESPACE";

QString filler(const QString &disk)
{
    return disk + QStringLiteral("/.filler");
}

}  // namespace

void SmallDisk::enterMountNamespace(char **argv)
{
    if (qEnvironmentVariableIsSet(kMarker) || std::system("unshare -rm true > /dev/null 2>&1") != 0)
        return;
    qputenv(kMarker, "1");
    QList<char *> args = {const_cast<char *>("unshare"), const_cast<char *>("-rm"),
                          const_cast<char *>("--")};
    for (char **arg = argv; *arg; ++arg)
        args.append(*arg);
    args.append(nullptr);
    ::execvp("unshare", args.data());
}

SmallDisk::SmallDisk(int kilobytes)
{
    if (!qEnvironmentVariableIsSet(kMarker)) {
        m_problem = QStringLiteral("needs a mount namespace of its own (unshare -rm)");
        return;
    }
    QProcess mount;
    mount.setProcessChannelMode(QProcess::MergedChannels);
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("none"), path()});
    if (!mount.waitForFinished() || mount.exitCode() != 0)
        m_problem =
            QStringLiteral("cannot mount a tmpfs: ") + QString::fromLocal8Bit(mount.readAll());
}

SmallDisk::~SmallDisk()
{
    if (m_problem.isEmpty())
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), path()});
}

bool SmallDisk::fill(qint64 spareBytes)
{
    struct statvfs disk;
    if (::statvfs(QFile::encodeName(path()).constData(), &disk) != 0)
        return false;
    const qint64 page = qint64(disk.f_frsize);
    const qint64 free = qint64(disk.f_bavail) * page;
    qint64 left = free - spareBytes / page * page;
    QFile file(filler(path()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(int(page), 'f');
    while (left > 0 && file.write(block.constData(), qMin(left, page)) > 0)
        left -= page;
    file.close();
    return ::statvfs(QFile::encodeName(path()).constData(), &disk) == 0 &&
           qint64(disk.f_bavail) * page == spareBytes / page * page;
}

void SmallDisk::empty()
{
    QFile::remove(filler(path()));
}
