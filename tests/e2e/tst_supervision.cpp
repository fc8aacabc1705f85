// Supervision end to end: the real asean-kiosk is killed again and again, as a crash or the
// watchdog would, and restarted as systemd's Restart=on-failure would. It must come back every
// time; after three deaths within the window it must start in safe mode on the last release that
// ran cleanly, with video off, and say why; an orderly stop (SIGTERM) is not a death.
#include "contentroot.h"
#include "kioskrun.h"
#include "notifysocket.h"
#include "pinlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace KioskRun;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

qsizetype runsIn(const QString &ledger)
{
    return readJson(ledger).value(QStringLiteral("runs")).toArray().size();
}

// Files a kiosk keeps for itself; none may appear in a content root it shares.
const QStringList kStateNames = {QStringLiteral("status.json"), QStringLiteral("runs.json"),
                                 QStringLiteral("staff.pin"), QStringLiteral("logs")};

QStringList stateIn(const QString &content)
{
    QStringList found;
    for (const QString &name : kStateNames)
        if (QFileInfo::exists(content + QLatin1Char('/') + name))
            found << name;
    return found;
}

}  // namespace

class TestSupervision : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void killedKiosksComeBackThenFallBackToSafeMode()
    {
        const QString content = m_dir.filePath(QStringLiteral("content"));
        const QString ini = m_dir.filePath(QStringLiteral("hall.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A release is proven after 5 s on screen here instead of ten minutes.
        file.write("[recovery]\ncrashes=3\nwindow_seconds=600\nproven_seconds=5\n");
        file.close();

        // $0 kiosk, $1 content, $2 hall file, $3 catalogue tool, $4 screenshot.
        const QString script = QStringLiteral(R"(
kiosk=$0 content=$1 ini=$2 tool=$3 png=$4
up() {  # start the kiosk in the background and wait for its first frame
    "$kiosk" --content "$content" --state "$content.state" --config "$ini" > "$content.log.$n" 2>&1 & pid=$!
    wait_for_frame "$content.log.$n" && echo "UP $n"
}
n=0; up; sleep 8; kill -TERM $pid; wait $pid; echo "STOPPED $n exit $?"
"$tool" --content "$content" publish --force --note "a release that will crash" > /dev/null && echo PUBLISHED
for sig in KILL SEGV KILL; do
    n=$((n+1)); up; kill -$sig $pid; wait $pid; echo "DIED $n exit $?"
    grep -q 'safe mode' "$content.log.$n" && echo "SAFE TOO EARLY $n"
done
n=$((n+1))
"$kiosk" --content "$content" --state "$content.state" --config "$ini" --language en --open item/th-loy-krathong-river --screenshot "$png" > "$content.log.$n" 2>&1
echo "SAFE RUN exit $?"; cat "$content.log.$n"
cp "$content.state/status.json" "$content/status-safe.json"
n=$((n+1))
"$kiosk" --content "$content" --state "$content.state" --config "$ini" --screenshot "$png.after.png" > "$content.log.$n" 2>&1
echo "NEXT RUN exit $?"; grep -c 'safe mode' "$content.log.$n"
)");
        const QString png = m_dir.filePath(QStringLiteral("safe.png"));
        const QString output =
            runScriptInX(script, {content, ini, QStringLiteral(ASEAN_CATALOGUE_BIN), png}, 240000);
        const QByteArray out = output.toUtf8();
        for (int n = 0; n <= 3; ++n)
            QVERIFY2(output.contains(QStringLiteral("UP %1\n").arg(n)), out);
        QVERIFY2(!output.contains(QLatin1String("NO FRAME")), out);
        QVERIFY2(output.contains(QLatin1String("STOPPED 0 exit 0")), out);
        QVERIFY2(output.contains(QLatin1String("PUBLISHED")), out);
        QVERIFY2(output.contains(QLatin1String("DIED 1 exit 137")), out);  // 128 + SIGKILL
        QVERIFY2(output.contains(QLatin1String("DIED 2 exit 139")), out);  // 128 + SIGSEGV
        QVERIFY2(!output.contains(QLatin1String("SAFE TOO EARLY")), out);
        QCOMPARE(ContentRoot(content).currentRelease(), 2);

        // The fourth start: safe mode, on release 1 (the one that ran cleanly), video off.
        QVERIFY2(output.contains(QLatin1String("SAFE RUN exit 0")), out);
        QVERIFY2(output.contains(QLatin1String("safe mode: 3 unexpected exits")), out);
        QVERIFY2(output.contains(QLatin1String("release 1, the last that ran cleanly")), out);
        const QJsonObject status = readJson(content + QStringLiteral("/status-safe.json"));
        QCOMPARE(status.value(QStringLiteral("release")).toInt(), 1);
        QCOMPARE(status.value(QStringLiteral("safe_mode")).toBool(), true);
        QFile scene(png + QStringLiteral(".json"));
        QVERIFY(scene.open(QIODevice::ReadOnly));
        QVERIFY2(scene.readAll().contains("Videos are paused"), out);
        // `current` was never changed by the kiosk: the curator's release 2 is still named.
        QCOMPARE(ContentRoot(content).currentRelease(), 2);

        // The safe run ended cleanly, so the next start is normal again, on release 2.
        QVERIFY2(output.contains(QLatin1String("NEXT RUN exit 0\n0\n")), out);
        const QJsonObject after = readJson(content + QStringLiteral(".state/status.json"));
        QCOMPARE(after.value(QStringLiteral("release")).toInt(), 2);
        QCOMPARE(after.value(QStringLiteral("safe_mode")).toBool(), false);
        QVERIFY(QFile::exists(content + QStringLiteral(".state/logs/kiosk.log")));
    }

    // Curators publish while the kiosk serves a visitor: the release is verified at once but
    // shown only after the idle reset; a damaged release that arrives later is refused.
    void publishWhileServingSwitchesAtIdle()
    {
        const QString content = m_dir.filePath(QStringLiteral("serving"));
        const QString ini = m_dir.filePath(QStringLiteral("idle.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[idle]\nseconds=10\n");
        file.close();
        // $0 kiosk, $1 content, $2 hall file, $3 catalogue tool.
        const QString script = QStringLiteral(R"SH(
kiosk=$0 content=$1 ini=$2 tool=$3 log=$1.log
"$kiosk" --content "$content" --config "$ini" --open country/TH > "$log" 2>&1 & pid=$!
wait_for_frame "$log" && echo UP
"$tool" --content "$content" publish --force --note "spring" > /dev/null && echo PUBLISHED
sleep 4
echo "SWITCHES BEFORE IDLE $(grep -c 'switched from release' "$log")"
sleep 10
echo "SWITCHES AFTER IDLE $(grep -c 'switched from release 1 to release 2' "$log")"
# The office publishes release 3; a byte flips on the way to the hall (file sync).
cp -a "$content" "$content.office"
"$tool" --content "$content.office" publish --force --note "autumn" > /dev/null && echo PUBLISHED 3
printf 'XXXXXXXX' | dd of="$content.office/releases/0003/catalogue.sqlite" bs=1 seek=6000 conv=notrunc 2>/dev/null
cp -r "$content.office/releases/0003" "$content/releases/.0003"
mv "$content/releases/.0003" "$content/releases/0003"
cp "$content.office/current" "$content/current.new" && mv "$content/current.new" "$content/current"
sleep 4
kill -TERM $pid; wait $pid; echo "STOPPED exit $?"
cat "$log"
)SH");
        const QString output =
            runScriptInX(script, {content, ini, QStringLiteral(ASEAN_CATALOGUE_BIN)}, 120000);
        QVERIFY2(output.contains(QLatin1String("PUBLISHED 3")), qPrintable(output.right(2000)));
        // The lines that tell the story, for the failure message (Qt cuts long ones short).
        QStringList story;
        for (const QString &line : output.split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("release")) ||
                line.contains(QLatin1String("screen:")) ||
                line.contains(QLatin1String("SWITCHES")) || line.contains(QLatin1String("STOPPED")))
                story << line.right(150);
        const QByteArray out = story.join(QLatin1Char('\n')).toUtf8();
        QVERIFY2(output.contains(QLatin1String("UP\n")), out);
        QVERIFY2(output.contains(QLatin1String("PUBLISHED")), out);
        QVERIFY2(output.contains(QLatin1String("release 0002 is current and verified")), out);
        // A visitor on the Thailand page: nothing changes under their finger...
        QVERIFY2(output.contains(QLatin1String("SWITCHES BEFORE IDLE 0")), out);
        // ...the idle reset brings the attract loop, and the new release with it.
        QVERIFY2(output.contains(QLatin1String("SWITCHES AFTER IDLE 1")), out);
        const qsizetype attract = output.indexOf(QLatin1String("screen: attract"));
        const qsizetype switched = output.indexOf(QLatin1String("switched from release 1"));
        QVERIFY2(attract > 0 && switched > attract, out);
        QVERIFY2(output.contains(QLatin1String("release 0003 is damaged and refused")), out);
        QVERIFY2(!output.contains(QLatin1String("to release 3")), out);
        QVERIFY2(output.contains(QLatin1String("STOPPED exit 0")), out);
    }

    // Three kiosks show one content root, mounted read-only, each with its own state folder:
    // each keeps its own ledger and status, and the crashes of one put only that one in safe
    // mode.
    void threeKiosksShareOneReadOnlyContentRoot()
    {
        const QString dir = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(dir));
        // $0 kiosk, $1 folder. Runs as root in a mount namespace of its own.
        const QString script = QStringLiteral(R"SH(
kiosk=$0 dir=$1
"$kiosk" --content "$dir/content" --state "$dir/filler" --screenshot "$dir/fill.png" > "$dir/fill.log" 2>&1 && echo FILLED
mkdir -p "$dir/ro" && mount --bind "$dir/content" "$dir/ro" && mount -o remount,bind,ro "$dir/ro" && echo READONLY
touch "$dir/ro/probe" 2>/dev/null || echo "CANNOT WRITE"
start() {  # kiosk $1 in the background, run $n
    "$kiosk" --content "$dir/ro" --state "$dir/state$1" > "$dir/log$1.$n" 2>&1 &
    eval pid$1=$!
    wait_for_frame "$dir/log$1.$n" && echo "UP $1.$n"
}
n=0; start 1; start 2; start 3
for n in 1 2 3; do kill -KILL $pid1; wait $pid1; start 1; done
for k in 1 2 3; do eval "kill -TERM \$pid$k; wait \$pid$k"; echo "STOPPED $k exit $?"; done
for k in 1 2 3; do echo "SAFE $k $(cat "$dir"/log$k.* | grep -c 'safe mode')"; done
)SH");
        const QString output = runScriptInX(script, {dir}, 240000, Mounts::Private);
        const QByteArray out = output.toUtf8();
        QVERIFY2(output.contains(QLatin1String("FILLED")), out);
        QVERIFY2(output.contains(QLatin1String("READONLY")), out);
        QVERIFY2(output.contains(QLatin1String("CANNOT WRITE")), out);
        for (const char *up : {"UP 1.0", "UP 2.0", "UP 3.0", "UP 1.1", "UP 1.2", "UP 1.3"})
            QVERIFY2(output.contains(QLatin1String(up)), out);
        QVERIFY2(!output.contains(QLatin1String("NO FRAME")), out);
        for (int k = 1; k <= 3; ++k)
            QVERIFY2(output.contains(QStringLiteral("STOPPED %1 exit 0").arg(k)), out);
        // Only the kiosk that kept dying is in safe mode.
        QVERIFY2(!output.contains(QLatin1String("SAFE 1 0")), out);
        QVERIFY2(output.contains(QLatin1String("SAFE 2 0")), out);
        QVERIFY2(output.contains(QLatin1String("SAFE 3 0")), out);
        const QString state = dir + QStringLiteral("/state%1");
        QCOMPARE(readJson(state.arg(1) + QStringLiteral("/status.json"))
                     .value(QStringLiteral("safe_mode"))
                     .toBool(),
                 true);
        for (int k = 2; k <= 3; ++k) {
            const QJsonObject status = readJson(state.arg(k) + QStringLiteral("/status.json"));
            QCOMPARE(status.value(QStringLiteral("release")).toInt(), 1);
            QCOMPARE(status.value(QStringLiteral("safe_mode")).toBool(), false);
            QCOMPARE(runsIn(state.arg(k) + QStringLiteral("/runs.json")), 1);
            QVERIFY(QFile::exists(state.arg(k) + QStringLiteral("/logs/kiosk.log")));
        }
        QCOMPARE(runsIn(state.arg(1) + QStringLiteral("/runs.json")), 4);
        QCOMPARE(stateIn(dir + QStringLiteral("/content")), QStringList());
    }

    // The commands docs/curating.md gives for syncing the office to a hall, read from it and
    // run as written: releases the office pruned go from the kiosk too, and the kiosk's own
    // state (PIN, run ledger) is untouched byte for byte.
    static QString documentedRsync(const QString &office, const QString &kiosk)
    {
        QFile doc(QStringLiteral(ASEAN_SOURCE_DIR "/docs/curating.md"));
        if (!doc.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype at = text.indexOf(QLatin1String("rsync, pushed from the office to a hall"));
        const qsizetype from = text.indexOf(QLatin1String("```sh\n"), at) + 6;
        QString commands = text.mid(from, text.indexOf(QLatin1String("```"), from) - from);
        commands.replace(QLatin1String("kiosk-jeju:/srv/asean"), kiosk);
        commands.replace(QLatin1String("/srv/asean"), office);
        return at < 0 ? QString() : commands;
    }

    void theDocumentedRsyncLeavesTheKioskStateAlone()
    {
        const QString dir = m_dir.filePath(QStringLiteral("synced"));
        QVERIFY(QDir().mkpath(dir));
        const QString sync =
            documentedRsync(dir + QStringLiteral("/office"), dir + QStringLiteral("/content"));
        QVERIFY2(sync.count(QLatin1String("rsync ")) == 2, qPrintable(sync));
        // $0 kiosk, $1 folder, $2 catalogue tool, $3 the documented commands.
        const QString script = QStringLiteral(R"SH(
kiosk=$0 dir=$1 tool=$2 state=$1/state
printf '2468\n2468\n' | "$kiosk" --set-pin --state "$state" > /dev/null 2>&1 && echo PIN SET
"$kiosk" --content "$dir/content" --state "$state" > "$dir/log" 2>&1 & pid=$!
wait_for_frame "$dir/log" && echo UP
cp -a "$dir/content" "$dir/office"
"$tool" --content "$dir/office" publish --force --note "from the office" --keep 1 > /dev/null && echo PUBLISHED
[ ! -e "$dir/office/releases/0001" ] && echo PRUNED
before=$(cat "$state/runs.json" "$state/staff.pin" | md5sum)
eval "$3" && echo SYNCED
[ ! -e "$dir/content/releases/0001" ] && echo GONE FROM THE KIOSK
sleep 3
after=$(cat "$state/runs.json" "$state/staff.pin" | md5sum)
[ "$before" = "$after" ] && [ -s "$state/status.json" ] && [ -s "$state/logs/kiosk.log" ] && echo STATE KEPT
kill -TERM $pid; wait $pid; echo "STOPPED exit $?"
)SH");
        const QString output =
            runScriptInX(script, {dir, QStringLiteral(ASEAN_CATALOGUE_BIN), sync}, 120000);
        const QByteArray out = output.toUtf8();
        for (const char *step : {"PIN SET", "UP", "PUBLISHED", "PRUNED", "SYNCED",
                                 "GONE FROM THE KIOSK", "STATE KEPT", "STOPPED exit 0"})
            QVERIFY2(output.contains(QLatin1String(step)), out);
        QCOMPARE(ContentRoot(dir + QStringLiteral("/content")).currentRelease(), 2);
        QFile pin(dir + QStringLiteral("/state/staff.pin"));
        QVERIFY(pin.open(QIODevice::ReadOnly));
        QVERIFY(Pin::verify(QStringLiteral("2468"), QString::fromLatin1(pin.readAll()).trimmed()));
    }

    // A kiosk of an older version kept its state in the content root. The first start of this
    // one moves it to the state folder: the PIN still works and the ledger keeps its runs.
    void stateInTheContentRootMovesToTheStateFolder()
    {
        const QString dir = m_dir.filePath(QStringLiteral("upgrade"));
        QVERIFY(QDir().mkpath(dir));
        // $0 kiosk, $1 folder.
        const QString script = QStringLiteral(R"SH(
kiosk=$0 dir=$1 content=$1/content old=$1/old
"$kiosk" --content "$content" --state "$old" --screenshot "$dir/old.png" > /dev/null 2>&1
printf '1357\n1357\n' | "$kiosk" --set-pin --state "$old" > /dev/null 2>&1
mv "$old/status.json" "$old/runs.json" "$old/staff.pin" "$old/logs" "$content/" && echo OLD LAYOUT
"$kiosk" --content "$content" --state "$dir/new" --screenshot "$dir/new.png" 2>&1
echo "NEW RUN exit $?"
)SH");
        const QString output = runScriptInX(script, {dir});
        const QByteArray out = output.toUtf8();
        QVERIFY2(output.contains(QLatin1String("OLD LAYOUT")), out);
        QVERIFY2(output.contains(QLatin1String("NEW RUN exit 0")), out);
        QVERIFY2(output.contains(QLatin1String("state: moved")), out);
        const QString state = dir + QStringLiteral("/new");
        QCOMPARE(stateIn(dir + QStringLiteral("/content")), QStringList());
        QCOMPARE(runsIn(state + QStringLiteral("/runs.json")), 2);
        QFile pin(state + QStringLiteral("/staff.pin"));
        QVERIFY(pin.open(QIODevice::ReadOnly));
        QVERIFY(Pin::verify(QStringLiteral("1357"), QString::fromLatin1(pin.readAll()).trimmed()));
        QFile log(state + QStringLiteral("/logs/kiosk.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        // The old run's lines come first, then this run's.
        const QByteArray lines = log.readAll();
        QVERIFY2(lines.indexOf("first frame presented") < lines.lastIndexOf("state: moved"), out);
    }

    // As deploy/asean-kiosk.service runs it: the kiosk a child of cage, so systemd's
    // WATCHDOG_PID names the parent, not the kiosk. It must still say READY and ping the real
    // notify socket (the unit has NotifyAccess=all), or systemd restarts it every 30 s.
    void theWatchdogIsPingedAsTheChildOfTheMainProcess()
    {
        const QString dir = m_dir.filePath(QStringLiteral("watchdog"));
        QVERIFY(QDir().mkpath(dir));
        NotifySocket socket(dir + QStringLiteral("/notify"));
        QVERIFY(socket.isBound());
        qputenv("NOTIFY_SOCKET", socket.path());
        qputenv("WATCHDOG_USEC", "2000000");
        // $0 kiosk, $1 folder. The shell stands for cage: it stays the parent, its pid the
        // one systemd names.
        const QString script = QStringLiteral(R"SH(
WATCHDOG_PID=$$ "$0" --content "$1/content" --state "$1/state" > "$1/log" 2>&1 & pid=$!
wait_for_frame "$1/log" && sleep 5
kill $pid; wait $pid; echo "PARENT $$ CHILD $pid"
)SH");
        const QString output = runScriptInX(script, {dir});
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        const QByteArrayList received = socket.received();
        QVERIFY2(output.contains(QLatin1String("PARENT")), qPrintable(output));
        qInfo("received: %s", received.join(' ').constData());
        QVERIFY2(received.contains("READY=1"), qPrintable(output));
        // A ping each second for five seconds after the first frame; allow for a slow machine.
        QVERIFY2(received.count("WATCHDOG=1") >= 3, received.join(' ').constData());
    }
};

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"
