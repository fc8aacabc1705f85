#include "curatorlock.h"

#include "contentroot.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <cerrno>

CuratorLock::CuratorLock(const ContentRoot &root)
    : m_rootPath(root.path()), m_lockPath(root.curatorLock())
{
}

CuratorLock::~CuratorLock()
{
    if (m_fd >= 0)
        ::close(m_fd);  // closing the only descriptor releases the flock
}

bool CuratorLock::tryLock(int timeoutMs)
{
    if (m_fd >= 0)
        return true;
    const int fd = ::open(QFile::encodeName(m_lockPath).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
        m_error = QStringLiteral(
                      "cannot write in %1 (is the disk full or read-only?); free some space or "
                      "check the disk and its permissions. The current release is unchanged.")
                      .arg(m_rootPath);
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) || deadline.hasExpired()) {
            ::close(fd);
            m_error = QStringLiteral(
                          "another asean-catalogue (%1) is working on %2; wait for "
                          "it to finish.")
                          .arg(holder(), m_rootPath);
            return false;
        }
        QThread::msleep(20);
    }
    m_fd = fd;
    // Who holds it, for the message another curator sees; a failed write costs only that.
    const QByteArray who = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                           QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) == 0) {
        const ssize_t written = ::pwrite(fd, who.constData(), size_t(who.size()), 0);
        Q_UNUSED(written)
    }
    return true;
}

QString CuratorLock::holder() const
{
    QFile file(m_lockPath);
    const QList<QByteArray> lines =
        file.open(QIODevice::ReadOnly) ? file.read(256).split('\n') : QList<QByteArray>();
    if (lines.size() < 2 || lines.at(0).toLongLong() <= 0)
        return QStringLiteral("a process that has not said which");
    return QStringLiteral("process %1 on %2")
        .arg(QString::fromLatin1(lines.at(0)), QString::fromUtf8(lines.at(1)));
}
