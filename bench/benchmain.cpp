// asean-bench: prints one table of the kiosk's performance figures. Run it in an X server
// (xvfb-run); see README.md, "Benchmarks". --quick makes every loop short, for a first look.
#include "contentroot.h"
#include "fixture.h"
#include "importer.h"
#include "measures.h"
#include "publisher.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

namespace {

bool publishDemo(const QString &root)
{
    const ContentRoot content(root);
    return Importer(content).importManifest(demoManifest()).ok() &&
           Publisher(content).publish(QStringLiteral("bench")).ok;
}

// The demo plus 10,000 small generated photos, all in one theme, as release 1.
bool publishBig(const QString &root, const QString &theme, int items)
{
    const ContentRoot content(root);
    if (!Importer(content).importManifest(demoManifest()).ok())
        return false;
    Fixture f;
    const QStringList states = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"};
    for (int i = 0; i < items; ++i)
        f.addPhoto(QStringLiteral("gen-%1").arg(i, 5, 10, QLatin1Char('0')),
                   states.at(i % states.size()), theme, QSize(160, 120));
    const Importer::Report report =
        Importer(content).importManifest(f.writeManifest(), f.mediaDir());
    if (!report.ok())
        qWarning().noquote() << report.problems.first().toString();
    return report.ok() && Publisher(content).publish(QStringLiteral("bench 10k")).ok;
}

void print(const Figures &figures)
{
    for (const Figure &f : figures)
        std::printf("%-78s %14s   %s\n", qPrintable(f.what), qPrintable(f.measured),
                    qPrintable(f.target));
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("quick"), QStringLiteral("Short loops, for a first look.")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Run one measure: startup, thumbnails, viewer, "
                                     "flicking, video, languages, voice, soak, curating."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("work"),
                      QStringLiteral("Keep the prepared content in DIR and reuse it next time."),
                      QStringLiteral("DIR")});
    parser.process(app);

    QTemporaryDir scratch;
    const QDir work(parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work"))
                                                         : scratch.path());
    work.mkpath(QStringLiteral("."));
    // The kiosks measured keep their state and cache here, not in the user's folders: the
    // benchmarks kill kiosks, which a shared run ledger would count as crashes.
    qputenv("XDG_STATE_HOME", work.filePath(QStringLiteral("state")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", work.filePath(QStringLiteral("cache")).toLocal8Bit());
    BenchSetup setup;
    setup.work = work.path();
    setup.demoRoot = work.filePath(QStringLiteral("demo"));
    setup.bigRoot = work.filePath(QStringLiteral("big"));
    setup.bigTheme = QStringLiteral("daily-life");
    if (parser.isSet(QStringLiteral("quick"))) {
        setup.repeats = 3;
        setup.viewerOpens = 200;
        setup.videoPlays = 60;
        setup.soakActions = 1000;
        setup.languageSwitches = 300;
        setup.curatorPhotos = 40;
        setup.utterances = 100;
    }
    const QString only = parser.value(QStringLiteral("only"));
    const auto wanted = [&only](const char *name) {
        return only.isEmpty() || only == QLatin1String(name);
    };

    std::printf("Preparing content (demo, and demo + 10,000 items)...\n");
    std::fflush(stdout);
    const auto ready = [](const QString &root) { return ContentRoot(root).currentRelease() > 0; };
    if ((!ready(setup.demoRoot) && !publishDemo(setup.demoRoot)) ||
        ((wanted("startup") || wanted("flicking") || wanted("curating")) && !ready(setup.bigRoot) &&
         !publishBig(setup.bigRoot, setup.bigTheme, 10000))) {
        std::fprintf(stderr, "asean-bench: could not prepare the content\n");
        return 1;
    }
    std::printf("\n%-78s %14s   %s\n", "measure", "measured", "target");
    if (wanted("startup"))
        print(Measures::startup(setup));
    if (wanted("thumbnails"))
        print(Measures::thumbnails(setup));
    if (wanted("viewer"))
        print(Measures::viewer(setup));
    if (wanted("flicking"))
        print(Measures::flicking(setup));
    if (wanted("video"))
        print(Measures::videoPlays(setup));
    if (wanted("languages"))
        print(Measures::languageSwitch(setup));
    if (wanted("voice"))
        print(Measures::voice(setup));
    if (wanted("soak"))
        print(Measures::soak(setup));
    if (wanted("curating"))
        print(Measures::curating(setup));
    return 0;
}
