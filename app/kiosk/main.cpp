// asean-kiosk: the visitor-facing exhibition kiosk. All of it lives in KioskApp.
#include "kioskapp.h"
#include "log.h"
#include "standardoutput.h"

#include <QGuiApplication>
#include <QIODevice>
#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    KioskOptions options;
    const KioskOptions::Parsed parsed = KioskOptions::parse(arguments, &options);
    if (parsed.outcome == KioskOptions::Outcome::Exit) {
        if (parsed.exitCode)
            std::fprintf(stderr, "%s\n", qPrintable(parsed.message));
        else
            StandardOutput::device().write(parsed.message.toUtf8() + '\n');
        return StandardOutput::finish("asean-kiosk", parsed.exitCode);
    }
    QGuiApplication::setApplicationName(QStringLiteral("asean-halls"));
    QGuiApplication::setOrganizationName(QStringLiteral("ASEAN-Korea Centre"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ASEAN_VERSION));
    // Neither needs a display.
    if (options.command == KioskOptions::Command::Status)
        return StandardOutput::finish("asean-kiosk", KioskApp::printStatus(options));
    if (options.command == KioskOptions::Command::SetPin)
        return StandardOutput::finish("asean-kiosk", KioskApp::setPin(options));
    QGuiApplication app(argc, argv);
    Log::install();
    return KioskApp::run(app, options);
}
