#pragma once
// Reads the new staff PIN for `asean-kiosk --set-pin`: without echo on a terminal, asked twice.
// From a pipe (scripts, tests) the two lines are read the same way.

#include <QString>

namespace PinPrompt {

// The PIN typed twice; empty with `*error` set when the two differ or nothing was typed.
QString readTwice(QString *error);

}  // namespace PinPrompt
