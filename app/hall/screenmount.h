#pragma once
// How the screen is mounted, for "everything within reach" (issue 14, ../shared/ACCESSIBILITY.md):
// the visible area's bottom edge above the floor, its height, and the highest a seated visitor
// reaches (120 cm, the Korean kiosk criteria and ADA §308). From these, the band of the screen a
// visitor in a wheelchair can touch. The hall file's [screen] section gives them; what it does
// not give is assumed from the screen's orientation: a portrait 1080×1920 screen with its bottom
// edge at 70 cm and 121 cm high, a landscape 1920×1080 one at 90 cm and 68 cm high.

#include <QString>
#include <algorithm>

struct ScreenMount {
    // Negative: not given, assumed from the orientation.
    double bottomCm = -1;
    double heightCm = -1;
    double reachCm = 120;

    double bottomFor(bool portrait) const { return bottomCm >= 0 ? bottomCm : portrait ? 70 : 90; }
    double heightFor(bool portrait) const { return heightCm > 0 ? heightCm : portrait ? 121 : 68; }

    // The share of the screen's height, from its top, that lies above the reach limit: 0 when
    // all of it is within reach. At most three quarters, so that a screen mounted too high
    // still leaves its controls a band to sit in (HallConfig reports such a mounting).
    double outOfReach(bool portrait) const
    {
        const double within = (reachCm - bottomFor(portrait)) / heightFor(portrait);
        return std::clamp(1 - within, 0.0, 0.75);
    }
    // True when the reach limit leaves less than a quarter of the screen within reach.
    bool tooHigh(bool portrait) const
    {
        return (reachCm - bottomFor(portrait)) / heightFor(portrait) < 0.25;
    }

    // "bottom edge 70 cm, 121 cm high, reach 120 cm", for the staff panel.
    QString describe() const
    {
        const auto cm = [](double value) {
            return value < 0 ? QStringLiteral("by orientation")
                             : QStringLiteral("%1 cm").arg(value);
        };
        return QStringLiteral("bottom edge %1, height %2, reach %3")
            .arg(cm(bottomCm), heightCm > 0 ? cm(heightCm) : cm(-1), cm(reachCm));
    }
};
