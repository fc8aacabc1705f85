// asean-demo-media: build-time generator of the bundled demo content (see demomedia.h).
#include "demomedia.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Text is painted into images: fonts need a GUI application, but never a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("manifest"), QStringLiteral("Demo manifest."), QStringLiteral("FILE")},
         {QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR")},
         {QStringLiteral("flags"), QStringLiteral("iso-flags-svg folder."),
          QStringLiteral("DIR")}});
    parser.process(app);
    DemoMedia::Options options;
    options.manifest = parser.value(QStringLiteral("manifest"));
    options.outDir = parser.value(QStringLiteral("out"));
    options.flagsDir = parser.value(QStringLiteral("flags"));
    const QString error = DemoMedia::generate(options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "asean-demo-media: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
