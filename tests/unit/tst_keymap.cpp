// The keypad's keys (Keypad::actionOf) and where "everything within reach" begins on the screen
// (the hall file's [screen], ScreenMount, Accessibility::reachTop), issue 14.
#include "accessibility.h"
#include "hallconfig.h"
#include "keypad.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestKeymap : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeIni(const QByteArray &text)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("hall%1.ini").arg(n++));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text);
        return path;
    }

private slots:
    void keysDoWhatTheySay_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<int>("action");
        const int none = Qt::NoModifier;
        const int pad = Qt::KeypadModifier;
        QTest::newRow("Tab") << int(Qt::Key_Tab) << none << int(Keypad::Next);
        QTest::newRow("Shift+Tab")
            << int(Qt::Key_Tab) << int(Qt::ShiftModifier) << int(Keypad::Previous);
        QTest::newRow("Backtab") << int(Qt::Key_Backtab) << int(Qt::ShiftModifier)
                                 << int(Keypad::Previous);
        QTest::newRow("Up") << int(Qt::Key_Up) << none << int(Keypad::Up);
        QTest::newRow("Right") << int(Qt::Key_Right) << none << int(Keypad::Right);
        QTest::newRow("Return") << int(Qt::Key_Return) << none << int(Keypad::Activate);
        QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << pad << int(Keypad::Activate);
        QTest::newRow("Space") << int(Qt::Key_Space) << none << int(Keypad::Activate);
        QTest::newRow("Backspace") << int(Qt::Key_Backspace) << none << int(Keypad::Back);
        QTest::newRow("Escape") << int(Qt::Key_Escape) << none << int(Keypad::Back);
        QTest::newRow("Home") << int(Qt::Key_Home) << none << int(Keypad::Home);
        // Num Lock on: the digits of the numeric keypad.
        QTest::newRow("keypad 8") << int(Qt::Key_8) << pad << int(Keypad::Up);
        QTest::newRow("keypad 2") << int(Qt::Key_2) << pad << int(Keypad::Down);
        QTest::newRow("keypad 4") << int(Qt::Key_4) << pad << int(Keypad::Left);
        QTest::newRow("keypad 6") << int(Qt::Key_6) << pad << int(Keypad::Right);
        QTest::newRow("keypad 5") << int(Qt::Key_5) << pad << int(Keypad::Activate);
        QTest::newRow("keypad 0") << int(Qt::Key_0) << pad << int(Keypad::Back);
        QTest::newRow("keypad 7") << int(Qt::Key_7) << pad << int(Keypad::Home);
        QTest::newRow("keypad +") << int(Qt::Key_Plus) << pad << int(Keypad::Next);
        QTest::newRow("keypad -") << int(Qt::Key_Minus) << pad << int(Keypad::Previous);
        // Num Lock off: the same keys send these.
        QTest::newRow("keypad 5, no Num Lock")
            << int(Qt::Key_Clear) << pad << int(Keypad::Activate);
        QTest::newRow("keypad 0, no Num Lock") << int(Qt::Key_Insert) << pad << int(Keypad::Back);
        QTest::newRow("keypad 7, no Num Lock") << int(Qt::Key_Home) << pad << int(Keypad::Home);
        // Not the keypad's: the digits of the main keyboard, letters, and Ctrl or Alt with
        // anything (ctrl+q, alt+F4: nothing closes the kiosk).
        QTest::newRow("8") << int(Qt::Key_8) << none << int(Keypad::None);
        QTest::newRow("q") << int(Qt::Key_Q) << none << int(Keypad::None);
        QTest::newRow("Ctrl+Tab") << int(Qt::Key_Tab) << int(Qt::ControlModifier)
                                  << int(Keypad::None);
        QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier) << int(Keypad::None);
        QTest::newRow("Alt+Left") << int(Qt::Key_Left) << int(Qt::AltModifier) << int(Keypad::None);
    }
    void keysDoWhatTheySay()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(int, action);
        QCOMPARE(int(Keypad::actionOf(key, Qt::KeyboardModifiers(modifiers))), action);
    }

    // Without a [screen] section: the screens. Landscape: the bottom edge at 90 cm and
    // 68 cm high, so 30 of its 68 cm are in reach; portrait: at 70 cm and 121 cm high, 50 cm.
    void theReachFollowsTheOrientationByDefault()
    {
        Accessibility access;
        QCOMPARE(access.reachTop(1080, false), int(std::ceil(1080 * (1 - 30.0 / 68))));
        QCOMPARE(access.reachTop(1080, false), 604);
        QCOMPARE(access.reachTop(1920, true), 1127);
    }

    void theHallFileSaysHowTheScreenIsMounted()
    {
        const HallConfig config =
            HallConfig::load(writeIni("[screen]\nbottom_cm=50\nheight_cm=100\nreach_cm=110\n"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join('\n')));
        Accessibility access;
        access.setMount(config.screen);
        // 60 of 100 cm in reach, whatever the orientation: the top 40 % is not.
        QCOMPARE(access.reachTop(1920, true), 768);
        QCOMPARE(access.reachTop(1000, false), 400);
        QVERIFY2(config.summary().join('\n').contains(
                     QLatin1String("screen mounting: bottom edge 50 cm, height 100 cm, "
                                   "reach 110 cm")),
                 qPrintable(config.summary().join('\n')));
        // A screen low enough to reach all over: no band above.
        Accessibility low;
        low.setMount(HallConfig::load(writeIni("[screen]\nbottom_cm=40\nheight_cm=60\n")).screen);
        QCOMPARE(low.reachTop(1080, false), 0);
    }

    void aBrokenOrUnreachableMountingIsReported_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("said");
        QTest::newRow("words") << QByteArray("[screen]\nbottom_cm=low\n") << "screen/bottom_cm";
        QTest::newRow("too high") << QByteArray("[screen]\nheight_cm=900\n") << "screen/height_cm";
        QTest::newRow("no reach") << QByteArray("[screen]\nreach_cm=10\n") << "screen/reach_cm";
        QTest::newRow("mounted too high")
            << QByteArray("[screen]\nbottom_cm=110\nheight_cm=68\n") << "less than a quarter";
    }
    void aBrokenOrUnreachableMountingIsReported()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, said);
        const HallConfig config = HallConfig::load(writeIni(ini));
        QVERIFY2(config.problems.join('\n').contains(said), qPrintable(config.problems.join('\n')));
        // The lowest quarter at least stays within reach.
        Accessibility access;
        access.setMount(config.screen);
        QVERIFY(access.reachTop(1080, false) <= 810);
    }
};

QTEST_GUILESS_MAIN(TestKeymap)
#include "tst_keymap.moc"
