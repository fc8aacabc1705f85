// A full language switch on a member-state page: from the visitor's choice to the frame that
// shows every text in the new language, and the resident size over 1,000 switches.
#include "driving.h"
#include "kioskroot.h"
#include "languages.h"
#include "measures.h"
#include "processinfo.h"
#include "samples.h"

#include <QElapsedTimer>
#include <QQuickWindow>

using namespace Driving;

namespace Measures {

Figures languageSwitch(const BenchSetup &setup)
{
    auto session = startSession(setup.demoRoot, QStringLiteral("country/TH"));
    LanguageSession &visitorLanguage = *session->root().languages();
    QQuickWindow *window = session->window();
    settle(2000);
    quint64 frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&frames] { ++frames; });
    const QStringList languages = Languages::all();
    QList<double> times;
    double after100 = 0;
    for (int i = 0; i < setup.languageSwitches; ++i) {
        const quint64 before = frames;
        QElapsedTimer timer;
        timer.start();
        visitorLanguage.setCurrent(languages.at((i + 1) % languages.size()));
        if (spinUntil([&] { return frames > before; }, 5000))
            times << double(timer.nsecsElapsed()) / 1e6;
        if (i == 99) {
            settle(200);
            after100 = ProcessInfo::residentMb();
        }
    }
    settle(500);
    const double end = ProcessInfo::residentMb();
    return {{QStringLiteral("language switch on a state page to the frame shown, median of %1")
                 .arg(times.size()),
             QStringLiteral("%1 ms").arg(Samples::median(times), 0, 'f', 1),
             QStringLiteral("<= 100 ms")},
            {QStringLiteral("  95th percentile"),
             QStringLiteral("%1 ms").arg(Samples::percentile(times, 95), 0, 'f', 1), QString()},
            {QStringLiteral("  resident change, switches 100 to %1").arg(setup.languageSwitches),
             QStringLiteral("%1 MB").arg(end - after100, 0, 'f', 1), QStringLiteral("<= 10 MB")}};
}

}  // namespace Measures
