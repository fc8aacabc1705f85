// The visit's access choices (issue 14): the hall's defaults for every visit, a visitor's
// changes and the reset that ends them; and a visitor's call for staff, with its command and
// its place in status.json.
#include "accessibility.h"
#include "hallconfig.h"
#include "kioskfacts.h"
#include "staff.h"
#include "staffcall.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAccess : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeIni(const QByteArray &text)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("hall%1.ini").arg(n++));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text);
        return path;
    }

private slots:
    void theHallFileTurnsChoicesOnForEveryVisit()
    {
        const HallConfig config = HallConfig::load(
            writeIni("[access]\ntext_scale=150\nhigh_contrast=true\nlow_reach=on\n"
                     "more_time=true\n[staff]\ncall=/usr/local/bin/ring-bell --twice\n"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join('\n')));
        QCOMPARE(config.access.textScale, 150);
        QVERIFY(config.access.highContrast);
        QVERIFY(config.access.lowReach);
        QVERIFY(!config.access.reducedMotion);
        QVERIFY(config.access.moreTime);
        QCOMPARE(config.staffCallCommand, QStringLiteral("/usr/local/bin/ring-bell --twice"));
        QVERIFY2(config.summary().join('\n').contains(
                     QLatin1String("text 150 %, high contrast, within reach, more time")),
                 qPrintable(config.summary().join('\n')));
    }

    void brokenAccessSettingsKeepTheDefaults_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("size between")
            << QByteArray("[access]\ntext_scale=175\n") << "access/text_scale";
        QTest::newRow("size too big")
            << QByteArray("[access]\ntext_scale=400\n") << "access/text_scale";
        QTest::newRow("contrast words")
            << QByteArray("[access]\nhigh_contrast=maybe\n") << "access/high_contrast";
    }

    void brokenAccessSettingsKeepTheDefaults()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        const HallConfig config = HallConfig::load(writeIni(ini));
        QVERIFY2(config.problems.join('\n').contains(key), qPrintable(config.problems.join('\n')));
        QCOMPARE(config.access.textScale, 100);
        QVERIFY(!config.access.highContrast);
    }

    void aVisitorsChoicesLastUntilTheResetReturnsTheHalls()
    {
        Accessibility access;
        AccessChoices hall;
        hall.reducedMotion = true;
        hall.textScale = 150;
        access.setDefaults(hall);
        QCOMPARE(access.textScale(), 150);
        QVERIFY(access.reducedMotion());
        QSignalSpy changed(&access, &Accessibility::changed);
        access.setTextScale(200);
        access.setHighContrast(true);
        access.setLowReach(true);
        access.setMoreTime(true);
        access.setReducedMotion(false);
        QCOMPARE(changed.size(), 5);
        QCOMPARE(access.textScale(), 200);
        QVERIFY(access.highContrast() && access.lowReach() && access.moreTime());
        access.setTextScale(175);  // not a size the panel offers
        QCOMPARE(access.textScale(), 200);
        access.reset();
        QCOMPARE(access.textScale(), 150);
        QVERIFY(!access.highContrast());
        QVERIFY(!access.lowReach());
        QVERIFY(!access.moreTime());
        QVERIFY(access.reducedMotion());
        QCOMPARE(changed.size(), 6);
    }

    // Voice guidance (issue 15): on for every visit from the hall file, with its volume, rate
    // and keys; a visitor's voice choices end with the visit like the others.
    void voiceFromTheHallFileAndForTheVisit()
    {
        const HallConfig config = HallConfig::load(
            writeIni("[access]\nvoice=true\nvoice_volume=100\nvoice_rate=-40\n"
                     "[voice]\nkey=F2\nrepeat_key=Ctrl+R\nstop_key=Nonsense Key\n"));
        QVERIFY(config.access.voice);
        QCOMPARE(config.access.voiceVolume, 100);
        QCOMPARE(config.access.voiceRate, -40);
        QCOMPARE(config.voiceKeys.toggle, QStringLiteral("F2"));
        QCOMPARE(config.voiceKeys.repeat, QStringLiteral("Ctrl+R"));
        QCOMPARE(config.voiceKeys.stop, QStringLiteral("F11"));
        QCOMPARE(config.problems.size(), 1);
        QVERIFY2(config.problems.first().contains(QLatin1String("voice/stop_key")),
                 qPrintable(config.problems.first()));
        const HallConfig broken =
            HallConfig::load(writeIni("[access]\nvoice_volume=50\nvoice_rate=fast\n"));
        QCOMPARE(broken.problems.size(), 2);
        QCOMPARE(broken.access.voiceVolume, 70);
        QCOMPARE(broken.access.voiceRate, 0);

        Accessibility access;
        access.setDefaults(config.access);
        access.setVoice(false);
        access.setVoiceVolume(40);
        access.setVoiceRate(40);
        access.setVoiceStandIn(QStringLiteral("ko"));
        access.setVoiceStandIn(QStringLiteral("km"));  // no voice to stand in with
        access.setVoiceVolume(55);                     // not a volume the panel offers
        QCOMPARE(access.voiceStandIn(), QStringLiteral("ko"));
        QCOMPARE(access.voiceVolume(), 40);
        access.reset();
        QVERIFY(access.voice());
        QCOMPARE(access.voiceVolume(), 100);
        QCOMPARE(access.voiceRate(), -40);
        QCOMPARE(access.voiceStandIn(), QString());
    }

    void moreTimeTriplesIdleTimes()
    {
        Accessibility access;
        QCOMPARE(access.idleFactor(), 1);
        access.setMoreTime(true);
        QCOMPARE(access.idleFactor(), 3);
    }

    // The call is logged, kept with its time for staff and monitoring, and runs the hall's
    // command; a second press within the minute is the same call.
    void aCallForStaffIsMadeOncePerMinute()
    {
        const QString rang = m_dir.filePath(QStringLiteral("rang"));
        StaffCall call;
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-29T14:05:09"), Qt::ISODate);
        call.setClock([&now] { return now; });
        call.setCommand(QStringLiteral("/bin/sh -c \"echo ring >> '%1'\"").arg(rang));
        Staff staff;
        staff.setStaffCall(&call);
        QVERIFY(staff.facts().staffCalledAt().isEmpty());
        QSignalSpy called(&call, &StaffCall::called);
        QTest::ignoreMessage(QtWarningMsg, "a visitor called staff");
        QVERIFY(call.call());
        QCOMPARE(staff.facts().staffCalledAt(), QStringLiteral("2026-11-29 14:05:09"));
        QCOMPARE(staff.facts().toStatus().value(QStringLiteral("staff_called_at")).toString(),
                 QStringLiteral("2026-11-29T14:05:09"));
        now = now.addSecs(59);
        QVERIFY(!call.call());
        QCOMPARE(called.size(), 1);
        QTRY_COMPARE(QFile(rang).size(), 5);
        now = now.addSecs(1);
        QTest::ignoreMessage(QtWarningMsg, "a visitor called staff");
        QVERIFY(call.call());
        QCOMPARE(called.size(), 2);
        QCOMPARE(staff.facts().staffCalledAt(), QStringLiteral("2026-11-29 14:06:09"));
        QTRY_COMPARE(QFile(rang).size(), 10);
    }

    // The visitor hears nothing of it; staff find it in the log.
    void aFailingCallCommandIsLoggedForStaff_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("logged");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/ring-bell")
                                 << "the staff call command could not be run: "
                                    "/nonexistent/ring-bell";
        QTest::newRow("failing") << QStringLiteral("/bin/sh -c \"echo no bell; exit 3\"")
                                 << "the staff call command failed: /bin/sh -c \"echo no bell; "
                                    "exit 3\" - exit code 3 no bell";
    }

    void aFailingCallCommandIsLoggedForStaff()
    {
        QFETCH(QString, command);
        QFETCH(QString, logged);
        StaffCall call;
        call.setCommand(command);
        QTest::ignoreMessage(QtWarningMsg, "a visitor called staff");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(logged)));
        QVERIFY(call.call());
        QTRY_VERIFY(call.findChildren<QObject *>().isEmpty());  // the process has ended
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
