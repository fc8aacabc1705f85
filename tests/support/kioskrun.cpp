#include "kioskrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

namespace KioskRun {

namespace {

// The kiosks of one test program keep their state and cache in folders of that program's own,
// as kiosks with users of their own would: test programs run side by side never share a run
// ledger. A test that reads the state passes --state.
void isolateStateAndCache()
{
    static QTemporaryDir dir;
    static const bool done = [] {
        qputenv("XDG_STATE_HOME", dir.filePath(QStringLiteral("state")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toLocal8Bit());
        return true;
    }();
    Q_UNUSED(done)
}

}  // namespace

QStringList Run::texts() const
{
    QStringList list;
    for (const QJsonValue &v : scene.value(QStringLiteral("texts")).toArray())
        list << v.toObject().value(QStringLiteral("text")).toString();
    return list;
}

Run runKiosk(const QStringList &args, const QString &screenshot)
{
    isolateStateAndCache();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList all = {QStringLiteral("-a"), QStringLiteral("-s"),
                       QStringLiteral("-screen 0 1920x1080x24"), QStringLiteral(ASEAN_KIOSK_BIN)};
    all += args;
    // The tests read English texts unless they name a language or a hall file does (a kiosk
    // without either starts in Korean, as tst_kiosksession checks).
    if (!args.contains(QStringLiteral("--language")) && !args.contains(QStringLiteral("--config")))
        all += {QStringLiteral("--language"), QStringLiteral("en")};
    if (!screenshot.isEmpty())
        all += {QStringLiteral("--screenshot"), screenshot};
    process.start(QStringLiteral("xvfb-run"), all);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        run.output = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitCode();
    run.output = QString::fromLocal8Bit(process.readAll());
    if (!screenshot.isEmpty()) {
        run.screenshot.load(screenshot);
        QFile scene(screenshot + QStringLiteral(".json"));
        if (scene.open(QIODevice::ReadOnly))
            run.scene = QJsonDocument::fromJson(scene.readAll()).object();
    }
    return run;
}

QString runScriptInX(const QString &script, const QStringList &args, int timeoutMs, Mounts mounts)
{
    static const QString prelude = QStringLiteral(
        "wait_for_frame() {\n"
        "  for i in $(seq 150); do grep -q 'first frame presented' \"$1\" && return 0; sleep 0.2; "
        "done\n"
        "  echo NO FRAME; cat \"$1\"; return 1\n"
        "}\n");
    isolateStateAndCache();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("xvfb-run"),
                  QStringList{QStringLiteral("-a"), QStringLiteral("-s"),
                              QStringLiteral("-screen 0 1920x1080x24")} +
                      (mounts == Mounts::Private
                           ? QStringList{QStringLiteral("unshare"), QStringLiteral("-rm")}
                           : QStringList()) +
                      QStringList{QStringLiteral("sh"), QStringLiteral("-c"), prelude + script,
                                  QStringLiteral(ASEAN_KIOSK_BIN)} +
                      args);
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    return QString::fromLocal8Bit(process.readAll());
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y) & 0xf8f8f8);
    return int(colours.size());
}

QStringList overflowingTexts(const Run &run)
{
    QStringList problems;
    for (const QJsonValue &v : run.scene.value(QStringLiteral("texts")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString text = t.value(QStringLiteral("text")).toString();
        if (t.value(QStringLiteral("elided")).toBool())
            continue;
        const double overflow = t.value(QStringLiteral("contentWidth")).toDouble() -
                                t.value(QStringLiteral("width")).toDouble();
        if (overflow > 1.0)
            problems << QStringLiteral("\"%1\" overflows its box by %2 px").arg(text).arg(overflow);
        if (t.value(QStringLiteral("truncated")).toBool())
            problems << QStringLiteral("\"%1\" is cut short").arg(text);
        const double right =
            t.value(QStringLiteral("x")).toDouble() + t.value(QStringLiteral("width")).toDouble();
        if (right > run.screenshot.width() + 1)
            problems << QStringLiteral("\"%1\" runs off the screen").arg(text);
    }
    return problems;
}

}  // namespace KioskRun
