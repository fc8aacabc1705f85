#pragma once
// Text contrast as a visitor sees it (WCAG 2.2): each text's colour, at the opacity it is drawn
// with, against the pixels actually behind its letters, which the kiosk's --backdrop picture
// shows with the texts left out. Body text needs 4.5:1, large text (24 px, or 19 px bold) 3:1.

#include "kioskrun.h"

#include <QStringList>

namespace Contrast {

// WCAG's ratio of two colours' relative luminances, from 1 to 21.
double ratio(QRgb a, QRgb b);

struct Report {
    QStringList problems;  // one sentence per text below its minimum
    double worst = 21;     // the lowest ratio of any text on the screen
    QString worstText;
};

// For every text of the run's scene (run with --screenshot and --backdrop).
Report measure(const KioskRun::Run &run);

}  // namespace Contrast
