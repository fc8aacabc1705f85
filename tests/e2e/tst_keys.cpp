// End to end: a visit by keys alone (issue 14). The real asean-kiosk in Xvfb, driven only by
// xdotool key presses, as a keyboard or a kiosk keypad sends them: open a state, open a photo,
// go to the next photo, go back, change the language, return home. The kiosk's keypad log
// (asean.keypad at debug) says what had focus and what was pressed; screenshots of the X screen
// show the focus ring and the photo changing.
#include "kioskrun.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace KioskRun;

namespace {

// How many pixels of the focus ring's yellow (Theme.focusRing, #f2c500) an image holds.
int ringPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - 0xf2) < 12 && std::abs(c.green() - 0xc5) < 12 && c.blue() < 24)
                ++count;
        }
    }
    return count;
}

// The share of pixels that differ clearly between two images of one size.
double changed(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.isNull())
        return 0;
    int count = 0;
    for (int y = 0; y < a.height(); y += 4) {
        for (int x = 0; x < a.width(); x += 4) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) +
                    std::abs(p.blue() - q.blue()) >
                60)
                ++count;
        }
    }
    return double(count) / ((a.width() / 4) * (a.height() / 4));
}

}  // namespace

class TestKeys : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aVisitByKeysAlone()
    {
        const QString content = m_dir.filePath(QStringLiteral("content"));
        const QString shots = m_dir.path();
        // Each key as xdotool sends it, a moment apart; `shot NAME` grabs the X screen.
        const QString script = QStringLiteral(
            "QT_LOGGING_RULES='asean.keypad.debug=true' \"$0\" --content \"$1\" --language en "
            "2> \"$1.keys.log\" & pid=$!\n"
            "wait_for_frame \"$1.keys.log\" || exit 1\n"
            "sleep 1\n"
            "shot() { ffmpeg -loglevel error -y -f x11grab -video_size 1920x1080 -i \"$DISPLAY\" "
            "-frames:v 1 \"$2/$1.png\"; }\n"
            "k() { for key in \"$@\"; do xdotool key \"$key\"; sleep 0.6; done; }\n"
            // The first key opens the keypad's hint; OK closes it.
            "k Tab; shot hint \"$2\"\n"
            "k Return\n"
            // From Brunei to Cambodia, open it; the second photo, open it.
            "k Right; shot home \"$2\"\n"
            "k Return; sleep 1.5\n"
            "k Right\n"
            "k Return; sleep 1.5; shot viewer \"$2\"\n"
            // The next photo; back to the grid.
            "k Return; sleep 1; shot next \"$2\"\n"
            "k BackSpace; sleep 1.5\n"
            // Up to the top bar, right to the language button, down the list to Thai.
            "k Up Up Up Up Right Right Right Return; sleep 0.5\n"
            "k Down Down Down Return; sleep 1\n"
            // Home.
            "k Home; sleep 1.5; shot end \"$2\"\n"
            "kill $pid; wait $pid; cat \"$1.keys.log\"\n");
        const QString log = runScriptInX(script, {content, shots}, 120000);
        QVERIFY2(!log.contains(QLatin1String("NO FRAME")), qPrintable(log));
        const auto after = [&log](const QString &what, qsizetype from) {
            return log.indexOf(what, from);
        };
        // The first key: the hint, on the access panel's close button.
        qsizetype at = after(QStringLiteral("keypad in use"), 0);
        QVERIFY2(at >= 0, qPrintable(log));
        QVERIFY2((at = after(QStringLiteral("focus: Close"), at)) >= 0, qPrintable(log));
        QVERIFY2((at = after(QStringLiteral("focus: Cambodia"), at)) >= 0, qPrintable(log));
        QVERIFY2((at = after(QStringLiteral("screen: country/KH"), at)) >= 0, qPrintable(log));
        // The photo opened, by its title.
        const QRegularExpression pressed(
            QStringLiteral("press: ([^\\n]+)\\n[^\\n]*screen: (item/\\S+)"));
        const QRegularExpressionMatch opened = pressed.match(log, at);
        QVERIFY2(opened.hasMatch(), qPrintable(log));
        const QString title = opened.captured(1);
        at = opened.capturedEnd();
        QVERIFY2((at = after(QStringLiteral("focus: Next photo"), at)) >= 0, qPrintable(log));
        QVERIFY2((at = after(QStringLiteral("press: Next photo"), at)) >= 0, qPrintable(log));
        // Back in the grid, on the photo that was opened.
        QVERIFY2((at = after(QStringLiteral("screen: country/KH"), at)) >= 0, qPrintable(log));
        QVERIFY2((at = after(QStringLiteral("focus: ") + title, at)) >= 0,
                 qPrintable(title + QStringLiteral(" | ") + log));
        // The language button and the list, by keys.
        QVERIFY2((at = after(QStringLiteral("press: Language"), at)) >= 0, qPrintable(log));
        QVERIFY2((at = after(QStringLiteral("focus: English"), at)) >= 0, qPrintable(log));
        QVERIFY2((at = after(QStringLiteral("press: ไทย"), at)) >= 0, qPrintable(log));
        QVERIFY2((at = after(QStringLiteral("language: \"th\""), at)) >= 0, qPrintable(log));
        QVERIFY2((at = after(QStringLiteral("screen: home"), at)) >= 0, qPrintable(log));
        // Home starts on the state the visitor opened, named in Thai.
        QVERIFY2((at = after(QStringLiteral("focus: กัมพูชา"), at)) >= 0, qPrintable(log));

        // The ring is seen around the focused card and button; the next photo is another.
        const QImage home(m_dir.filePath(QStringLiteral("home.png")));
        const QImage viewer(m_dir.filePath(QStringLiteral("viewer.png")));
        const QImage next(m_dir.filePath(QStringLiteral("next.png")));
        QCOMPARE(home.size(), QSize(1920, 1080));
        // A card's ring: two sides of 330 px and two of 335 px, 5 px thick.
        QVERIFY2(ringPixels(home) > 4000, qPrintable(QString::number(ringPixels(home))));
        QVERIFY2(ringPixels(viewer) > 1000, qPrintable(QString::number(ringPixels(viewer))));
        QVERIFY2(changed(viewer, next) > 0.2, qPrintable(QString::number(changed(viewer, next))));
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
