// End to end, the layouts: every screen in both orientations, every language on the screens a
// visitor reads most, and the screens at 200 % text, each in the real asean-kiosk under Xvfb
// and checked through the texts and controls --screenshot lists beside its picture. About a
// hundred kiosk runs: apart from tests/e2e/tst_e2e.cpp so that the two run side by side.
#include "kioskrun.h"
#include "languages.h"

#include <QTemporaryDir>
#include <QTest>

using namespace KioskRun;

class TestLayout : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fresh() const { return m_dir.filePath(QStringLiteral("fresh")); }

private slots:
    // A first start copies the bundled demo into the empty content root.
    void initTestCase()
    {
        const Run run = runKiosk({QStringLiteral("--content"), fresh()},
                                 m_dir.filePath(QStringLiteral("first.png")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    }

    // Every screen in both orientations: drawn, loaded, and no text spilling out of its box, no
    // text over another or over a control, no control over another, no card alone in a row.
    void everyScreenInBothOrientations_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("expected");  // a text that must be on that screen
        const QList<QStringList> screens = {
            // The attract loop says it under every offered language, in that language.
            {"attract", "Touch to explore|화면을 눌러 둘러보세요"},
            {"home", "Or explore by theme"},
            {"country/KH", "Member of ASEAN since"},
            {"theme/food", "Everyday dishes and festive feasts."},
            {"item/th-wat-arun",
             "The Temple of Dawn, its spire set with porcelain, on the Chao Phraya."},
            {"item/vn-hoi-an-evening", "Evening in Hội An"},
        };
        for (const QString &size : {QStringLiteral("1920x1080"), QStringLiteral("1080x1920")}) {
            for (const QStringList &s : screens)
                QTest::addRow("%s %s", qPrintable(s[0]), qPrintable(size)) << s[0] << size << s[1];
        }
    }

    void everyScreenInBothOrientations()
    {
        QFETCH(QString, route);
        QFETCH(QString, size);
        QFETCH(QString, expected);
        const QString png =
            m_dir.filePath(QString(route).replace(QLatin1Char('/'), QLatin1Char('-')) +
                           QLatin1Char('-') + size + QStringLiteral(".png"));
        const Run run = runKiosk({QStringLiteral("--content"), fresh(), QStringLiteral("--open"),
                                  route, QStringLiteral("--size"), size},
                                 png);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QStringList wh = size.split(QLatin1Char('x'));
        QCOMPARE(run.screenshot.size(), QSize(wh[0].toInt(), wh[1].toInt()));
        // A single full-screen photo has fewer colours than a grid, an empty window a handful.
        QVERIFY2(distinctColours(run.screenshot) > 150,
                 qPrintable(QString::number(distinctColours(run.screenshot))));
        const QStringList alternatives = expected.split(QLatin1Char('|'));
        QVERIFY2(std::any_of(alternatives.begin(), alternatives.end(),
                             [&run](const QString &text) { return run.texts().contains(text); }),
                 qPrintable(run.texts().join(QStringLiteral(" | "))));
        const QStringList problems = layoutProblems(run);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every language on the screens a visitor reads most, with the longest translations:
    // nothing overflows its box or is cut off where the design does not elide on purpose, and
    // nothing runs into another text or a control.
    void everyLanguageFitsEveryScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("textScale");
        const QStringList routes = {"home", "country/MM", "theme/festivals", "item/kh-angkor-wat"};
        for (const QString &language : Languages::all()) {
            for (const QString &route : routes)
                QTest::newRow(qPrintable(language + QLatin1Char(' ') + route))
                    << language << route << "1920x1080"
                    << "100";
            QTest::newRow(qPrintable(language + QStringLiteral(" country/PH portrait")))
                << language << "country/PH"
                << "1080x1920"
                << "100";
        }
        // Portrait's own layouts: the home grid's eleven states in the tallest scripts, in
        // Korean and in Tetum's long Latin words; a landscape photo with its caption under it;
        // and a portrait photo with its caption beside it.
        for (const char *language : {"ko", "tet", "km", "my"})
            QTest::newRow(qPrintable(language + QStringLiteral(" home portrait")))
                << QString::fromLatin1(language) << "home"
                << "1080x1920"
                << "100";
        // The eleventh state's page and a photo of it, in its own language.
        QTest::newRow("tet country/TL") << "tet"
                                        << "country/TL"
                                        << "1920x1080"
                                        << "100";
        QTest::newRow("tet item/tl-tais portrait") << "tet"
                                                   << "item/tl-tais"
                                                   << "1080x1920"
                                                   << "100";
        QTest::newRow("km landscape photo portrait") << "km"
                                                     << "item/kh-angkor-wat"
                                                     << "1080x1920"
                                                     << "100";
        QTest::newRow("my portrait photo landscape") << "my"
                                                     << "item/th-wat-arun"
                                                     << "1920x1080"
                                                     << "100";
        // Text at 200 % (the access panel's largest): each screen in each orientation once, in
        // the three scripts that run tallest or widest.
        const QList<QStringList> large = {{"ko", "home", "1920x1080"},
                                          {"ko", "country/MM", "1080x1920"},
                                          {"ko", "theme/festivals", "1920x1080"},
                                          {"ko", "item/kh-angkor-wat", "1080x1920"},
                                          {"km", "home", "1080x1920"},
                                          {"km", "country/MM", "1920x1080"},
                                          {"km", "theme/festivals", "1080x1920"},
                                          {"km", "item/kh-angkor-wat", "1920x1080"},
                                          {"my", "home", "1920x1080"},
                                          {"my", "country/MM", "1080x1920"},
                                          {"my", "theme/festivals", "1080x1920"},
                                          {"my", "item/th-wat-arun", "1920x1080"},
                                          {"km", "attract", "1080x1920"},
                                          {"my", "attract", "1920x1080"}};
        for (const QStringList &row : large)
            QTest::newRow(qPrintable(QStringLiteral("200 % %1 %2 %3").arg(row[0], row[1], row[2])))
                << row[0] << row[1] << row[2] << "200";
    }

    void everyLanguageFitsEveryScreen()
    {
        QFETCH(QString, language);
        QFETCH(QString, route);
        QFETCH(QString, size);
        QFETCH(QString, textScale);
        const QString png =
            m_dir.filePath(QStringLiteral("lang-%1-%2-%3-%4.png")
                               .arg(language, QString(route).replace('/', '-'), size, textScale));
        const Run run =
            runKiosk({QStringLiteral("--content"), fresh(), QStringLiteral("--language"), language,
                      QStringLiteral("--open"), route, QStringLiteral("--size"), size,
                      QStringLiteral("--text-scale"), textScale},
                     png);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.texts().size() > 5, qPrintable(run.texts().join(" | ")));
        const QStringList problems = layoutProblems(run);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
