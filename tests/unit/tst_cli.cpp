// The curator command line, run in-process on a real content root.
#include "cataloguecli.h"
#include "contentroot.h"
#include "fixture.h"

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
