#include "kioskoptions.h"

#include "languages.h"

#include <QCommandLineParser>
#include <QRegularExpression>

KioskOptions::Parsed KioskOptions::parse(const QStringList &arguments, KioskOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ASEAN Halls exhibition kiosk"));
    const QCommandLineOption content(QStringLiteral("content"),
                                     QStringLiteral("Content root folder."), QStringLiteral("DIR"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QStringLiteral("This kiosk's own folder: status, run ledger, staff PIN, logs."),
        QStringLiteral("DIR"));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   QStringLiteral("This kiosk's cache of picture sizes."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Interface language: ko, en, id, ms, th, vi, km, lo, my or fil."),
        QStringLiteral("CODE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the loaded screen and exit."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size, e.g. 1080x1920."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QStringLiteral("Start on a screen: attract, home, country/CODE, theme/ID or item/ID."),
        QStringLiteral("ROUTE"));
    const QCommandLineOption reducedMotion(QStringLiteral("reduced-motion"),
                                           QStringLiteral("No pan-and-zoom and no transitions."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Print the version."));
    const QCommandLineOption help(QStringLiteral("help"), QStringLiteral("Print this help."));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QStringLiteral("Full screen, no cursor, cannot be left; goes back to "
                       "the attract loop when idle."));
    const QCommandLineOption config(
        QStringLiteral("config"),
        QStringLiteral("Hall configuration file (INI, see docs/hall-config.md)."),
        QStringLiteral("FILE"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("Print the running kiosk's status."));
    const QCommandLineOption setPin(
        QStringLiteral("set-pin"), QStringLiteral("Set the staff PIN (read from standard input)."));
    parser.addOptions({content, state, cache, language, screenshot, size, open, reducedMotion,
                       kiosk, config, status, setPin, version, help});

    Parsed parsed;
    parsed.outcome = Outcome::Exit;
    if (!parser.parse(arguments)) {
        parsed.exitCode = 2;
        parsed.message = QStringLiteral("asean-kiosk: %1 (see --help)").arg(parser.errorText());
        return parsed;
    }
    if (parser.isSet(help)) {
        parsed.message = parser.helpText();
        return parsed;
    }
    if (parser.isSet(version)) {
        parsed.message = QStringLiteral("asean-kiosk " ASEAN_VERSION);
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.exitCode = 2;
        parsed.message = QStringLiteral("asean-kiosk: unexpected argument '%1' (see --help)")
                             .arg(parser.positionalArguments().first());
        return parsed;
    }
    if (parser.isSet(language)) {
        const QString code = parser.value(language);
        if (!Languages::isKnown(code)) {
            parsed.exitCode = 2;
            parsed.message = QStringLiteral("asean-kiosk: unknown language '%1'; use one of %2")
                                 .arg(code, Languages::all().join(QStringLiteral(", ")));
            return parsed;
        }
        options->language = code;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch()) {
            parsed.exitCode = 2;
            parsed.message =
                QStringLiteral("asean-kiosk: --size wants WIDTHxHEIGHT, e.g. 1920x1080");
            return parsed;
        }
        options->size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (parser.isSet(open)) {
        static const QRegularExpression routes(
            QStringLiteral("^(attract|home|country/[A-Z]{2}|theme/[a-z0-9][a-z0-9-]*|"
                           "item/[A-Za-z0-9][A-Za-z0-9._-]*)$"));
        if (!routes.match(parser.value(open)).hasMatch()) {
            parsed.exitCode = 2;
            parsed.message = QStringLiteral(
                "asean-kiosk: --open wants attract, home, country/CODE, theme/ID or "
                "item/ID, e.g. country/TH");
            return parsed;
        }
        options->route = parser.value(open);
    }
    options->reducedMotion = parser.isSet(reducedMotion);
    options->kiosk = parser.isSet(kiosk);
    options->command = parser.isSet(status)   ? Command::Status
                       : parser.isSet(setPin) ? Command::SetPin
                                              : Command::Run;
    options->config = parser.value(config);
    options->content = parser.value(content);
    options->state = parser.value(state);
    options->cache = parser.value(cache);
    options->screenshot = parser.value(screenshot);
    parsed.outcome = Outcome::Run;
    return parsed;
}
