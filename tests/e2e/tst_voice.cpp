// End to end, the real chain of voice guidance (issue 15): the kiosk with voice on, Qt
// TextToSpeech, speech-dispatcher and espeak-ng, speaking into a PulseAudio null sink that the
// test starts; the sink's monitor is recorded and must hold speech, in Korean and in Thai. The
// log tells what was said: the state's page it opened on, then home after a touch on back.
// Nothing of it may be missing: a missing program fails the test with what to install, it is
// not skipped.
#include "kioskrun.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace KioskRun;

namespace {

constexpr int kRate = 16000;  // the recording: mono, 16-bit, 16 kHz

// Seconds of the recording louder than a whisper.
double loudSeconds(const QByteArray &raw)
{
    const auto *samples = reinterpret_cast<const qint16 *>(raw.constData());
    const qsizetype count = raw.size() / 2;
    qsizetype loud = 0;
    for (qsizetype i = 0; i < count; ++i)
        loud += qAbs(int(samples[i])) > 1000;
    return double(loud) / kRate;
}

}  // namespace

class TestVoice : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        for (const char *program : {"pulseaudio", "pactl", "parec", "speech-dispatcher"})
            if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: the voice test needs pulseaudio, "
                                                "pulseaudio-utils, speech-dispatcher and "
                                                "speech-dispatcher-espeak-ng (bash .ci/dev "
                                                "installs them)")
                                     .arg(QLatin1String(program))));
        QFile hall(m_dir.filePath(QStringLiteral("hall.ini")));
        QVERIFY(hall.open(QIODevice::WriteOnly));
        hall.write("[access]\nvoice=true\n");
    }

    void speaksIntoTheSink_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");  // Thailand, as the state's page is said
        QTest::addColumn<QString>("home");  // the home screen, as it is said
        QTest::newRow("ko") << "ko" << QStringLiteral("태국")
                            << QStringLiteral("홈: 회원국과 주제.");
        QTest::newRow("th") << "th" << QStringLiteral("ไทย")
                            << QStringLiteral("หน้าหลัก: ประเทศสมาชิกและหัวข้อ");
    }
    void speaksIntoTheSink()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QFETCH(QString, home);
        const QString run = m_dir.filePath(language);
        QVERIFY(QDir().mkpath(run));
        const QString script = QStringLiteral(
            "run=$1\n"
            "export XDG_RUNTIME_DIR=\"$run/xdg\" HOME=\"$run/home\"\n"
            "mkdir -p \"$XDG_RUNTIME_DIR\" \"$HOME\" && chmod 700 \"$XDG_RUNTIME_DIR\"\n"
            "pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit --use-pid-file=no "
            "-L 'module-null-sink sink_name=kiosk' -L module-native-protocol-unix "
            "2> \"$run/pulse.log\" & pa=$!\n"
            "for i in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.2; done\n"
            "pactl set-default-sink kiosk || { echo NO SINK; cat \"$run/pulse.log\"; }\n"
            "parec -d kiosk.monitor --format=s16le --channels=1 --rate=16000 --raw "
            "> \"$run/sound.raw\" & rec=$!\n"
            "\"$0\" --config \"$2\" --content \"$3\" --language \"$4\" --open country/TH "
            "2> \"$run/kiosk.log\" & pid=$!\n"
            "wait_for_frame \"$run/kiosk.log\"\n"
            // speech-dispatcher starts and lists its voices (seconds), then the kiosk speaks.
            "for i in $(seq 450); do grep -q 'speaking \\[' \"$run/kiosk.log\" && break; "
            "sleep 0.2; done\n"
            "sleep 4\n"
            // A visitor's touch on back (top left): home appears, and is said.
            "xdotool mousemove 140 56 click 1\n"
            "for i in $(seq 50); do grep -q 'screen: home' \"$run/kiosk.log\" && break; "
            "sleep 0.2; done\n"
            "sleep 2\n"
            "kill $pid; wait $pid; echo \"KIOSK-STOPPED $?\"\n"
            "kill $rec\n"
            "spd=$(cat \"$XDG_RUNTIME_DIR/speech-dispatcher/pid/speech-dispatcher.pid\" "
            "2>/dev/null) && kill $spd\n"
            "kill $pa; wait\n"
            "cat \"$run/kiosk.log\"\n");
        const QString output = runScriptInX(script,
                                            {run, m_dir.filePath(QStringLiteral("hall.ini")),
                                             m_dir.filePath(QStringLiteral("content")), language},
                                            180000);
        QVERIFY2(!output.contains(QLatin1String("NO FRAME")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("NO SINK")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("no voice:")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("KIOSK-STOPPED 0")), qPrintable(output));
        // The state's page, said in the visitor's language as it appeared.
        QVERIFY2(output.contains(QStringLiteral("said [%1]: %2").arg(language, name)),
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("speaking [%1]").arg(language)),
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("said [%1]: %2").arg(language, home)),
                 qPrintable(output));
        QFile sound(run + QStringLiteral("/sound.raw"));
        QVERIFY2(sound.open(QIODevice::ReadOnly), qPrintable(output));
        const QByteArray raw = sound.readAll();
        const double loud = loudSeconds(raw);
        qInfo("%s: %.1f s recorded, %.1f s of it speech", qPrintable(language),
              raw.size() / 2.0 / kRate, loud);
        QVERIFY2(loud > 0.5, qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestVoice)
#include "tst_voice.moc"
