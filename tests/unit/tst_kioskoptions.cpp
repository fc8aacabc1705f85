// The kiosk's command line: what runs, what exits, and the one-line reasons.
#include "kioskoptions.h"

#include <QTest>

class TestKioskOptions : public QObject {
    Q_OBJECT

private slots:
    void parses()
    {
        KioskOptions o;
        const auto parsed = KioskOptions::parse(
            {QStringLiteral("asean-kiosk"), QStringLiteral("--content"),
             QStringLiteral("/srv/hall"), QStringLiteral("--language"), QStringLiteral("ko"),
             QStringLiteral("--screenshot"), QStringLiteral("/tmp/a.png"), QStringLiteral("--size"),
             QStringLiteral("1080x1920")},
            &o);
        QCOMPARE(parsed.outcome, KioskOptions::Outcome::Run);
        QCOMPARE(o.content, QStringLiteral("/srv/hall"));
        QCOMPARE(o.language, QStringLiteral("ko"));
        QCOMPARE(o.screenshot, QStringLiteral("/tmp/a.png"));
        QCOMPARE(o.size, QSize(1080, 1920));
    }

    // The access modes a screenshot or test starts in.
    void accessChoices()
    {
        KioskOptions o;
        QCOMPARE(KioskOptions::parse({QStringLiteral("asean-kiosk"), QStringLiteral("--text-scale"),
                                      QStringLiteral("200"), QStringLiteral("--high-contrast")},
                                     &o)
                     .outcome,
                 KioskOptions::Outcome::Run);
        QCOMPARE(o.textScale, 200);
        QVERIFY(o.highContrast);
        KioskOptions plain;
        KioskOptions::parse({QStringLiteral("asean-kiosk")}, &plain);
        QCOMPARE(plain.textScale, 0);
        QVERIFY(!plain.highContrast);
    }

    void defaults()
    {
        KioskOptions o;
        QCOMPARE(KioskOptions::parse({QStringLiteral("asean-kiosk")}, &o).outcome,
                 KioskOptions::Outcome::Run);
        QCOMPARE(o.size, QSize(1920, 1080));
        QVERIFY(o.language.isEmpty());
        QVERIFY(!o.kiosk);
        QVERIFY(o.content.isEmpty());
    }

    // asean-kiosk --help runs before any application object: it names the program itself.
    void helpNamesTheProgram()
    {
        KioskOptions options;
        const KioskOptions::Parsed parsed = KioskOptions::parse(
            {QStringLiteral("asean-kiosk"), QStringLiteral("--help")}, &options);
        QVERIFY2(parsed.message.startsWith(QLatin1String("Usage: asean-kiosk [options]\n")),
                 qPrintable(parsed.message.left(60)));
        QVERIFY(parsed.message.contains(QLatin1String("--content <DIR>")));
    }

    void exits_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                                 << "asean-kiosk " ASEAN_VERSION;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--fly")} << 2 << "Unknown option 'fly'";
        QTest::newRow("language") << QStringList{QStringLiteral("--language"), QStringLiteral("xx")}
                                  << 2 << "unknown language 'xx'";
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")} << 2
                              << "--size wants";
        QTest::newRow("text scale")
            << QStringList{QStringLiteral("--text-scale"), QStringLiteral("175")} << 2
            << "--text-scale wants 100, 150 or 200";
        QTest::newRow("positional")
            << QStringList{QStringLiteral("extra")} << 2 << "unexpected argument";
        // The whole message: the draft is never shown to visitors.
        QTest::newRow("draft in kiosk mode")
            << QStringList{QStringLiteral("--kiosk"), QStringLiteral("--draft")} << 2
            << "asean-kiosk: --draft is a curator's preview and never runs with --kiosk: a hall "
               "shows only published releases. Leave out --kiosk, or publish the draft "
               "(asean-catalogue publish)";
    }

    void draftIsAPreview()
    {
        KioskOptions o;
        QCOMPARE(KioskOptions::parse({QStringLiteral("asean-kiosk"), QStringLiteral("--draft")}, &o)
                     .outcome,
                 KioskOptions::Outcome::Run);
        QVERIFY(o.draft);
        QVERIFY(!o.kiosk);
    }

    void exits()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        KioskOptions o;
        const auto parsed =
            KioskOptions::parse(QStringList{QStringLiteral("asean-kiosk")} + args, &o);
        QCOMPARE(parsed.outcome, KioskOptions::Outcome::Exit);
        QCOMPARE(parsed.exitCode, code);
        QVERIFY2(parsed.message.contains(message), qPrintable(parsed.message));
        QVERIFY(!parsed.message.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestKioskOptions)
#include "tst_kioskoptions.moc"
