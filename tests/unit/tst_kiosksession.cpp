// The kiosk program started in-process: kiosk mode refuses to close and fills the screen, the
// hall file sets languages and idle time, and a broken hall file still starts the kiosk.
#include "fixture.h"
#include "kioskapp.h"
#include "kioskroot.h"
#include "languages.h"

#include <QFile>
#include <QQuickWindow>
#include <QTest>

class TestKioskSession : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    KioskOptions options(bool kiosk, const QByteArray &hallIni = {})
    {
        KioskOptions o;
        o.content = m_dir.filePath(QStringLiteral("content"));
        o.state = m_dir.filePath(QStringLiteral("state"));
        o.cache = m_dir.filePath(QStringLiteral("cache"));
        o.kiosk = kiosk;
        if (!hallIni.isNull()) {
            o.config = m_dir.filePath(QStringLiteral("hall.ini"));
            QFile file(o.config);
            file.open(QIODevice::WriteOnly);
            file.write(hallIni);
        }
        return o;
    }

private slots:
    void kioskModeCannotBeClosed()
    {
        QString error;
        auto session = KioskSession::start(options(true), &error);
        QVERIFY2(session, qPrintable(error));
        QQuickWindow *window = session->window();
        QTRY_VERIFY(window->isExposed());
        QCOMPARE(window->visibility(), QWindow::FullScreen);
        QVERIFY(window->flags() & Qt::FramelessWindowHint);
        QVERIFY(session->root().hall()->kioskMode());
        window->close();
        QTest::qWait(100);
        QVERIFY(window->isVisible());
    }

    void anOrdinaryWindowCloses()
    {
        QString error;
        auto session = KioskSession::start(options(false), &error);
        QVERIFY2(session, qPrintable(error));
        QTRY_VERIFY(session->window()->isExposed());
        session->window()->close();
        QTRY_VERIFY(!session->window()->isVisible());
    }

    void theHallFileSetsLanguagesAndIdleTime()
    {
        QString error;
        auto session = KioskSession::start(
            options(true, "[languages]\noffered=en, ko, th\ndefault=th\n[idle]\nseconds=45\n"),
            &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->root().languages()->offered(), (QStringList{"en", "ko", "th"}));
        QCOMPARE(session->root().languages()->hallDefault(), QStringLiteral("th"));
        QCOMPARE(session->root().languages()->current(), QStringLiteral("th"));
        QCOMPARE(session->root().hall()->idleSeconds(), 45);
    }

    void aBrokenHallFileStillStarts()
    {
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("idle/seconds")));
        auto session = KioskSession::start(options(true, "[idle]\nseconds=soon\n\x01\x02"), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->root().hall()->idleSeconds(), 90);
        QCOMPARE(session->root().languages()->hallDefault(), QStringLiteral("ko"));
    }

    // No hall file: the defaults docs/hall-config.md shows, the same as a file that names none
    // (every language offered, Korean first), not a demo's own.
    void withoutAHallFileEveryLanguageIsOfferedInKoreanFirst()
    {
        QString error;
        auto session = KioskSession::start(options(true), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->root().languages()->offered(), Languages::all());
        QCOMPARE(session->root().languages()->hallDefault(), QStringLiteral("ko"));
        QCOMPARE(session->root().languages()->current(), QStringLiteral("ko"));
        auto withFile = KioskSession::start(options(true, "[hall]\nname=Seoul\n"), &error);
        QVERIFY2(withFile, qPrintable(error));
        QCOMPARE(withFile->root().languages()->offered(), Languages::all());
    }

    // A state folder the kiosk cannot write (here a file stands where it should be made; on a
    // hall PC a read-only or full disk): the kiosk still shows the content, and staff, status
    // and the log say plainly that crash recovery and status are off, and why.
    void aStateFolderItCannotWriteIsSaidPlainly()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        KioskOptions o = options(false);
        o.state = blocker.fileName() + QStringLiteral("/state");
        QString error;
        QTest::ignoreMessage(
            QtCriticalMsg, QRegularExpression(QStringLiteral("crash recovery and status are off")));
        auto session = KioskSession::start(o, &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->root().releases()->shown(), 1);
        const KioskFacts facts = session->root().staff()->facts();
        QVERIFY2(facts.stateError.contains(o.state), qPrintable(facts.stateError));
        QVERIFY2(facts.stateError.contains(QLatin1String("--state")), qPrintable(facts.stateError));
        QCOMPARE(facts.toStatus().value(QStringLiteral("state_error")).toString(),
                 facts.stateError);
    }
};

QTEST_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
