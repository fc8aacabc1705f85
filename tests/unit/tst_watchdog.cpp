// The systemd watchdog: READY after the first frame, pings only while frames are presented,
// silence while the GUI thread is blocked, and real datagrams on a NOTIFY_SOCKET.
#include "notifysocket.h"
#include "watchdog.h"

#include <unistd.h>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestWatchdog : public QObject {
    Q_OBJECT

private slots:
    void pingsOnlyWhileFramesArePresented()
    {
        QQuickWindow window;
        window.resize(320, 240);
        QList<QByteArray> sent;
        Watchdog watchdog(
            &window, [&sent](const QByteArray &s) { sent << s; }, 100);
        window.show();
        QTRY_VERIFY(sent.contains("READY=1"));
        // An idle window still renders the frame each tick asks for, so pings keep coming.
        QTRY_VERIFY_WITH_TIMEOUT(watchdog.pings() >= 5, 5000);
        QCOMPARE(sent.count("READY=1"), 1);

        // A blocked GUI thread: no pings for as long as it lasts.
        const int before = watchdog.pings();
        QThread::msleep(800);
        QCOMPARE(watchdog.pings(), before);
        QTRY_VERIFY_WITH_TIMEOUT(watchdog.pings() > before, 3000);

        // A window that cannot present (hidden) stops the pings after the last frame.
        window.hide();
        QTest::qWait(300);
        const int hidden = watchdog.pings();
        QTest::qWait(600);
        QCOMPARE(watchdog.pings(), hidden);
    }

    void speaksTheSystemdProtocol()
    {
        QTemporaryDir dir;
        NotifySocket socket(dir.filePath(QStringLiteral("notify")));
        QVERIFY(socket.isBound());
        qputenv("NOTIFY_SOCKET", socket.path());
        qputenv("WATCHDOG_USEC", "400000");
        qputenv("WATCHDOG_PID", QByteArray::number(qint64(::getpid())));
        QCOMPARE(Watchdog::systemdInterval(), 200);

        QQuickWindow window;
        window.resize(200, 200);
        Watchdog watchdog(&window);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(watchdog.pings() >= 2, 5000);
        const QByteArrayList received = socket.received();
        qunsetenv("NOTIFY_SOCKET");
        QVERIFY2(received.contains("READY=1"), received.join(' ').constData());
        QVERIFY2(received.contains("WATCHDOG=1"), received.join(' ').constData());
    }

    void noSystemdNoPings()
    {
        qunsetenv("WATCHDOG_USEC");
        QCOMPARE(Watchdog::systemdInterval(), 0);
    }
};

QTEST_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
