// Voice guidance: the time from a focus move to the start of speech, through a recording voice
// (what the kiosk itself adds: VoiceGuide's batching and Speech) and through the real chain
// (Qt TextToSpeech, speech-dispatcher, espeak-ng, speaking into a PulseAudio null sink started
// here), and the resident size over many utterances through the real chain.
#include "driving.h"
#include "kioskroot.h"
#include "measures.h"
#include "processinfo.h"
#include "recordingvoice.h"
#include "samples.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QThread>

using namespace Driving;

namespace {

// An item of the scene by objectName, through the visual tree (where QML puts a component's
// items, which QObject::findChild does not always reach).
QQuickItem *itemNamed(QQuickItem *from, const QString &name)
{
    if (from->objectName() == name)
        return from;
    for (QQuickItem *child : from->childItems())
        if (QQuickItem *found = itemNamed(child, name))
            return found;
    return nullptr;
}

// Moves focus between the state page's back button and the access button `moves` times and
// returns the milliseconds from each move to the voice's start; `grown` gets the resident
// change over the moves after the first tenth.
QList<double> focusToSpeech(KioskSession &session, Voice *voice, int moves, double *grown)
{
    QQuickWindow *window = session.window();
    window->requestActivate();
    spinUntil([window] { return window->isActive(); }, 5000);
    QQuickItem *back = itemNamed(window->contentItem(), QStringLiteral("backButton"));
    QQuickItem *access = itemNamed(window->contentItem(), QStringLiteral("accessButton"));
    if (!back || !access)
        qFatal("voice bench: the state page has no back or access button");
    int started = 0;
    QObject::connect(voice, &Voice::started, voice, [&started] { ++started; });
    // The first words wait for speech-dispatcher to open (seconds): not a focus move's time.
    session.root().accessibility()->setVoice(true);
    spinUntil([&started] { return started > 0; }, 90000);
    QList<double> times;
    double before = 0;
    for (int i = 0; i < moves; ++i) {
        if (i == moves / 10) {
            settle(200);
            before = ProcessInfo::residentMb();
        }
        const int seen = started;
        QElapsedTimer timer;
        timer.start();
        // As a key press does: the visit goes on (no idle reset, which turns voice off).
        session.root().hall()->noteInput();
        (i % 2 ? back : access)->forceActiveFocus();
        if (spinUntil([&] { return started > seen; }, 5000))
            times << double(timer.nsecsElapsed()) / 1e6;
        settle(20);
    }
    settle(500);
    *grown = ProcessInfo::residentMb() - before;
    session.root().accessibility()->setVoice(false);
    return times;
}

Figures figuresFor(const QString &voice, const QList<double> &times, int moves, double grown)
{
    return {{QStringLiteral("focus move to the start of speech, %1, median of %2")
                 .arg(voice)
                 .arg(times.size()),
             QStringLiteral("%1 ms").arg(Samples::median(times), 0, 'f', 1),
             QStringLiteral("<= 300 ms")},
            {QStringLiteral("  95th percentile"),
             QStringLiteral("%1 ms").arg(Samples::percentile(times, 95), 0, 'f', 1), QString()},
            {QStringLiteral("  resident change over %1 utterances").arg(moves),
             QStringLiteral("%1 MB").arg(grown, 0, 'f', 1), QStringLiteral("<= 5 MB")}};
}

// A PulseAudio of the bench's own, with one null sink, in a runtime folder of its own, which
// the kiosk's speech-dispatcher then speaks into; stopped with the speech-dispatcher.
class NullSink {
public:
    explicit NullSink(const QString &runtime) : m_runtime(runtime)
    {
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_oldRuntime = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        m_pulse.start(QStringLiteral("pulseaudio"),
                      {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                       QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                       QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=bench"),
                       QStringLiteral("-L"), QStringLiteral("module-native-protocol-unix")});
        for (int i = 0; i < 50 && !answers(); ++i)
            QThread::msleep(200);
    }
    ~NullSink()
    {
        QFile pid(m_runtime + QStringLiteral("/speech-dispatcher/pid/speech-dispatcher.pid"));
        if (pid.open(QIODevice::ReadOnly))
            QProcess::execute(QStringLiteral("kill"),
                              {QString::fromLatin1(pid.readAll()).trimmed()});
        m_pulse.terminate();
        m_pulse.waitForFinished();
        qputenv("XDG_RUNTIME_DIR", m_oldRuntime);
    }

private:
    static bool answers()
    {
        QProcess pactl;
        pactl.start(QStringLiteral("pactl"), {QStringLiteral("info")});
        return pactl.waitForFinished() && pactl.exitCode() == 0;
    }

    QString m_runtime;
    QByteArray m_oldRuntime;
    QProcess m_pulse;
};

}  // namespace

namespace Measures {

Figures voice(const BenchSetup &setup)
{
    Figures figures;
    double grown = 0;
    {
        auto session = startSession(setup.demoRoot, QStringLiteral("country/TH"));
        auto *recording = new RecordingVoice(session->root().speech());
        session->root().speech()->setVoice(recording);
        settle(2000);
        const QList<double> times = focusToSpeech(*session, recording, setup.utterances, &grown);
        figures << figuresFor(QStringLiteral("recording voice"), times, setup.utterances, grown);
    }
    {
        const NullSink sink(setup.work + QStringLiteral("/voice-runtime"));
        auto session = startSession(setup.demoRoot, QStringLiteral("country/TH"));
        Voice *real = session->root().speech()->findChild<Voice *>();
        if (!real)
            return figures << Figure{QStringLiteral("speech-dispatcher: this build has no voice"),
                                     QStringLiteral("-"), QString()};
        settle(2000);
        const QList<double> times = focusToSpeech(*session, real, setup.utterances, &grown);
        figures << figuresFor(QStringLiteral("speech-dispatcher"), times, setup.utterances, grown);
    }
    return figures;
}

}  // namespace Measures
