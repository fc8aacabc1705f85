// The router: routes as --open names them, the viewer's way back, and the order in which it
// tells of a change (the viewer needs its list before it looks for the item).
#include "router.h"

#include <QSignalSpy>
#include <QTest>

class TestRouter : public QObject {
    Q_OBJECT

private slots:
    void aMissingPlaceIsHomeUntilTheNextMove()
    {
        Router router;
        router.go(Router::Section::Country, QStringLiteral("TH"));
        QSignalSpy told(&router, &Router::missingChanged);
        router.goHomeForMissing(Router::Section::Item, QStringLiteral("th-nope"));
        QCOMPARE(router.section(), Router::Section::Home);
        QCOMPARE(router.missingSection(), Router::Section::Item);
        QCOMPARE(router.missingId(), QStringLiteral("th-nope"));
        QCOMPARE(router.returnSection(), Router::Section::Home);
        router.go(Router::Section::Country, QStringLiteral("TH"));
        QVERIFY(router.missingId().isEmpty());
        QCOMPARE(told.count(), 2);  // set, then cleared
    }

    void parsesRoutes_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("section");
        QTest::addColumn<QString>("id");
        QTest::newRow("attract") << "attract" << true << int(Router::Section::Attract) << "";
        QTest::newRow("state") << "country/TH" << true << int(Router::Section::Country) << "TH";
        QTest::newRow("item") << "item/th-wat-arun" << true << int(Router::Section::Item)
                              << "th-wat-arun";
        QTest::newRow("home with an id") << "home/x" << false << 0 << "";
        QTest::newRow("state without one") << "country" << false << 0 << "";
        QTest::newRow("unknown") << "gallery/1" << false << 0 << "";
    }

    void parsesRoutes()
    {
        QFETCH(QString, route);
        QFETCH(bool, valid);
        Router::Section section = Router::Section::Home;
        QString id;
        QCOMPARE(Router::parse(route, &section, &id), valid);
        if (valid) {
            QFETCH(int, section);
            QFETCH(QString, id);
            QCOMPARE(int(section), section);
            QCOMPARE(Router::routeOf(Router::Section(section), id), route);
        }
    }

    void theViewerReturnsToTheGridItWasOpenedFrom()
    {
        Router router;
        router.go(Router::Section::Theme, QStringLiteral("food"));
        router.go(Router::Section::Item, QStringLiteral("th-tom-yum"));
        QCOMPARE(router.returnSection(), Router::Section::Theme);
        // Swiping in the viewer keeps the way back.
        router.go(Router::Section::Item, QStringLiteral("vn-pho"));
        router.back();
        QCOMPARE(router.section(), Router::Section::Theme);
        QCOMPARE(router.id(), QStringLiteral("food"));
        router.go(Router::Section::Country, QStringLiteral("KH"));
        router.go(Router::Section::Item, QStringLiteral("kh-angkor-wat"));
        router.back();
        QCOMPARE(router.route(), QStringLiteral("country/KH"));
        // The last theme stays set under other screens, so its grid keeps its place.
        QCOMPARE(router.themeId(), QStringLiteral("food"));
    }

    // Across ASEAN: sideways into other states' items, then back along the same path.
    void backRetracesSidewaysMoves()
    {
        Router router;
        router.go(Router::Section::Country, QStringLiteral("TH"));
        router.go(Router::Section::Item, QStringLiteral("th-wat-arun"));
        router.go(Router::Section::Item, QStringLiteral("th-tom-yum"));  // a swipe
        router.across(QStringLiteral("th-tom-yum"), QStringLiteral("kh-fish-amok"),
                      QStringLiteral("KH"), QStringLiteral("food"));
        QCOMPARE(router.route(), QStringLiteral("item/kh-fish-amok"));
        QCOMPARE(router.acrossCountry(), QStringLiteral("KH"));
        QCOMPARE(router.acrossTheme(), QStringLiteral("food"));
        router.across(QStringLiteral("kh-fish-amok"), QStringLiteral("mm-mohinga"),
                      QStringLiteral("MM"), QStringLiteral("food"));
        QCOMPARE(router.acrossCountry(), QStringLiteral("MM"));
        router.back();
        QCOMPARE(router.route(), QStringLiteral("item/kh-fish-amok"));
        QCOMPARE(router.acrossCountry(), QStringLiteral("KH"));
        router.back();
        // The item the visitor had swiped to, in the grid it was opened from.
        QCOMPARE(router.route(), QStringLiteral("item/th-tom-yum"));
        QCOMPARE(router.acrossCountry(), QString());
        QCOMPARE(router.acrossTheme(), QString());
        router.back();
        QCOMPARE(router.route(), QStringLiteral("country/TH"));
        // Leaving the viewer forgets the path: the next viewer starts from its own grid.
        router.go(Router::Section::Item, QStringLiteral("th-tom-yum"));
        router.across(QStringLiteral("th-tom-yum"), QStringLiteral("kh-fish-amok"),
                      QStringLiteral("KH"), QStringLiteral("food"));
        router.go(Router::Section::Home);
        QCOMPARE(router.acrossCountry(), QString());
        router.go(Router::Section::Item, QStringLiteral("th-wat-arun"));
        router.back();
        QCOMPARE(router.route(), QStringLiteral("home"));
    }

    // A state's page led to a theme page (its way on), and that to a photo: back goes to the
    // theme, then the state, then home; another theme from the theme page's strip is a step
    // sideways, not one more step back.
    void backReturnsAlongThePath()
    {
        Router router;
        router.go(Router::Section::Country, QStringLiteral("KH"));
        QCOMPARE(router.returnSection(), Router::Section::Home);
        router.go(Router::Section::Theme, QStringLiteral("festivals"));
        QCOMPARE(router.returnSection(), Router::Section::Country);
        QCOMPARE(router.returnId(), QStringLiteral("KH"));
        router.go(Router::Section::Item, QStringLiteral("th-loy-krathong-river"));
        QCOMPARE(router.returnSection(), Router::Section::Theme);
        QCOMPARE(router.returnId(), QStringLiteral("festivals"));
        router.back();
        QCOMPARE(router.route(), QStringLiteral("theme/festivals"));
        router.go(Router::Section::Theme, QStringLiteral("food"));
        QCOMPARE(router.returnId(), QStringLiteral("KH"));
        router.back();
        QCOMPARE(router.route(), QStringLiteral("country/KH"));
        QCOMPARE(router.returnSection(), Router::Section::Home);
        router.back();
        QCOMPARE(router.route(), QStringLiteral("home"));
        // Home starts afresh: nothing of the last visitor's path is left to go back to.
        router.go(Router::Section::Country, QStringLiteral("TH"));
        router.go(Router::Section::Theme, QStringLiteral("food"));
        router.go(Router::Section::Home);
        router.go(Router::Section::Theme, QStringLiteral("food"));
        QCOMPARE(router.returnSection(), Router::Section::Home);
    }

    void tellsThePlaceBeforeTheScreen()
    {
        Router router;
        router.go(Router::Section::Country, QStringLiteral("TH"));
        QStringList told;
        connect(&router, &Router::placeChanged, this,
                [&] { told << QStringLiteral("place %1").arg(int(router.returnSection())); });
        connect(&router, &Router::screenChanged, this, [&](Router::Section, const QString &id) {
            told << QStringLiteral("screen ") + id;
        });
        router.go(Router::Section::Item, QStringLiteral("th-wat-arun"));
        QCOMPARE(told, (QStringList{QStringLiteral("place %1").arg(int(Router::Section::Country)),
                                    QStringLiteral("screen th-wat-arun")}));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
