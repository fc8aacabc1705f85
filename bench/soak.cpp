// A compressed hall day: thousands of random visitor actions on the real kiosk (taps, swipes,
// pinches, language switches, video plays), with the idle reset between visitors. Prints the
// resident size every 1,000 actions and every stall: an action after which no frame reached
// the screen within a second.
#include "driving.h"
#include "kioskroot.h"
#include "languages.h"
#include "measures.h"
#include "processinfo.h"

#include <QElapsedTimer>
#include <QPointingDevice>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTest>
#include <cstdio>

using namespace Driving;

namespace {

constexpr int kStallMs = 1000;

QPoint randomPoint(QRandomGenerator &random, const QSize &size)
{
    return {random.bounded(size.width()), random.bounded(size.height())};
}

// One finger drawn across the screen over a few frames.
void swipe(QWindow *window, QPointingDevice *screen, QRandomGenerator &random)
{
    const QSize size = window->size();
    QPoint at = randomPoint(random, size);
    const QPoint step((random.bounded(2) ? 1 : -1) * random.bounded(20, 90),
                      random.bounded(3) == 0 ? random.bounded(-60, 60) : 0);
    QTest::touchEvent(window, screen).press(0, at, window);
    for (int i = 0; i < 8; ++i) {
        at += step;
        QTest::touchEvent(window, screen).move(0, at, window);
        settle(8);
    }
    QTest::touchEvent(window, screen).release(0, at, window);
}

// Two fingers moving apart (or together) about a point.
void pinch(QWindow *window, QPointingDevice *screen, QRandomGenerator &random)
{
    const QPoint centre = randomPoint(random, window->size());
    const int direction = random.bounded(2) ? 1 : -1;
    int spread = direction > 0 ? 60 : 300;
    QTest::touchEvent(window, screen)
        .press(0, centre - QPoint(spread, 0), window)
        .press(1, centre + QPoint(spread, 0), window);
    for (int i = 0; i < 8; ++i) {
        spread += direction * 30;
        QTest::touchEvent(window, screen)
            .move(0, centre - QPoint(spread, 0), window)
            .move(1, centre + QPoint(spread, 0), window);
        settle(8);
    }
    QTest::touchEvent(window, screen)
        .release(0, centre - QPoint(spread, 0), window)
        .release(1, centre + QPoint(spread, 0), window);
}

}  // namespace

namespace Measures {

Figures soak(const BenchSetup &setup)
{
    auto session = startSession(setup.demoRoot, QStringLiteral("attract"));
    KioskRoot &kiosk = session->root();
    kiosk.languages()->setOffered(Languages::all());
    kiosk.languages()->setHallDefault(QStringLiteral("ko"));
    kiosk.hall()->setIdleSeconds(90);
    QQuickWindow *window = session->window();
    settle(2000);
    QPointingDevice *screen = QTest::createTouchDevice();
    QRandomGenerator random(20261123);  // the same day every time
    const QStringList videos = {QStringLiteral("th-loy-krathong-river"),
                                QStringLiteral("id-gamelan-rehearsal"),
                                QStringLiteral("vn-hoi-an-evening")};
    quint64 frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&frames] { ++frames; });

    std::printf("soak: %d actions\n%8s %10s %8s %8s\n", setup.soakActions, "actions", "RSS MB",
                "stalls", "resets");
    std::fflush(stdout);
    // Every 1,000 actions (every tenth of a shorter run).
    const int report = qMax(1, qMin(1000, setup.soakActions / 10));
    QList<double> rss;
    int stalls = 0, resets = 0, longestWait = 0;
    QElapsedTimer clock;
    clock.start();
    for (int action = 1; action <= setup.soakActions; ++action) {
        const int kind = random.bounded(100);
        if (kind < 55) {
            QTest::touchEvent(window, screen).press(0, randomPoint(random, window->size()), window);
            settle(30);
            QTest::touchEvent(window, screen).release(0, QPoint(), window);
        } else if (kind < 75) {
            swipe(window, screen, random);
        } else if (kind < 85) {
            pinch(window, screen, random);
        } else if (kind < 92) {
            kiosk.languages()->setCurrent(
                Languages::all().at(random.bounded(int(Languages::all().size()))));
        } else if (kind < 97) {
            go(*session, QStringLiteral("item/") + videos.at(random.bounded(3)));
            settle(100);
            QObject *player = window->findChild<QObject *>(QStringLiteral("videoScreen"));
            QMetaObject::invokeMethod(player, "stop");
        } else {
            // The visitor walks away: what the idle countdown does when it expires.
            QMetaObject::invokeMethod(window, "resetForNextVisitor");
            ++resets;
        }
        // Ask for a frame and wait for it to reach the screen.
        const quint64 before = frames;
        QElapsedTimer wait;
        wait.start();
        window->update();
        if (!spinUntil([&] { return frames > before; }, kStallMs)) {
            ++stalls;
            std::printf("  stall after action %d (%s)\n", action,
                        qPrintable(window->property("route").toString()));
        }
        longestWait = qMax(longestWait, int(wait.elapsed()));
        if (action % report == 0) {
            // Read on the same screen each time: the viewer keeps three screen-sized pictures
            // decoded (about 100 MB more than home), so comparing home at one reading with the
            // viewer at another would measure the screen, not a day's growth.
            go(*session, QStringLiteral("home"));
            settle(300);
            rss << ProcessInfo::residentMb();
            std::printf("%8d %10.1f %8d %8d\n", action, rss.last(), stalls, resets);
            std::fflush(stdout);
        }
    }
    const double minutes = clock.elapsed() / 60000.0;
    // Growth after warm-up: from the first report to the end.
    const double growth = rss.size() >= 2 ? 100.0 * (rss.last() - rss.first()) / rss.first() : 0;
    return {{QStringLiteral("soak: %1 visitor actions in %2 min, %3 idle resets")
                 .arg(setup.soakActions)
                 .arg(minutes, 0, 'f', 1)
                 .arg(resets),
             QString(), QString()},
            {QStringLiteral("  resident growth at home after the first %1 actions").arg(report),
             QStringLiteral("%1 %").arg(growth, 0, 'f', 1), QStringLiteral("<= 10 %")},
            {QStringLiteral("  stalls (no frame within %1 ms of an action)").arg(kStallMs),
             QString::number(stalls), QStringLiteral("0")},
            {QStringLiteral("  longest wait for a frame after an action"),
             QStringLiteral("%1 ms").arg(longestWait), QString()}};
}

}  // namespace Measures
