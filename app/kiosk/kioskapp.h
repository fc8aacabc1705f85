#pragma once
// Starts the kiosk: prepares the content root (filling an empty one with the demo), opens the
// current release, loads the QML interface and, with --screenshot, captures it and exits.

#include "kioskoptions.h"

class QGuiApplication;

namespace KioskApp {

int run(QGuiApplication &app, const KioskOptions &options);

}  // namespace KioskApp
