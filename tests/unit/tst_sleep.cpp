// Sleeping outside opening hours: the state follows the clock, the timer is armed for the next
// change, and the hall's display commands run at each change.
#include "openinghours.h"
#include "sleepschedule.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSleep : public QObject {
    Q_OBJECT

private slots:
    void followsTheHoursAndRunsTheDisplayCommands()
    {
        QTemporaryDir dir;
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-23T17:59:58"), Qt::ISODate);
        SleepSchedule schedule;
        schedule.setClock([&now] { return now; });
        QSignalSpy changed(&schedule, &SleepSchedule::asleepChanged);
        const QString off = dir.filePath(QStringLiteral("off"));
        const QString on = dir.filePath(QStringLiteral("on"));
        schedule.configure(OpeningHours::everyDay(QTime(10, 0), QTime(18, 0)),
                           QStringLiteral("touch ") + off, QStringLiteral("touch ") + on);
        QVERIFY(!schedule.asleep());
        QCOMPARE(changed.count(), 0);
        // Armed for closing time, two seconds away (the timer rounds to whole seconds).
        QVERIFY2(qAbs(schedule.msUntilNextCheck() - 2000) <= 1000,
                 qPrintable(QString::number(schedule.msUntilNextCheck())));

        now = now.addSecs(2);
        schedule.update();
        QVERIFY(schedule.asleep());
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(QFile::exists(off));
        QVERIFY(!QFile::exists(on));
        // Night: the next check is at most an hour away, so a changed clock is noticed.
        QVERIFY(schedule.msUntilNextCheck() <= 3601 * 1000);

        now = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00"), Qt::ISODate);
        schedule.update();
        QVERIFY(!schedule.asleep());
        QCOMPARE(changed.count(), 2);
        QTRY_VERIFY(QFile::exists(on));
    }

    // Guards the next change seen from after midnight inside a span that began the day before:
    // it is that span's close, not a later one.
    void afterMidnightInAnOvernightSpanTheCloseIsNext()
    {
        OpeningHours hours;
        hours.setDay(5, {{QTime(20, 0), QTime(2, 0)}});  // Friday night, into Saturday
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-28T01:59:58"), Qt::ISODate);
        QCOMPARE(hours.nextChange(now), now.addSecs(2));
        SleepSchedule schedule;
        schedule.setClock([&now] { return now; });
        schedule.configure(hours, {}, {});
        QVERIFY(!schedule.asleep());
        // Armed for 02:00, two seconds away (the timer rounds to whole seconds).
        QVERIFY2(qAbs(schedule.msUntilNextCheck() - 2000) <= 1000,
                 qPrintable(QString::number(schedule.msUntilNextCheck())));
        now = now.addSecs(2);
        schedule.update();
        QVERIFY(schedule.asleep());
    }

    void alwaysOpenNeverSleeps()
    {
        SleepSchedule schedule;
        schedule.configure(OpeningHours::everyDay(QTime(0, 0), QTime(0, 0)), {}, {});
        QVERIFY(!schedule.asleep());
    }

    void aCommandThatCannotRunIsLoggedNotFatal()
    {
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-23T20:00:00"), Qt::ISODate);
        SleepSchedule schedule;
        schedule.setClock([&now] { return now; });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be run")));
        schedule.configure(OpeningHours::everyDay(QTime(10, 0), QTime(18, 0)),
                           QStringLiteral("/nonexistent/display-off"), {});
        QVERIFY(schedule.asleep());
    }
};

QTEST_GUILESS_MAIN(TestSleep)
#include "tst_sleep.moc"
