#include "kioskrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QRectF>
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
        run.backdrop.load(screenshot + QStringLiteral(".backdrop.png"));
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

namespace {

QRectF rectOf(const QJsonObject &o)
{
    return {o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble(),
            o.value(QStringLiteral("width")).toDouble(),
            o.value(QStringLiteral("height")).toDouble()};
}

// More than a sliver in common: lines set tight may touch, antialiasing may bleed a pixel.
bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    return common.width() > 2 && common.height() > 2;
}

QString nameOf(const QJsonObject &control)
{
    const QString name = control.value(QStringLiteral("name")).toString();
    const QString type = control.value(QStringLiteral("type")).toString();
    return name.isEmpty() ? type : QStringLiteral("%1 \"%2\"").arg(type, name);
}

}  // namespace

QStringList collisions(const Run &run)
{
    QStringList problems;
    const QJsonArray texts = run.scene.value(QStringLiteral("texts")).toArray();
    const QJsonArray controls = run.scene.value(QStringLiteral("controls")).toArray();
    for (int i = 0; i < texts.size(); ++i) {
        const QJsonObject t = texts[i].toObject();
        const QRectF ink = rectOf(t.value(QStringLiteral("ink")).toObject());
        const QString text = t.value(QStringLiteral("text")).toString();
        for (int j = i + 1; j < texts.size(); ++j) {
            const QJsonObject other = texts[j].toObject();
            if (overlap(ink, rectOf(other.value(QStringLiteral("ink")).toObject())))
                problems << QStringLiteral("\"%1\" runs into \"%2\"")
                                .arg(text, other.value(QStringLiteral("text")).toString());
        }
        const QJsonArray within = t.value(QStringLiteral("within")).toArray();
        for (int c = 0; c < controls.size(); ++c) {
            if (!within.contains(c) && overlap(ink, rectOf(controls[c].toObject())))
                problems << QStringLiteral("\"%1\" runs into %2")
                                .arg(text, nameOf(controls[c].toObject()));
        }
    }
    for (int a = 0; a < controls.size(); ++a) {
        for (int b = a + 1; b < controls.size(); ++b) {
            const QJsonObject inner = controls[b].toObject();
            if (!inner.value(QStringLiteral("within")).toArray().contains(a) &&
                overlap(rectOf(controls[a].toObject()), rectOf(inner)))
                problems << QStringLiteral("%1 lies over %2")
                                .arg(nameOf(controls[a].toObject()), nameOf(inner));
        }
    }
    return problems;
}

QStringList unevenCardRows(const Run &run)
{
    // Rows by their top edge, each with its cards' left and right ends.
    QMap<int, QList<QRectF>> rows;
    for (const QJsonValue &v : run.scene.value(QStringLiteral("controls")).toArray()) {
        const QJsonObject control = v.toObject();
        if (control.value(QStringLiteral("type")).toString() == QLatin1String("CountryCard")) {
            const QRectF box = rectOf(control);
            rows[qRound(box.y())] << box;
        }
    }
    const auto widthOf = [](const QList<QRectF> &row) {
        QRectF span;
        for (const QRectF &card : row)
            span |= card;
        return span.width();
    };
    qsizetype most = 0;
    double widest = 0;
    for (const QList<QRectF> &row : std::as_const(rows)) {
        most = std::max(most, row.size());
        widest = std::max(widest, widthOf(row));
    }
    QStringList problems;
    for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
        if (row->size() == 1 && most > 1)
            problems << QStringLiteral("a card is alone in the row at y %1").arg(row.key());
        const double width = widthOf(*row);
        if (width < widest - 2)
            problems << QStringLiteral("the row of cards at y %1 leaves %2 px empty")
                            .arg(row.key())
                            .arg(widest - width);
    }
    return problems;
}

QStringList layoutProblems(const Run &run)
{
    return overflowingTexts(run) + collisions(run) + unevenCardRows(run);
}

}  // namespace KioskRun
