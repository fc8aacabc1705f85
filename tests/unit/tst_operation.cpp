// Unattended operation's pure logic: opening hours at their edges, the hall configuration with
// broken files, and the staff PIN's hashing and lock-out.
#include "hallconfig.h"
#include "languages.h"
#include "openinghours.h"
#include "pinlock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

OpeningHours::Span span(const char *open, const char *close)
{
    return {QTime::fromString(QLatin1String(open), QStringLiteral("HH:mm")),
            QTime::fromString(QLatin1String(close), QStringLiteral("HH:mm"))};
}

}  // namespace

class TestOperation : public QObject {
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
    void hoursAtTheirEdges()
    {
        OpeningHours hours;
        // 2026-11-23 is a Monday.
        hours.setDay(1, {span("10:00", "18:00")});
        hours.setDay(2, {span("10:00", "12:00"), span("13:00", "18:00")});
        hours.setDay(5, {span("20:00", "02:00")});  // Friday night, into Saturday
        hours.addClosedDate(QDate(2026, 11, 30));   // a closed Monday

        QVERIFY(!hours.isOpen(at("2026-11-23T09:59:59")));
        QVERIFY(hours.isOpen(at("2026-11-23T10:00:00")));
        QVERIFY(hours.isOpen(at("2026-11-23T17:59:59")));
        QVERIFY(!hours.isOpen(at("2026-11-23T18:00:00")));
        QVERIFY(!hours.isOpen(at("2026-11-24T12:30:00")));  // lunch
        QVERIFY(hours.isOpen(at("2026-11-27T23:59:59")));
        QVERIFY(hours.isOpen(at("2026-11-28T00:00:00")));  // past midnight, still Friday's span
        QVERIFY(hours.isOpen(at("2026-11-28T01:59:00")));
        QVERIFY(!hours.isOpen(at("2026-11-28T02:00:00")));
        QVERIFY(!hours.isOpen(at("2026-11-25T12:00:00")));  // a day with no hours
        QVERIFY(!hours.isOpen(at("2026-11-30T12:00:00")));  // closed date

        QCOMPARE(hours.nextChange(at("2026-11-23T09:00:00")), at("2026-11-23T10:00:00"));
        QCOMPARE(hours.nextChange(at("2026-11-23T12:00:00")), at("2026-11-23T18:00:00"));
        QCOMPARE(hours.nextChange(at("2026-11-24T11:00:00")), at("2026-11-24T12:00:00"));
        QCOMPARE(hours.nextChange(at("2026-11-24T12:00:00")), at("2026-11-24T13:00:00"));
        QCOMPARE(hours.nextChange(at("2026-11-24T18:00:00")), at("2026-11-27T20:00:00"));
        QCOMPARE(hours.nextChange(at("2026-11-27T23:00:00")), at("2026-11-28T02:00:00"));
        // From Saturday the next opening skips Sunday (no hours) and the closed Monday.
        QCOMPARE(hours.nextChange(at("2026-11-28T03:00:00")), at("2026-12-01T10:00:00"));
    }

    // Staff read the hours in the panel: a hall open day and night says so, not seven spans of
    // "00:00-00:00".
    void hoursReadAsStaffSayThem()
    {
        QCOMPARE(OpeningHours::alwaysOpen().describe(), QStringLiteral("always open"));
        OpeningHours christmas = OpeningHours::alwaysOpen();
        christmas.addClosedDate(QDate(2026, 12, 25));
        QCOMPARE(christmas.describe(), QStringLiteral("always open; closed 2026-12-25"));
        QCOMPARE(OpeningHours::everyDay(QTime(10, 0), QTime(18, 0)).describe(),
                 QStringLiteral("every day 10:00-18:00"));
        OpeningHours week = OpeningHours::everyDay(QTime(0, 0), QTime(0, 0));
        week.setDay(1, {span("10:00", "12:00"), span("13:00", "18:00")});
        week.setDay(2, {});
        QCOMPARE(week.describe(), QStringLiteral("mon 10:00-12:00,13:00-18:00; tue closed; wed "
                                                 "all day; thu all day; fri all day; sat all "
                                                 "day; sun all day"));
    }

    void hoursNeverOpen()
    {
        OpeningHours closed;
        QVERIFY(!closed.isOpen(at("2026-11-23T12:00:00")));
        QVERIFY(!closed.nextChange(at("2026-11-23T12:00:00")).isValid());
    }

    void parsesDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("spans");
        QTest::newRow("one") << "10:00-18:00" << true << 1;
        QTest::newRow("two") << "10:00-12:00, 13:00-18:00" << true << 2;
        QTest::newRow("overnight") << "20:00-02:00" << true << 1;
        QTest::newRow("to midnight") << "18:00-24:00" << true << 1;
        QTest::newRow("closed") << "" << true << 0;
        QTest::newRow("words") << "all day" << false << 0;
        QTest::newRow("bad time") << "10:00-25:00" << false << 0;
    }

    void parsesDays()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, spans);
        QList<OpeningHours::Span> parsed;
        QString error;
        QCOMPARE(OpeningHours::parseDay(text, &parsed, &error), ok);
        if (ok)
            QCOMPARE(parsed.size(), spans);
        else
            QVERIFY(error.contains(QLatin1String("10:00-18:00")));
    }

    void readsAHallFile()
    {
        const HallConfig config = HallConfig::load(writeIni(
            "[hall]\nname=Jeju\nid=jeju\ncontent=/srv/asean\n[languages]\noffered=ko, en, th, "
            "km\ndefault=en\n"
            "[idle]\nseconds=45\n[hours]\nmonday=\ntuesday=10:00-18:00\nwednesday=10:00-12:00, "
            "13:00-18:00\n"
            "closed=2026-12-25, 2027-01-01\n[display]\noff_command=xset dpms force off\n"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join('\n')));
        QCOMPARE(config.hallName, QStringLiteral("Jeju"));
        QCOMPARE(config.hallId, QStringLiteral("jeju"));  // the catalogue's halls name it so
        QCOMPARE(config.contentRoot, QStringLiteral("/srv/asean"));
        QCOMPARE(config.languages, (QStringList{"ko", "en", "th", "km"}));
        QCOMPARE(config.defaultLanguage, QStringLiteral("en"));
        QCOMPARE(config.idleSeconds, 45);
        QVERIFY(!config.hours.isOpen(at("2026-11-23T12:00:00")));  // Monday: closed
        QVERIFY(config.hours.isOpen(at("2026-11-24T12:00:00")));
        QVERIFY(!config.hours.isOpen(at("2026-11-25T12:30:00")));
        QVERIFY(!config.hours.isOpen(at("2026-12-25T12:00:00")));  // a Friday, closed date
        QCOMPARE(config.displayOffCommand, QStringLiteral("xset dpms force off"));
        const RecoveryPolicy defaults;
        QCOMPARE(config.recovery.crashes, defaults.crashes);
        QCOMPARE(config.recovery.provenSeconds, 600);
        const HallConfig quick = HallConfig::load(
            writeIni("[recovery]\ncrashes=2\nwindow_seconds=60\nproven_seconds=5\n"));
        QVERIFY2(quick.problems.isEmpty(), qPrintable(quick.problems.join('\n')));
        QCOMPARE(quick.recovery.crashes, 2);
        QCOMPARE(quick.recovery.windowSeconds, 60);
        QCOMPARE(quick.recovery.provenSeconds, 5);
    }

    void brokenHallFilesFallBackToDefaults_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown language")
            << QByteArray("[languages]\noffered=ko, xx\n") << "languages/offered";
        QTest::newRow("default not offered")
            << QByteArray("[languages]\noffered=ko\ndefault=th\n") << "languages/default";
        QTest::newRow("idle words") << QByteArray("[idle]\nseconds=soon\n") << "idle/seconds";
        QTest::newRow("idle too short") << QByteArray("[idle]\nseconds=2\n") << "idle/seconds";
        QTest::newRow("recovery zero crashes")
            << QByteArray("[recovery]\ncrashes=0\n") << "recovery/crashes";
        QTest::newRow("recovery window words")
            << QByteArray("[recovery]\nwindow_seconds=ten\n") << "recovery/window_seconds";
        QTest::newRow("bad hours") << QByteArray("[hours]\nmonday=morning\n") << "hours/monday";
        QTest::newRow("bad closed date")
            << QByteArray("[hours]\nmonday=10:00-18:00\nclosed=Christmas\n") << "hours/closed";
        QTest::newRow("hall id in capitals") << QByteArray("[hall]\nid=Seoul\n") << "hall/id";
        QTest::newRow("binary junk") << QByteArray("\x00\x01\x02[[[=\xff\xfe", 10) << "";
    }

    void brokenHallFilesFallBackToDefaults()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, expected);
        const HallConfig config = HallConfig::load(writeIni(ini));
        const HallConfig defaults;
        if (!expected.isEmpty()) {
            QVERIFY(!config.problems.isEmpty());
            QVERIFY2(config.problems.join('\n').contains(expected),
                     qPrintable(config.problems.join('\n')));
        }
        QVERIFY(Languages::isKnown(config.defaultLanguage));
        QVERIFY(config.languages.contains(config.defaultLanguage));
        QVERIFY(config.idleSeconds >= 10);
        if (expected == QLatin1String("idle/seconds"))
            QCOMPARE(config.idleSeconds, defaults.idleSeconds);
        if (expected.startsWith(QLatin1String("recovery/"))) {
            QCOMPARE(config.recovery.crashes, defaults.recovery.crashes);
            QCOMPARE(config.recovery.windowSeconds, defaults.recovery.windowSeconds);
        }
        if (expected == QLatin1String("hall/id"))
            QCOMPARE(config.hallId, QString());  // none: only entries for every hall show
        if (expected == QLatin1String("hours/monday"))
            QVERIFY(config.hours.isOpen(at("2026-11-23T03:00:00")));  // the default: always open
    }

    void aMissingHallFileIsNotAnError()
    {
        const HallConfig config = HallConfig::load(m_dir.filePath(QStringLiteral("absent.ini")));
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(config.problems.first().contains(QLatin1String("was not found")));
        QCOMPARE(config.defaultLanguage, QStringLiteral("ko"));
        QCOMPARE(config.idleSeconds, 90);
    }

    void pinIsStoredOnlyAsASaltedSlowHash()
    {
        const QString a = Pin::hash(QStringLiteral("2468"));
        const QString b = Pin::hash(QStringLiteral("2468"));
        QVERIFY(a != b);  // salted
        QVERIFY(!a.contains(QLatin1String("2468")));
        QVERIFY(a.startsWith(QLatin1String("pbkdf2-sha256$120000$")));
        QVERIFY(Pin::verify(QStringLiteral("2468"), a));
        QVERIFY(!Pin::verify(QStringLiteral("2469"), a));
        QVERIFY(!Pin::verify(QStringLiteral("2468"), QStringLiteral("plain")));
        QVERIFY(!Pin::verify(QStringLiteral("2468"), QStringLiteral("pbkdf2-sha256$1$AA==$AA==")));
        // Slow on purpose: a guess costs real time.
        QElapsedTimer timer;
        timer.start();
        Pin::verify(QStringLiteral("0000"), a);
        QVERIFY2(timer.elapsed() >= 5, qPrintable(QString::number(timer.elapsed())));
        for (const char *fine : {"2468", "1357", "2580", "246813", "9021"})
            QVERIFY2(Pin::problem(QLatin1String(fine)).isEmpty(), fine);
        // Too short, not digits, and the first ones anyone tries at a locked panel.
        const QList<std::pair<const char *, const char *>> refused = {
            {"12", "not 4 to 12 digits"},         {"12ab", "not 4 to 12 digits"},
            {"0000", "one digit repeated"},       {"777777", "one digit repeated"},
            {"1234", "a run of digits"},          {"9876", "a run of digits"},
            {"1212", "a pair of digits repeated"}};
        for (const auto &[pin, why] : refused)
            QVERIFY2(Pin::problem(QLatin1String(pin)).startsWith(QLatin1String(why)), pin);
    }

    void fiveWrongPinsLockThePadForFiveMinutes()
    {
        PinLock lock(Pin::hash(QStringLiteral("2468"), 2000));
        const QDateTime t0 = at("2026-11-23T10:00:00");
        for (int i = 0; i < 4; ++i)
            QCOMPARE(lock.attempt(QStringLiteral("1111"), t0), PinLock::Result::Wrong);
        QCOMPARE(lock.triesLeft(), 1);
        QCOMPARE(lock.attempt(QStringLiteral("1111"), t0), PinLock::Result::Locked);
        // Even the right PIN is refused while locked.
        QCOMPARE(lock.attempt(QStringLiteral("2468"), t0.addSecs(299)), PinLock::Result::Locked);
        QCOMPARE(lock.lockedUntil(), t0.addSecs(300));
        QCOMPARE(lock.attempt(QStringLiteral("2468"), t0.addSecs(300)), PinLock::Result::Accepted);
        QCOMPARE(lock.triesLeft(), 5);
        QCOMPARE(PinLock(QString()).attempt(QStringLiteral("2468"), t0), PinLock::Result::NoPinSet);
    }

    // Guards that the right PIN clears earlier wrong tries: one mistype a day never locks.
    void theRightPinForgetsWrongTries()
    {
        PinLock lock(Pin::hash(QStringLiteral("2468"), 2000));
        const QDateTime t0 = at("2026-11-23T09:30:00");
        for (int day = 1; day <= 2 * PinLock::kMaxTries; ++day) {
            const QDateTime morning = t0.addDays(day);
            QVERIFY2(
                lock.attempt(QStringLiteral("2469"), morning) == PinLock::Result::Wrong,
                qPrintable(QStringLiteral("one mistype a day locked the pad on day %1").arg(day)));
            QVERIFY(lock.attempt(QStringLiteral("2468"), morning.addSecs(5)) ==
                    PinLock::Result::Accepted);
        }
        QCOMPARE(lock.triesLeft(), PinLock::kMaxTries);
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
