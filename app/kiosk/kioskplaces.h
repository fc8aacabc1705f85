#pragma once
// Where a kiosk finds the shared content and keeps its own state and cache. Content is curated
// and synced to every kiosk, so the kiosk only reads it; state and cache belong to this kiosk
// (docs/architecture.md, "Where things live").

#include <QString>

struct HallConfig;
struct KioskOptions;

struct KioskPlaces {
    QString content;  // the content root
    QString state;    // see StateFolder
    QString cache;    // derived picture sizes; the content root's cache/ is read as well

    // The command line first, then the hall file, then the service manager's folders
    // ($STATE_DIRECTORY, $CACHE_DIRECTORY), then the user's.
    static KioskPlaces resolve(const KioskOptions &options, const HallConfig &hall);
    // The same, reading the hall file the options name (for --status and --set-pin).
    static KioskPlaces resolve(const KioskOptions &options);
};
