#pragma once
// Notices when curators (or a file sync) make another release current, and checks it in the
// background before anyone may show it: every media file present with its size (else it has
// not fully arrived, and is looked at again later), then every checksum and quick_check (else
// it is damaged, and refused until its files change). The kiosk switches to a release this
// reports ready only at an idle moment (see LiveReleases::applyPending).

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

class ReleaseWatch : public QObject {
    Q_OBJECT

public:
    explicit ReleaseWatch(QObject *parent = nullptr);
    ~ReleaseWatch() override;

    // Starts watching the content root; `shown` is the release on screen.
    void watch(const QString &rootPath, int shown);
    void setShown(int number) { m_shown = number; }
    // Staff asked to reload: look at a refused release again even if its files look the same.
    void forgetRefusal() { m_refusedSignature.clear(); }
    // The backstop for file systems and syncs that send no notifications (default one minute).
    void setCheckInterval(int ms) { m_periodic.setInterval(ms); }

    struct Verdict {
        int number = 0;
        enum class Kind { Ready, Incomplete, Damaged } kind = Kind::Ready;
        QString reason;
        QString signature;
    };
    // The check itself, run off the GUI thread.
    static Verdict verify(const QString &rootPath, int number);

public slots:
    void check();

signals:
    void releaseReady(int number);
    void releaseRefused(int number, const QString &reason);

private:
    void finished();

    QString m_root;
    int m_shown = 0;
    int m_ready = 0;
    QString m_refusedSignature;  // number + files of the release last found damaged
    QString m_incompleteReason;  // said once per release while it arrives
    QFileSystemWatcher m_files;
    QTimer m_settle;  // a sync touches many files: check once it pauses
    QTimer m_periodic;
    QFutureWatcher<Verdict> m_verifying;
};
