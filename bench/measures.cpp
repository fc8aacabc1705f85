#include "measures.h"

#include "catalogue.h"
#include "contentroot.h"
#include "driving.h"
#include "kioskapp.h"
#include "mediaimageprovider.h"
#include "processinfo.h"
#include "releasechoice.h"
#include "samples.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QThread>
#include <functional>

using namespace Driving;

namespace {

QString ms(double v)
{
    return QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
}
QString mb(double v)
{
    return QStringLiteral("%1 MB").arg(v, 0, 'f', 1);
}

// Start to first frame of the real program, as a visitor would wait for it. With `rss`, the
// program is left on its home screen for three seconds and its resident size read.
double timeToFirstFrame(const QString &root, double *rss = nullptr, bool softwareRenderer = false)
{
    QProcess kiosk;
    if (softwareRenderer) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        kiosk.setProcessEnvironment(env);
    }
    kiosk.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    QByteArray output;
    double elapsed = -1;
    QObject::connect(&kiosk, &QProcess::readyRead, [&] {
        output += kiosk.readAll();
        if (elapsed < 0 && output.contains("first frame presented"))
            elapsed = double(timer.nsecsElapsed()) / 1e6;
    });
    timer.start();
    QStringList args = {QStringLiteral("--content"), root};
    if (!rss)
        args << QStringLiteral("--screenshot")
             << QDir::temp().filePath(QStringLiteral("asean-bench-start.png"));
    kiosk.start(QStringLiteral(ASEAN_KIOSK_BIN), args);
    spinUntil([&] { return elapsed >= 0 || kiosk.state() == QProcess::NotRunning; }, 60000);
    if (rss) {
        settle(3000);
        *rss = ProcessInfo::residentMb(kiosk.processId());
    }
    kiosk.kill();
    kiosk.waitForFinished();
    return elapsed;
}

QStringList photoIds(const QString &rootPath)
{
    Catalogue catalogue;
    const ContentRoot root(rootPath);
    catalogue.open(root.releaseDir(root.currentRelease()) + QStringLiteral("/catalogue.sqlite"),
                   SqlConnection::Mode::Immutable);
    QStringList ids;
    for (const ItemRow &row : catalogue.items({}, QStringLiteral("en"), 0, 100000)) {
        if (row.kind == QLatin1String("photo"))
            ids << row.id;
    }
    return ids;
}

// True once the viewer shows `id` with its sharp, screen-sized picture decoded.
bool sharpShown(QObject *viewer, const QString &id)
{
    if (viewer->property("currentId").toString() != id)
        return false;
    auto *page = viewer->property("currentPage").value<QQuickItem *>();
    auto *sharp = page ? page->findChild<QQuickItem *>(QStringLiteral("sharp")) : nullptr;
    return sharp && sharp->property("status").toInt() == 1;
}

// Milliseconds to choose the release to show, as every start does: its catalogue hashed and
// quick_checked, its media files looked for (ReleaseChoice). Returns the catalogue's size too.
double timeToVerify(const QString &rootPath, double *catalogueMb)
{
    const ContentRoot root(rootPath);
    QElapsedTimer timer;
    timer.start();
    const ReleaseChoice choice = ReleaseChoice::pick(root);
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    *catalogueMb =
        double(QFileInfo(ContentRoot::catalogueIn(root.releaseDir(choice.number))).size()) /
        (1024.0 * 1024.0);
    return elapsed;
}

}  // namespace

namespace Measures {

QStringList photosOfAtLeast(const QString &rootPath, int pixels)
{
    Catalogue catalogue;
    const ContentRoot root(rootPath);
    catalogue.open(root.releaseDir(root.currentRelease()) + QStringLiteral("/catalogue.sqlite"),
                   SqlConnection::Mode::Immutable);
    QStringList files;
    for (const ItemRow &row : catalogue.items({}, QStringLiteral("en"), 0, 100000)) {
        if (row.kind == QLatin1String("photo") && row.width * row.height >= pixels)
            files << root.resolve(row.mediaPath);
    }
    return files;
}

Figures startup(const BenchSetup &setup)
{
    QList<double> demo, big, verifyBig;
    double catalogueMb = 0;
    timeToFirstFrame(setup.demoRoot);  // warm the disk cache and the font cache
    for (int i = 0; i < setup.repeats; ++i) {
        demo << timeToFirstFrame(setup.demoRoot);
        big << timeToFirstFrame(setup.bigRoot);
        verifyBig << timeToVerify(setup.bigRoot, &catalogueMb);
    }
    const double d = Samples::median(demo), b = Samples::median(big);
    const double v = Samples::median(verifyBig);
    // Under Xvfb, OpenGL is Mesa's llvmpipe: an LLVM JIT and textures in ordinary memory that a
    // kiosk's GPU driver would not need. The software renderer shows the program's own share.
    double rss = NAN, rssSoftware = NAN;
    timeToFirstFrame(setup.demoRoot, &rss);
    timeToFirstFrame(setup.demoRoot, &rssSoftware, true);
    return {
        {QStringLiteral("start to first frame, demo (63 items)"), ms(d),
         QStringLiteral("<= 500 ms")},
        {QStringLiteral("resident size at the home screen (asean-kiosk, demo, llvmpipe GL)"),
         mb(rss), QStringLiteral("<= 150 MB")},
        {QStringLiteral("  the same with Qt Quick's software renderer (no llvmpipe)"),
         mb(rssSoftware), QStringLiteral("<= 150 MB")},
        {QStringLiteral("start to first frame, 10,063 items"), ms(b), QStringLiteral("<= 500 ms")},
        {QStringLiteral("  ratio 10,063 / demo"), QString::number(b / d, 'f', 2),
         QStringLiteral("<= 1.10")},
        {QStringLiteral("  of which verifying the release (%1 MB catalogue hashed, quick_check, "
                        "media looked for)")
             .arg(catalogueMb, 0, 'f', 1),
         ms(v), QStringLiteral("<= 10 % of start")},
        {QStringLiteral("  share of start to first frame, 10,063 items"),
         QStringLiteral("%1 %").arg(100.0 * v / b, 0, 'f', 1), QStringLiteral("<= 10 %")}};
}

Figures thumbnails(const BenchSetup &setup)
{
    const QStringList files = photosOfAtLeast(setup.demoRoot, 6000 * 4000);
    const QSize grid(480, 326);
    QList<double> ours, vips;
    const QString out = QDir(setup.work).filePath(QStringLiteral("vips"));
    QDir().mkpath(out);
    for (int round = 0; round < setup.repeats; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const QString &file : files) {
            QString error;
            MediaImageProvider::load(file, grid, QString(), &error);
        }
        ours << double(timer.nsecsElapsed()) / 1e6 / files.size();
        QStringList args = {QStringLiteral("-s"),
                            QStringLiteral("%1x%2").arg(grid.width()).arg(grid.height()),
                            QStringLiteral("-o"), out + QStringLiteral("/%s.jpg")};
        timer.restart();
        QProcess::execute(QStringLiteral("vipsthumbnail"), args + files);
        vips << double(timer.nsecsElapsed()) / 1e6 / files.size();
    }
    const double o = Samples::median(ours), v = Samples::median(vips);
    return {{QStringLiteral("24 MP JPEG to grid size, per image (%1 files)").arg(files.size()),
             ms(o), QString()},
            {QStringLiteral("  vipsthumbnail, same files, per image"), ms(v), QString()},
            {QStringLiteral("  ratio ours / vipsthumbnail"), QString::number(o / v, 'f', 2),
             QStringLiteral("<= 1.0")}};
}

Figures viewer(const BenchSetup &setup)
{
    auto session = startSession(setup.demoRoot, QStringLiteral("home"));
    settle(3000);
    QObject *viewer = session->window()->findChild<QObject *>(QStringLiteral("viewer"));
    const QStringList ids = photoIds(setup.demoRoot);

    // Tap to sharp: each photo opened once to fill the cache, then timed from the grid.
    for (const QString &id : ids) {
        go(*session, QStringLiteral("item/") + id);
        spinUntil([&] { return sharpShown(viewer, id); }, 5000);
    }
    QList<double> taps;
    for (int i = 0; i < qMin(30, int(ids.size())); ++i) {
        const QString id = ids.at((i * 7) % ids.size());
        go(*session, QStringLiteral("home"));
        settle(400);
        QElapsedTimer timer;
        timer.start();
        go(*session, QStringLiteral("item/") + id);
        if (spinUntil([&] { return sharpShown(viewer, id); }, 5000))
            taps << double(timer.nsecsElapsed()) / 1e6;
    }

    // Memory over many photos opened in the viewer.
    double after100 = 0;
    int shown = 0;
    for (int i = 0; i < setup.viewerOpens; ++i) {
        const QString id = ids.at(i % ids.size());
        go(*session, QStringLiteral("item/") + id);
        shown += spinUntil([&] { return sharpShown(viewer, id); }, 5000);
        if (i == 99)
            after100 = ProcessInfo::residentMb();
    }
    settle(500);
    const double end = ProcessInfo::residentMb();
    return {
        {QStringLiteral("tap to sharp full-screen photo (cached), median of %1").arg(taps.size()),
         ms(Samples::median(taps)), QStringLiteral("<= 100 ms")},
        {QStringLiteral("resident growth, photos 100 to %1 in the viewer (%2 shown)")
             .arg(setup.viewerOpens)
             .arg(shown),
         mb(end - after100), QStringLiteral("<= 30 MB")}};
}

Figures flicking(const BenchSetup &setup)
{
    auto session = startSession(setup.bigRoot, QStringLiteral("theme/") + setup.bigTheme);
    settle(2000);
    auto *grid = session->window()->findChild<QQuickItem *>(QStringLiteral("themeItems"));
    QList<double> frames;
    QElapsedTimer clock;
    clock.start();
    qint64 last = -1;
    const auto connection = QObject::connect(session->window(), &QQuickWindow::frameSwapped, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            frames << double(now - last) / 1e6;
        last = now;
    });
    for (int i = 0; i < 16; ++i) {
        // Alternate directions so the grid keeps moving through fresh rows.
        const qreal velocity = (i % 4 == 3) ? 8000 : -8000;
        QMetaObject::invokeMethod(grid, "flick", Q_ARG(qreal, 0), Q_ARG(qreal, velocity));
        settle(500);
    }
    QObject::disconnect(connection);
    const int loaded = grid->property("count").toInt();
    const int rows = grid->property("model").value<QObject *>()->property("count").toInt();
    return {{QStringLiteral("frame time flicking a %1-item grid, median").arg(rows),
             ms(Samples::median(frames)), QString()},
            {QStringLiteral("  99th percentile (%1 frames, %2 rows paged in)")
                 .arg(frames.size())
                 .arg(loaded),
             ms(Samples::percentile(frames, 99)), QString()}};
}

Figures videoPlays(const BenchSetup &setup)
{
    const QString clip = QDir(setup.work).filePath(QStringLiteral("clip.mp4"));
    QProcess::execute(QStringLiteral("ffmpeg"), {QStringLiteral("-y"),
                                                 QStringLiteral("-loglevel"),
                                                 QStringLiteral("error"),
                                                 QStringLiteral("-f"),
                                                 QStringLiteral("lavfi"),
                                                 QStringLiteral("-i"),
                                                 QStringLiteral("testsrc2=size=1280x720:rate=25"),
                                                 QStringLiteral("-f"),
                                                 QStringLiteral("lavfi"),
                                                 QStringLiteral("-i"),
                                                 QStringLiteral("sine=frequency=330"),
                                                 QStringLiteral("-t"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("-c:v"),
                                                 QStringLiteral("libx264"),
                                                 QStringLiteral("-pix_fmt"),
                                                 QStringLiteral("yuv420p"),
                                                 QStringLiteral("-c:a"),
                                                 QStringLiteral("aac"),
                                                 QStringLiteral("-shortest"),
                                                 clip});
    auto session = startSession(setup.demoRoot, QStringLiteral("home"));
    settle(1500);
    QObject *video = session->window()->findChild<QObject *>(QStringLiteral("videoScreen"));
    const QUrl url = QUrl::fromLocalFile(clip);
    double after50 = 0;
    int ended = 0;
    for (int i = 0; i < setup.videoPlays; ++i) {
        QMetaObject::invokeMethod(video, "play", Q_ARG(QUrl, url),
                                  Q_ARG(QString, QStringLiteral("bench")),
                                  Q_ARG(QString, QString()), Q_ARG(double, 0.0));
        ended += spinUntil([&] { return video->property("ended").toBool(); }, 15000);
        if (i == 49)
            after50 = ProcessInfo::residentMb();
    }
    QMetaObject::invokeMethod(video, "stop");
    settle(500);
    const double growth =
        (ProcessInfo::residentMb() - after50) * 1024.0 / qMax(1, setup.videoPlays - 50);
    return {{QStringLiteral(
                 "resident growth per video play after the first 50 (%1 of %2 played to the end)")
                 .arg(ended)
                 .arg(setup.videoPlays),
             QStringLiteral("%1 KB").arg(growth, 0, 'f', 1), QStringLiteral("~0")}};
}

}  // namespace Measures
