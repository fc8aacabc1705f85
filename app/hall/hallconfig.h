#pragma once
// One kiosk's configuration, from a QSettings INI file (format in docs/hall-config.md). A
// missing or broken file never stops the kiosk: every problem is reported and the safe default
// used in its place.

#include "accesschoices.h"
#include "languages.h"
#include "openinghours.h"
#include "runledger.h"
#include "screenmount.h"

#include <QString>
#include <QStringList>

struct HallConfig {
    QString path;  // the file read, for the staff panel
    QString hallName = QStringLiteral("ASEAN Hall");
    // Which hall this is for the catalogue's `halls` lists ([hall] id, such as seoul); empty:
    // none, and only entries for every hall are shown.
    QString hallId;
    QString contentRoot;  // empty: the default data folder
    QStringList languages = Languages::all();
    QString defaultLanguage = QStringLiteral("ko");
    int idleSeconds = 90;
    OpeningHours hours = OpeningHours::alwaysOpen();
    QString displayOffCommand;
    QString displayOnCommand;
    RecoveryPolicy recovery;
    AccessChoices access;      // on for every visit; a visitor may change them until the idle reset
    ScreenMount screen;        // how the screen is mounted: the band within reach
    QString staffCallCommand;  // run when a visitor calls staff (optional)
    // The keypad's keys for voice guidance, as QKeySequence names them ("F9").
    struct VoiceKeys {
        QString toggle = QStringLiteral("F9");   // voice on and off
        QString repeat = QStringLiteral("F10");  // the last thing said, again
        QString stop = QStringLiteral("F11");    // silence
    };
    VoiceKeys voiceKeys;
    QStringList problems;  // sentences for the log and the staff panel

    static HallConfig load(const QString &path);
    // What is in force, one "key: value" line each, for the staff panel.
    QStringList summary() const;
};
