// The kiosk's metrics for a fleet's node_exporter (app/kiosk/metrics.h): the facts staff see,
// in Prometheus's text format, accepted by Prometheus's own checker.
#include "kioskfacts.h"
#include "metrics.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

// The value of the sample `name` (with its labels), or NaN when it is not there.
double sample(const QByteArray &text, const QByteArray &nameAndLabels)
{
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(nameAndLabels + ' '))
            return line.mid(nameAndLabels.size() + 1).toDouble();
    return qQNaN();
}

KioskFacts someFacts()
{
    KioskFacts facts;
    facts.version = QStringLiteral("0.1.0 \"test\" \\ build");
    facts.release = 7;
    facts.currentRelease = 8;
    facts.pendingRelease = 0;
    facts.safeMode = true;
    facts.damagedMedia = 2;
    facts.contentError = QStringLiteral("release 0008 is damaged and refused");
    facts.residentMb = 250;
    facts.uptimeSeconds = 3600;
    facts.lastError = QStringLiteral("2026-11-29T10:00:00.000Z cannot decode th-muay-thai.jpg");
    facts.asleep = false;
    return facts;
}

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private slots:
    void theFactsAreTheSamples()
    {
        const QByteArray text = Metrics::text(someFacts(), 1234.5);
        QCOMPARE(sample(text, "asean_kiosk_up"), 1.0);
        QCOMPARE(sample(text, "asean_kiosk_release_shown"), 7.0);
        QCOMPARE(sample(text, "asean_kiosk_release_current"), 8.0);
        QCOMPARE(sample(text, "asean_kiosk_release_pending"), 0.0);
        QCOMPARE(sample(text, "asean_kiosk_safe_mode"), 1.0);
        QCOMPARE(sample(text, "asean_kiosk_content_problem"), 1.0);
        QCOMPARE(sample(text, "asean_kiosk_damaged_media"), 2.0);
        QCOMPARE(sample(text, "asean_kiosk_frames_per_minute"), 1234.5);
        QCOMPARE(sample(text, "asean_kiosk_resident_bytes"), 250.0 * 1024 * 1024);
        QCOMPARE(sample(text, "asean_kiosk_uptime_seconds"), 3600.0);
        QCOMPARE(sample(text, "asean_kiosk_last_error_timestamp_seconds"),
                 double(QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC).toSecsSinceEpoch()));
        QCOMPARE(sample(text, "asean_kiosk_asleep"), 0.0);
        QCOMPARE(sample(text, "asean_kiosk_state_writable"), 1.0);
        QCOMPARE(sample(text, "asean_kiosk_info{version=\"0.1.0 \\\"test\\\" \\\\ build\"}"), 1.0);
    }

    void anOrderlyEndIsDown()
    {
        QCOMPARE(sample(Metrics::text(someFacts(), 0, false), "asean_kiosk_up"), 0.0);
        QCOMPARE(sample(Metrics::text(KioskFacts{}, 0), "asean_kiosk_last_error_timestamp_seconds"),
                 0.0);
    }

    // Every sample has its HELP and TYPE, and Prometheus's checker finds nothing to say.
    void prometheusAcceptsIt()
    {
        const QByteArray text = Metrics::text(someFacts(), 60);
        const QRegularExpression sampleLine(QStringLiteral("^([a-z_]+)(\\{.*\\})? \\S+$"));
        int samples = 0;
        for (const QByteArray &line : text.split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const auto match = sampleLine.match(QString::fromUtf8(line));
            QVERIFY2(match.hasMatch(), line.constData());
            QVERIFY(text.contains("# HELP " + match.captured(1).toUtf8() + ' '));
            QVERIFY(text.contains("# TYPE " + match.captured(1).toUtf8() + " gauge\n"));
            ++samples;
        }
        QCOMPARE(samples, 14);
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool (Debian's prometheus) is installed by .ci/dev");
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        check.write(text);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
