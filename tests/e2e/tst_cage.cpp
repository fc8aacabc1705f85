// The kiosk as a hall PC runs it (debian/asean-kiosk.service): full screen under the cage
// Wayland compositor, on Qt's Wayland platform, as a user who owns nothing but its state and
// cache. wlroots' headless backend stands in for the screen. Needs root to switch user, as CI
// runs.
#include "contentroot.h"
#include "fixture.h"
#include "importer.h"
#include "kioskrun.h"
#include "publisher.h"

#include <pwd.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A folder only `user` can write, as systemd's StateDirectory= makes one.
    static bool makeOwned(const QString &path, const passwd *user)
    {
        return QDir().mkpath(path) &&
               ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
    }

private slots:
    void theAttractLoopShowsUnderCageAsAnUnprivilegedUser()
    {
        if (::geteuid() != 0)
            QSKIP("switching to an unprivileged user needs root (CI runs as root)");
        const passwd *nobody = ::getpwnam("nobody");
        QVERIFY(nobody);
        // The kiosk's user must reach its folders, and only read the content (root's).
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                        QFile::ExeOwner | QFile::ReadOther |
                                                        QFile::ExeOther | QFile::ReadGroup |
                                                        QFile::ExeGroup));
        const ContentRoot content(m_dir.filePath(QStringLiteral("content")));
        QVERIFY(Importer(content).importManifest(demoManifest()).ok());
        QVERIFY(Publisher(content).publish(QStringLiteral("demo")).ok);
        const QString runtime = m_dir.filePath(QStringLiteral("run"));
        const QString state = m_dir.filePath(QStringLiteral("state"));
        const QString cache = m_dir.filePath(QStringLiteral("cache"));
        const QString shots = m_dir.filePath(QStringLiteral("shots"));
        for (const QString &owned : {runtime, state, cache, shots})
            QVERIFY(makeOwned(owned, nobody));
        QVERIFY(
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QProcess cage;
        cage.setProcessChannelMode(QProcess::MergedChannels);
        cage.start(QStringLiteral("runuser"), {QStringLiteral("-u"),
                                               QStringLiteral("nobody"),
                                               QStringLiteral("--"),
                                               QStringLiteral("env"),
                                               QStringLiteral("-i"),
                                               QStringLiteral("PATH=/usr/bin:/bin"),
                                               QStringLiteral("HOME=") + state,
                                               QStringLiteral("XDG_RUNTIME_DIR=") + runtime,
                                               QStringLiteral("WLR_BACKENDS=headless"),
                                               QStringLiteral("WLR_RENDERER=pixman"),
                                               QStringLiteral("WLR_LIBINPUT_NO_DEVICES=1"),
                                               QStringLiteral("QT_QPA_PLATFORM=wayland"),
                                               QStringLiteral("cage"),
                                               QStringLiteral("-d"),
                                               QStringLiteral("--"),
                                               QStringLiteral(ASEAN_KIOSK_BIN),
                                               QStringLiteral("--kiosk"),
                                               QStringLiteral("--content"),
                                               content.path(),
                                               QStringLiteral("--state"),
                                               state,
                                               QStringLiteral("--cache"),
                                               cache,
                                               QStringLiteral("--open"),
                                               QStringLiteral("attract"),
                                               QStringLiteral("--screenshot"),
                                               shots + QStringLiteral("/attract.png")});
        QVERIFY(cage.waitForFinished(300000));
        const QString output = QString::fromUtf8(cage.readAll());
        QVERIFY2(output.contains(QLatin1String("first frame presented")), qPrintable(output));

        // Full screen on cage's one output (wlroots' headless output is 1280x720), with the
        // attract loop's photo drawn: its soft demo paintings gave 381 sampled colours, a
        // flat or black screen gives a handful.
        const QImage shot(shots + QStringLiteral("/attract.png"));
        QCOMPARE(shot.size(), QSize(1280, 720));
        QVERIFY2(KioskRun::distinctColours(shot) > 100,
                 qPrintable(QString::number(KioskRun::distinctColours(shot))));
        // Its own state, written as that user.
        QVERIFY(QFile::exists(state + QStringLiteral("/status.json")));
        QVERIFY(QFile::exists(state + QStringLiteral("/metrics/asean_kiosk.prom")));
    }
};

QTEST_GUILESS_MAIN(TestCage)
#include "tst_cage.moc"
