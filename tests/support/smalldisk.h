#pragma once
// A really small file system for tests of full disks: a tmpfs mounted in the test's own mount
// namespace, so nothing outside the test sees it, filled to the last page on demand.

#include <QString>
#include <QTemporaryDir>

class SmallDisk {
public:
    // Call first in main(): runs the test again in a mount namespace of its own (unshare -rm,
    // root there), once, where that is possible; where it is not, SmallDisk cannot mount and
    // the tests that need one skip.
    static void enterMountNamespace(char **argv);

    explicit SmallDisk(int kilobytes = 2048);
    ~SmallDisk();

    // Empty when mounted, else why not (for QSKIP).
    QString problem() const { return m_problem; }
    QString path() const { return m_dir.path(); }

    // Fills the disk but for `spareBytes` (rounded down to whole pages, tmpfs's unit).
    bool fill(qint64 spareBytes = 0);
    // Removes what fill wrote.
    void empty();

private:
    QTemporaryDir m_dir;
    QString m_problem;
};
