#pragma once
// The content root's curator lock (<content>/.curator.lock): whatever writes to a content root
// (import, publish, roll back, prune) holds it, so two curators, or a curator and a scheduled
// job, never interleave an import and a publish. A lock left by a killed curator is taken
// over: its dead process proves it stale, and an empty one (killed between creating and
// writing it) is removed after the wait. The lock is released when this object dies.

#include <QLockFile>
#include <QString>

class ContentRoot;

class CuratorLock {
public:
    explicit CuratorLock(const ContentRoot &root);

    // Waits up to `timeoutMs` for the lock; false with errorString() (a sentence that says
    // what to do) when another curator holds it or the content root cannot be written.
    bool tryLock(int timeoutMs = 2000);
    QString errorString() const { return m_error; }

private:
    QString m_rootPath;
    QLockFile m_lock;
    QString m_error;
};
