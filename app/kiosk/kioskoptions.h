#pragma once
// The kiosk's command line. Parsed before any GUI exists, so --version and usage errors work
// on a machine without a display.

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

struct KioskOptions {
    QString content;        // content root; empty: the hall file's, else the user's data folder
    QString state;          // this kiosk's state folder; empty: see StateFolder::defaultPath
    QString cache;          // this kiosk's picture cache; empty: $CACHE_DIRECTORY or the user's
    QString language;       // empty: the hall's default (English without a hall file)
    QString config;         // hall configuration (INI); empty: none
    QString screenshot;     // save a PNG of the settled window there, then exit
    bool backdrop = false;  // and beside it the same screen without its texts
    // The screen to start on: attract, home, country/CODE, theme/ID or item/ID.
    // Empty: the attract loop in kiosk mode, else home.
    QString route;
    // Access choices for every visit, over the hall file's (see AccessChoices): for screenshots
    // and tests of the access modes. 0: the hall's text size.
    bool reducedMotion = false;
    int textScale = 0;
    bool highContrast = false;
    bool lowReach = false;
    bool kiosk = false;
    // Show the content root's draft, read-only, under a "PREVIEW — not published" band: what a
    // curator imported, before it is published. Never with kiosk; writes nothing.
    bool draft = false;
    // --clock: the kiosk's clock starts at this local time and runs on from there (the day
    // the schedules show, opening hours), for tests and for previews of a day's content.
    // Invalid: the real clock.
    QDateTime clock;
    enum class Command { Run, Status, SetPin };
    Command command =
        Command::Run;  // full screen, no cursor, cannot be closed; idle returns to attract
    QSize size{1920, 1080};

    enum class Outcome { Run, Exit };
    struct Parsed {
        Outcome outcome = Outcome::Run;
        int exitCode = 0;
        QString message;  // printed before exiting: the version, or a one-line reason
    };

    static Parsed parse(const QStringList &arguments, KioskOptions *options);
};
