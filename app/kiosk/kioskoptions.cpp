#include "kioskoptions.h"

#include "accesschoices.h"
#include "languages.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

// Each reads one option's value into `options`; an empty value is the option not given. They
// return what is wrong with the value, or nothing.
QString readLanguage(const QString &code, KioskOptions *options)
{
    if (code.isEmpty())
        return {};
    if (!Languages::isKnown(code))
        return QStringLiteral("unknown language '%1'; use one of %2")
            .arg(code, Languages::all().join(QStringLiteral(", ")));
    options->language = code;
    return {};
}

QString readSize(const QString &size, KioskOptions *options)
{
    if (size.isEmpty())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const auto match = pattern.match(size);
    if (!match.hasMatch())
        return QStringLiteral("--size wants WIDTHxHEIGHT, e.g. 1920x1080");
    options->size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    return {};
}

QString readRoute(const QString &route, KioskOptions *options)
{
    if (route.isEmpty())
        return {};
    static const QRegularExpression routes(
        QStringLiteral("^(attract|home|country/[A-Z]{2}|theme/[a-z0-9][a-z0-9-]*|"
                       "item/[A-Za-z0-9][A-Za-z0-9._-]*)$"));
    if (!routes.match(route).hasMatch())
        return QStringLiteral(
            "--open wants attract, home, country/CODE, theme/ID or item/ID, "
            "e.g. country/TH");
    options->route = route;
    return {};
}

QString readTextScale(const QString &percent, KioskOptions *options)
{
    if (percent.isEmpty())
        return {};
    if (!AccessChoices::isTextScale(percent.toInt()))
        return QStringLiteral("--text-scale wants 100, 150 or 200");
    options->textScale = percent.toInt();
    return {};
}

QString readClock(const QString &text, KioskOptions *options)
{
    if (text.isEmpty())
        return {};
    QDateTime start = QDateTime::fromString(text, Qt::ISODate);
    if (!start.isValid())
        start = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    if (!start.isValid())
        return QStringLiteral(
            "--clock wants a local date and time, YYYY-MM-DDTHH:MM[:SS] or "
            "YYYY-MM-DD, e.g. 2026-10-05T09:30");
    options->clock = start;
    return {};
}

// The options the kiosk takes, with their help texts.
struct Declared {
    const QCommandLineOption content{QStringLiteral("content"),
                                     QStringLiteral("Content root folder."), QStringLiteral("DIR")};
    const QCommandLineOption state{
        QStringLiteral("state"),
        QStringLiteral("This kiosk's own folder: status, run ledger, staff PIN, logs."),
        QStringLiteral("DIR")};
    const QCommandLineOption cache{QStringLiteral("cache"),
                                   QStringLiteral("This kiosk's cache of picture sizes."),
                                   QStringLiteral("DIR")};
    const QCommandLineOption language{
        QStringLiteral("language"),
        QStringLiteral("Interface language: %1.").arg(Languages::all().join(QStringLiteral(", "))),
        QStringLiteral("CODE")};
    const QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the loaded screen and exit."),
                                        QStringLiteral("PATH")};
    const QCommandLineOption backdrop{
        QStringLiteral("backdrop"),
        QStringLiteral("With --screenshot: also save PATH.backdrop.png, the same screen without "
                       "its texts, to measure their contrast.")};
    const QCommandLineOption size{QStringLiteral("size"),
                                  QStringLiteral("Window size, e.g. 1080x1920."),
                                  QStringLiteral("WxH")};
    const QCommandLineOption open{
        QStringLiteral("open"),
        QStringLiteral("Start on a screen: attract, home, country/CODE, theme/ID or item/ID."),
        QStringLiteral("ROUTE")};
    const QCommandLineOption reducedMotion{QStringLiteral("reduced-motion"),
                                           QStringLiteral("No pan-and-zoom and no transitions.")};
    const QCommandLineOption textScale{
        QStringLiteral("text-scale"),
        QStringLiteral("Text size for every visit, in per cent: 100, 150 or 200."),
        QStringLiteral("PERCENT")};
    const QCommandLineOption highContrast{QStringLiteral("high-contrast"),
                                          QStringLiteral("High contrast for every visit.")};
    const QCommandLineOption lowReach{
        QStringLiteral("low-reach"),
        QStringLiteral("Everything within reach of a seated visitor, for every visit.")};
    const QCommandLineOption version{QStringLiteral("version"),
                                     QStringLiteral("Print the version.")};
    const QCommandLineOption help{QStringLiteral("help"), QStringLiteral("Print this help.")};
    const QCommandLineOption kiosk{
        QStringLiteral("kiosk"),
        QStringLiteral("Full screen, no cursor, cannot be left; goes back to "
                       "the attract loop when idle.")};
    const QCommandLineOption draft{
        QStringLiteral("draft"),
        QStringLiteral("Preview the content root's draft, read-only, before it is published "
                       "(never with --kiosk).")};
    const QCommandLineOption config{
        QStringLiteral("config"),
        QStringLiteral("Hall configuration file (INI, see docs/hall-config.md)."),
        QStringLiteral("FILE")};
    const QCommandLineOption clock{
        QStringLiteral("clock"),
        QStringLiteral("Start the kiosk's clock at this local time (YYYY-MM-DDTHH:MM, or a "
                       "day): what the schedules show then, for previews and tests."),
        QStringLiteral("TIME")};
    const QCommandLineOption status{QStringLiteral("status"),
                                    QStringLiteral("Print the running kiosk's status.")};
    const QCommandLineOption setPin{
        QStringLiteral("set-pin"), QStringLiteral("Set the staff PIN (read from standard input).")};

    QList<QCommandLineOption> all() const
    {
        return {content, state,         cache,     language,     screenshot, backdrop, size,
                open,    reducedMotion, textScale, highContrast, lowReach,   kiosk,    config,
                status,  setPin,        draft,     clock,        version,    help};
    }
};

}  // namespace

KioskOptions::Parsed KioskOptions::parse(const QStringList &arguments, KioskOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ASEAN Halls exhibition kiosk"));
    const Declared o;
    parser.addOptions(o.all());

    Parsed parsed;
    parsed.outcome = Outcome::Exit;
    if (!parser.parse(arguments)) {
        parsed.exitCode = 2;
        parsed.message = QStringLiteral("asean-kiosk: %1 (see --help)").arg(parser.errorText());
        return parsed;
    }
    if (parser.isSet(o.help)) {
        // The parser would name the running program, and there is none before the application
        // object exists ("<executable_name>").
        const QString text = parser.helpText();
        parsed.message =
            QStringLiteral("Usage: asean-kiosk [options]") + text.mid(text.indexOf('\n'));
        return parsed;
    }
    if (parser.isSet(o.version)) {
        parsed.message = QStringLiteral("asean-kiosk " ASEAN_VERSION);
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.exitCode = 2;
        parsed.message = QStringLiteral("asean-kiosk: unexpected argument '%1' (see --help)")
                             .arg(parser.positionalArguments().first());
        return parsed;
    }
    for (const QString &problem :
         {readLanguage(parser.value(o.language), options), readSize(parser.value(o.size), options),
          readRoute(parser.value(o.open), options),
          readTextScale(parser.value(o.textScale), options),
          readClock(parser.value(o.clock), options)}) {
        if (!problem.isEmpty()) {
            parsed.exitCode = 2;
            parsed.message = QStringLiteral("asean-kiosk: ") + problem;
            return parsed;
        }
    }
    // A hall shows published releases only: the draft is what curators have not yet decided
    // to show visitors.
    if (parser.isSet(o.draft) && parser.isSet(o.kiosk)) {
        parsed.exitCode = 2;
        parsed.message = QStringLiteral(
            "asean-kiosk: --draft is a curator's preview and never runs with --kiosk: a hall "
            "shows only published releases. Leave out --kiosk, or publish the draft "
            "(asean-catalogue publish)");
        return parsed;
    }
    options->reducedMotion = parser.isSet(o.reducedMotion);
    options->highContrast = parser.isSet(o.highContrast);
    options->lowReach = parser.isSet(o.lowReach);
    options->kiosk = parser.isSet(o.kiosk);
    options->draft = parser.isSet(o.draft);
    options->command = parser.isSet(o.status)   ? Command::Status
                       : parser.isSet(o.setPin) ? Command::SetPin
                                                : Command::Run;
    options->config = parser.value(o.config);
    options->content = parser.value(o.content);
    options->state = parser.value(o.state);
    options->cache = parser.value(o.cache);
    options->screenshot = parser.value(o.screenshot);
    options->backdrop = parser.isSet(o.backdrop);
    parsed.outcome = Outcome::Run;
    return parsed;
}
