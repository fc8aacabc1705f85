// The curator command line, run in-process on a real content root.
#include "cataloguecli.h"
#include "contentroot.h"
#include "fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out;
    QString m_err;

    int run(const QStringList &args)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        const int code =
            CatalogueCli::run(QStringList{QStringLiteral("asean-catalogue")} + args, out, err);
        out.flush();
        err.flush();
        return code;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(run({QStringLiteral("--content"), m_dir.path(), QStringLiteral("import"),
                      demoManifest()}),
                 0);
        QVERIFY2(m_out.contains(QLatin1String("Imported 10 member states")),
                 qPrintable(m_out + m_err));
        QCOMPARE(run({QStringLiteral("--content"), m_dir.path(), QStringLiteral("publish"),
                      QStringLiteral("--note"), QStringLiteral("demo")}),
                 0);
        QVERIFY(m_out.contains(QLatin1String("Published release 0001")));
    }

    void countriesAsJson()
    {
        QCOMPARE(run({QStringLiteral("--content"), m_dir.path(), QStringLiteral("countries"),
                      QStringLiteral("--json")}),
                 0);
        const QJsonArray array = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(array.size(), 10);
        QCOMPARE(array.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("BN"));
        QCOMPARE(array.last().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Viet Nam"));
    }

    void countriesAsText()
    {
        QCOMPARE(run({QStringLiteral("--content"), m_dir.path(), QStringLiteral("countries")}), 0);
        QCOMPARE(m_out.count(QLatin1Char('\n')), 10);
        QVERIFY2(m_out.contains(QStringLiteral("TH  Thailand (ประเทศไทย), capital Bangkok")),
                 qPrintable(m_out));
    }

    void itemsOfOneCountryAsJson()
    {
        QCOMPARE(run({QStringLiteral("--content"), m_dir.path(), QStringLiteral("items"),
                      QStringLiteral("--country"), QStringLiteral("th"), QStringLiteral("--json")}),
                 0);
        const QJsonArray array = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QVERIFY(array.size() >= 6);
        QSet<QString> kinds;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("country")).toString(), QStringLiteral("TH"));
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
            kinds.insert(o.value(QStringLiteral("kind")).toString());
        }
        QVERIFY(kinds.contains(QStringLiteral("photo")));
        QVERIFY(kinds.contains(QStringLiteral("video")));
    }

    void releasesAreListed()
    {
        QCOMPARE(run({QStringLiteral("--content"), m_dir.path(), QStringLiteral("releases")}), 0);
        QVERIFY2(m_out.startsWith(QLatin1String("* 0001")), qPrintable(m_out));
    }

    // The curator's translation report: what falls back, and what nobody has reviewed.
    void translationsReportFallbacksAndReview()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        QJsonObject &translated =
            f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        QJsonObject title = translated.value(QStringLiteral("title")).toObject();
        title.insert(QStringLiteral("th"), QStringLiteral("ต้มยำกุ้ง"));
        translated.insert(QStringLiteral("title"), title);
        f.addPhoto(QStringLiteral("b"), QStringLiteral("TH"), QStringLiteral("food"));
        QJsonObject manifest = f.manifest();
        manifest.insert(QStringLiteral("reviewed"), QJsonArray{QStringLiteral("th")});
        const QString path = f.path() + QStringLiteral("/reviewed.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(manifest).toJson());
        file.close();
        QCOMPARE(run({QStringLiteral("--content"), f.contentDir(), QStringLiteral("import"), path,
                      QStringLiteral("--media"), f.mediaDir()}),
                 0);
        QCOMPARE(run({QStringLiteral("--content"), f.contentDir(), QStringLiteral("translations"),
                      QStringLiteral("--json")}),
                 0);
        QJsonObject th, en;
        const QJsonArray languages =
            QJsonDocument::fromJson(m_out.toUtf8()).object().value("languages").toArray();
        QCOMPARE(languages.size(), 10);
        for (const QJsonValue &v : languages) {
            if (v.toObject().value("code") == QLatin1String("th"))
                th = v.toObject();
            if (v.toObject().value("code") == QLatin1String("en"))
                en = v.toObject();
        }
        const QJsonObject thCatalogue = th.value("catalogue").toObject();
        QCOMPARE(thCatalogue.value("translated").toInt(), 1);
        QCOMPARE(thCatalogue.value("reviewed").toInt(), 1);
        const QStringList missing = thCatalogue.value("missing").toVariant().toStringList();
        // Every English text is either translated or listed as falling back.
        QVERIFY(thCatalogue.value("total").toInt() >= 4);  // state, theme, two titles at least
        QCOMPARE(thCatalogue.value("total").toInt(), 1 + missing.size());
        QVERIFY2(missing.contains(QStringLiteral("item/b title (shows the en text)")),
                 qPrintable(missing.join(", ")));
        // The interface: every Thai string translated, none reviewed yet (honestly);
        // English is the source and complete.
        const QJsonObject thInterface = th.value("interface").toObject();
        QVERIFY(thInterface.value("total").toInt() >= 60);
        QCOMPARE(thInterface.value("translated").toInt(), thInterface.value("total").toInt());
        QCOMPARE(thInterface.value("reviewed").toInt(), 0);
        QCOMPARE(en.value("interface").toObject().value("reviewed").toInt(),
                 thInterface.value("total").toInt());
        // The text form lists each fallback for the curator.
        QCOMPARE(run({QStringLiteral("--content"), f.contentDir(), QStringLiteral("translations")}),
                 0);
        QVERIFY2(m_out.contains(QLatin1String("th: catalogue text missing: item/b title")),
                 qPrintable(m_out));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no content") << QStringList{QStringLiteral("countries")};
        QTest::newRow("no command")
            << QStringList{QStringLiteral("--content"), QStringLiteral("/tmp")};
        QTest::newRow("unknown command") << QStringList{
            QStringLiteral("--content"), QStringLiteral("/tmp"), QStringLiteral("dance")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
        QTest::newRow("import without file") << QStringList{
            QStringLiteral("--content"), QStringLiteral("/tmp"), QStringLiteral("import")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QCOMPARE(run(args), 2);
        QVERIFY(m_err.contains(QLatin1String("usage: asean-catalogue")));
    }

    void contentProblemsExitOne()
    {
        QTemporaryDir empty;
        QCOMPARE(run({QStringLiteral("--content"), empty.path(), QStringLiteral("countries")}), 1);
        QVERIFY2(m_err.contains(QLatin1String("run 'import' first")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("--content"), empty.path(), QStringLiteral("import"),
                      empty.path() + QStringLiteral("/absent.json")}),
                 1);
        QVERIFY2(m_err.contains(QLatin1String("absent.json")), qPrintable(m_err));
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
