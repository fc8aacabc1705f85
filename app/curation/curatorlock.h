#pragma once
// The content root's curator lock (<content>/.curator.lock): whatever writes to a content root
// (import, publish, roll back, prune) holds it, so two curators, or a curator and a scheduled
// job, never interleave an import and a publish.
//
// It is an flock(2) on that file, not a QLockFile: the kernel lets go of it the moment its
// holder dies, however it dies. A QLockFile left by a SIGKILLed curator has to be proved stale
// by its pid, and a curator killed while removing such a lock left an empty helper lock that
// blocked every import for 30 s (tests/unit/tst_cli.cpp, "killed while removing a stale
// lock"). The file stays; only the lock on it comes and goes. Its text (pid, host) is only for
// the message another curator sees.

#include <QString>

class ContentRoot;

class CuratorLock {
public:
    explicit CuratorLock(const ContentRoot &root);
    ~CuratorLock();
    CuratorLock(const CuratorLock &) = delete;
    CuratorLock &operator=(const CuratorLock &) = delete;

    // Waits up to `timeoutMs` for the lock; false with errorString() (a sentence that says
    // what to do) when another curator holds it or the content root cannot be written.
    bool tryLock(int timeoutMs = 2000);
    QString errorString() const { return m_error; }

private:
    QString holder() const;

    QString m_rootPath;
    QString m_lockPath;
    int m_fd = -1;
    QString m_error;
};
