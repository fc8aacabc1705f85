#include "curatorlock.h"

#include "contentroot.h"

CuratorLock::CuratorLock(const ContentRoot &root)
    : m_rootPath(root.path()), m_lock(root.curatorLock())
{
    m_lock.setStaleLockTime(0);  // a killed curator leaves a lock its dead pid proves stale
}

bool CuratorLock::tryLock(int timeoutMs)
{
    bool locked = m_lock.tryLock(timeoutMs);
    qint64 pid = 0;
    QString host, app;
    if (!locked && m_lock.error() == QLockFile::LockFailedError &&
        !m_lock.getLockInfo(&pid, &host, &app)) {
        // An empty lock: its maker was killed between creating and writing it (`timeoutMs`
        // ago at least).
        m_lock.removeStaleLockFile();
        locked = m_lock.tryLock(0);
    }
    if (!locked && m_lock.error() != QLockFile::LockFailedError) {
        m_error = QStringLiteral(
                      "cannot write in %1 (is the disk full or read-only?); free some space or "
                      "check the disk and its permissions. The current release is unchanged.")
                      .arg(m_rootPath);
        return false;
    }
    if (!locked) {
        m_error = QStringLiteral(
                      "another asean-catalogue (process %1 on %2) is working on %3; wait for it "
                      "to finish.")
                      .arg(pid)
                      .arg(host, m_rootPath);
        return false;
    }
    return true;
}
