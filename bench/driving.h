#pragma once
// Driving the real kiosk inside a benchmark: start a session as the program does, run the event
// loop until something happens, move between screens.

#include "kioskapp.h"

#include <QString>
#include <functional>
#include <memory>

namespace Driving {

// Runs the event loop until `done` or the timeout; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);
// Runs the event loop for `ms`.
void settle(int ms);
// The kiosk on content root `root`, showing `route`, in a window; exits the program if it cannot.
std::unique_ptr<KioskSession> startSession(const QString &root, const QString &route);
// The screen change a visitor's tap makes (the router's go()).
void go(KioskSession &session, const QString &route);

}  // namespace Driving
