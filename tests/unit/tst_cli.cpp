// The curator command line, run in-process on a real content root.
#include "bootstrap.h"
#include "cataloguecall.h"
#include "contentroot.h"
#include "curatorlock.h"
#include "fixture.h"
#include "release.h"
#include "spreadsheet.h"
#include "xlsxsheet.h"
#include "ziparchive.h"

#include <QDirIterator>
#include <optional>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out;
    QString m_err;

    // What a curator does in Excel or LibreOffice: the workbook's rows read, changed, saved.
    static void editWorkbook(const QString &path,
                             const std::function<void(QList<QStringList> *)> &edit)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Problems problems;
        const QList<CsvRow> cells = Spreadsheet::read(file.readAll(), path, &problems);
        file.close();
        QVERIFY(problems.isEmpty() && !cells.isEmpty());
        QList<QStringList> rows = cellTexts(cells);
        edit(&rows);
        QString error;
        QVERIFY2(XlsxSheet::write(path, cells.first().first().sheet, rows, {}, {}, &error),
                 qPrintable(error));
    }

    int cli(const QString &content, const QStringList &args)
    {
        return run(QStringList{QStringLiteral("--content"), content} + args);
    }

    int run(const QStringList &args) { return callCatalogue(args, &m_out, &m_err); }

private slots:
    void initTestCase()
    {
        QCOMPARE(run({QStringLiteral("--content"), m_dir.path(), QStringLiteral("import"),
                      demoManifest()}),
                 0);
        QVERIFY2(m_out.contains(QLatin1String("Imported 11 member states")),
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
        QCOMPARE(array.size(), 11);
        QCOMPARE(array.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("BN"));
        QCOMPARE(array.last().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Viet Nam"));
    }

    void countriesAsText()
    {
        QCOMPARE(run({QStringLiteral("--content"), m_dir.path(), QStringLiteral("countries")}), 0);
        QCOMPARE(m_out.count(QLatin1Char('\n')), 11);
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
        QCOMPARE(languages.size(), 11);
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

    void helpShowsTheUsageOfEachCommand()
    {
        QCOMPARE(run({QStringLiteral("--help")}), 0);
        QVERIFY2(m_out.startsWith(QLatin1String("usage: asean-catalogue --content DIR COMMAND "
                                                "[options]\n       asean-catalogue COMMAND "
                                                "--help\ncommands:\n  init\n      create an "
                                                "empty content root (no demo content)\n")),
                 qPrintable(m_out));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--help")}), 0);
        QVERIFY2(m_out.startsWith(QLatin1String(
                     "usage: asean-catalogue --content DIR import SHEETS... [--media DIR] "
                     "[--dry-run] [--strict]\ncheck sheets and bring them into the draft.\n"
                     "SHEETS: countries, themes and items as .xlsx, .ods or .csv files")),
                 qPrintable(m_out));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("-h")}), 0);
        QVERIFY(
            m_out.contains(QLatin1String("For a collection that starts without the bundled "
                                         "demo: a kiosk fills only\nan empty folder with the "
                                         "demo.")));
        // A curator who does not use JSON is not asked for a "manifest".
        QCOMPARE(run({QStringLiteral("--content"), m_dir.path(), QStringLiteral("import")}), 2);
        QVERIFY2(m_err.startsWith(QLatin1String("asean-catalogue: import needs the sheets (.xlsx, "
                                                ".ods, .csv), a folder holding them, or a JSON "
                                                "manifest\nusage: asean-catalogue --content DIR "
                                                "import")),
                 qPrintable(m_err));
    }

    // A collection without the demo: init, and a kiosk's first start leaves the root as it is.
    void initLeavesTheDemoOut()
    {
        QTemporaryDir dir;
        const ContentRoot root(dir.filePath(QStringLiteral("halls")));
        QCOMPARE(cli(root.path(), {QStringLiteral("init")}), 0);
        QCOMPARE(m_out, QStringLiteral("Content root ready: %1, with no content: kiosks will not "
                                       "fill it with the demo. Import your sheets next:\n"
                                       "  asean-catalogue --content %1 import FOLDER\n")
                            .arg(root.path()));
        const Bootstrap::Result first = Bootstrap::prepare(root, demoManifest());
        QVERIFY(first.ok && !first.filledFromDemo);
        QVERIFY(Release::list(root).isEmpty());
        QVERIFY(!QFileInfo::exists(root.draftCatalogue()));
        QCOMPARE(cli(root.path(), {QStringLiteral("init")}), 0);
        QCOMPARE(m_out, QStringLiteral("%1 is a content root already; nothing was changed.\n")
                            .arg(root.path()));
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
    void validateChecksTheDraftWithoutChangingIt()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        f.addPhoto(QStringLiteral("b"), QStringLiteral("TH"), QStringLiteral("food"));
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("import"), f.writeManifest(),
                                      QStringLiteral("--media"), f.mediaDir()}),
                 0);
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("validate")}), 0);
        QVERIFY2(m_out.contains(QLatin1String("ready to publish: 1 member states, 1 themes, 2 "
                                              "items, 2 media files")),
                 qPrintable(m_out));
        // An original damaged in the store: named, exit 1, and the draft is left as it was.
        QDirIterator it(ContentRoot(f.contentDir()).mediaDir(), QDir::Files,
                        QDirIterator::Subdirectories);
        const QString stored = it.next();
        QFile file(stored);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write("XXXX");
        file.close();
        const QByteArray draftBefore = [&] {
            QFile d(ContentRoot(f.contentDir()).draftCatalogue());
            d.open(QIODevice::ReadOnly);
            return d.readAll();
        }();
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("validate")}), 1);
        QVERIFY2(m_err.contains(stored) && m_err.contains(QLatin1String("checksum differs")),
                 qPrintable(m_err));
        QFile d(ContentRoot(f.contentDir()).draftCatalogue());
        QVERIFY(d.open(QIODevice::ReadOnly));
        QCOMPARE(d.readAll(), draftBefore);
        // Publish refuses the same draft, and says so.
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("publish")}), 1);
        QVERIFY2(m_err.contains(QLatin1String("current release is unchanged")), qPrintable(m_err));
    }

    void exportImportsBackToTheSameCatalogue_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("xlsx (the default)")
            << QString() << QStringList({"countries.xlsx", "themes.xlsx", "items.xlsx"});
        QTest::newRow("csv") << QStringLiteral("csv")
                             << QStringList({"countries.csv", "themes.csv", "items.csv"});
        QTest::newRow("json") << QStringLiteral("json") << QStringList({"manifest.json"});
    }

    void exportImportsBackToTheSameCatalogue()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, files);
        // Texts a spreadsheet would run as formulas (OWASP's CSV injection), and a negative
        // order: export keeps them text, import reads them back as they were.
        Fixture f;
        QJsonObject &item =
            f.addPhoto(QStringLiteral("th-formulas"), QStringLiteral("TH"), QStringLiteral("food"));
        item.insert(QStringLiteral("order"), -1);
        item.insert(QStringLiteral("title"),
                    QJsonObject{{QStringLiteral("en"),
                                 QStringLiteral("=HYPERLINK(\"http://x\",\"click\")")},
                                {QStringLiteral("ko"), QStringLiteral("+cmd|' /C calc'!A0")}});
        item.insert(QStringLiteral("description"),
                    QJsonObject{{QStringLiteral("en"), QStringLiteral("@SUM(1)")}});
        item.insert(QStringLiteral("place"),
                    QJsonObject{{QStringLiteral("en"), QStringLiteral("'=as typed")}});
        item.insert(QStringLiteral("credit"),
                    QJsonObject{{QStringLiteral("en"), QStringLiteral("-20 °C at dawn")}});
        QCOMPARE(cli(m_dir.path(), {QStringLiteral("import"), f.writeManifest(),
                                    QStringLiteral("--media"), f.mediaDir()}),
                 0);

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("export"));
        QStringList args = {QStringLiteral("export"), out};
        if (!format.isEmpty())
            args << QStringLiteral("--format") << format;
        QCOMPARE(cli(m_dir.path(), args), 0);
        QVERIFY2(m_out.contains(QLatin1String("Exported 11 member states, 8 themes")),
                 qPrintable(m_out + m_err));
        for (const QString &file : files)
            QVERIFY2(QFileInfo::exists(out + QLatin1Char('/') + file), qPrintable(file));
        if (format == QLatin1String("csv")) {
            QFile items(out + QStringLiteral("/items.csv"));
            QVERIFY(items.open(QIODevice::ReadOnly));
            const QByteArray sheet = items.readAll();
            for (const QByteArray &cell :
                 {QByteArray("\"'=HYPERLINK("), QByteArray(",'+cmd|"), QByteArray(",'@SUM(1)"),
                  QByteArray(",'-20 °C"), QByteArray(",'-1,"), QByteArray(",''=as typed")})
                QVERIFY2(sheet.contains(cell), cell.constData());
            QVERIFY(sheet.contains("pronunciation_ko"));
        }
        const QString copy = dir.filePath(QStringLiteral("content"));
        QCOMPARE(cli(copy, {QStringLiteral("import"), out}), 0);
        const QStringList before = catalogueRows(ContentRoot(m_dir.path()).draftCatalogue());
        const QStringList after = catalogueRows(ContentRoot(copy).draftCatalogue());
        QVERIFY(before.size() > 3000);  // every text in eleven languages
        QCOMPARE(after, before);
        // The states' home languages and the items' pronunciations travel too (demo content).
        QVERIFY(
            after.contains(QStringLiteral("item|th-tom-yum|pronunciation|ko|똠얌꿍|unreviewed")));
        QVERIFY(std::any_of(after.cbegin(), after.cend(), [](const QString &line) {
            // language th, then no schedule: from, until, every hall
            return line.startsWith(QLatin1String("TH|")) && line.endsWith(QLatin1String("|th|||*"));
        }));
        // Nothing is ever written over: a second export into the same folder is refused.
        QCOMPARE(cli(m_dir.path(), {QStringLiteral("export"), out}), 1);
        QVERIFY(m_err.contains(QLatin1String("is not empty")));
    }

    void exportedWorkbooksKeepTextsAsText()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("export"));
        QCOMPARE(cli(m_dir.path(), {QStringLiteral("export"), out}), 0);
        QFile file(out + QStringLiteral("/items.xlsx"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ZipArchive book(file.readAll());
        QByteArray sheet;
        QByteArray styles;
        QString error;
        QVERIFY(book.read(QStringLiteral("xl/worksheets/sheet1.xml"), &sheet, &error));
        QVERIFY(book.read(QStringLiteral("xl/styles.xml"), &styles, &error));
        // Every column is text (Excel's built-in number format 49, "@"), the header bold and
        // frozen.
        QVERIFY(styles.contains("numFmtId=\"49\""));
        QVERIFY(sheet.contains("<col min=\"1\" max=\"1\" width=\"24.7109375\" style=\"1\""));
        QVERIFY(styles.contains("<b/>"));
        QVERIFY(
            sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                           "state=\"frozen\"/>"));
        // A width per column: the description columns are wide, the codes narrow.
        QVERIFY(sheet.contains("width=\"60.7109375\""));
        QVERIFY(sheet.contains("width=\"7.7109375\""));
        // Drop-down lists: kind and featured refuse other values; themes only warns, since a
        // cell may hold several.
        QVERIFY2(sheet.contains("<formula1>\"photo,video\"</formula1>"), sheet.constData());
        QVERIFY(sheet.contains("<formula1>\"yes,no\"</formula1>"));
        QVERIFY(sheet.contains("<formula1>\"BN,KH,ID,LA,MY,MM,PH,SG,TH,TL,VN\"</formula1>"));
        QVERIFY(sheet.contains("errorStyle=\"information\""));
        // A wrong format is named with the ones there are.
        QCOMPARE(cli(m_dir.path(), {QStringLiteral("export"), dir.filePath(QStringLiteral("x")),
                                    QStringLiteral("--format"), QStringLiteral("xls")}),
                 2);
        QCOMPARE(m_err, QStringLiteral("asean-catalogue: \"xls\" is not a format export writes; "
                                       "write --format xlsx (Excel and LibreOffice), csv or "
                                       "json.\n"));
    }

    void warningsAreShownAndStrictRefusesThem()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"))
            .insert(QStringLiteral("title"),
                    QJsonObject{{QStringLiteral("en"), QStringLiteral("Rice")},
                                {QStringLiteral("th"), QStringLiteral("????")}});
        const QString manifest = f.writeManifest();
        const QStringList args = {QStringLiteral("import"), manifest, QStringLiteral("--media"),
                                  f.mediaDir()};
        QCOMPARE(cli(f.contentDir(), args + QStringList{QStringLiteral("--strict")}), 1);
        QVERIFY2(m_err.endsWith(QLatin1String("items[0].title.th: \"????\" is mostly question "
                                              "marks: a sheet saved as \"CSV\" instead of \"CSV "
                                              "UTF-8\" turns letters into question marks; save it "
                                              "again as CSV UTF-8 or as a workbook (.xlsx) and "
                                              "import it again.\n1 problem(s) found; nothing was "
                                              "changed.\n")),
                 qPrintable(m_err));
        QCOMPARE(cli(f.contentDir(), args), 0);
        QVERIFY2(m_err.startsWith(QStringLiteral("warning: ") + manifest), qPrintable(m_err));
        QVERIFY2(m_err.endsWith(QLatin1String("1 warning(s): look at each cell named above; "
                                              "--strict imports nothing while there is one.\n")),
                 qPrintable(m_err));
    }

    void importRefusesAFolderWithASheetTwice()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("export"));
        QCOMPARE(cli(m_dir.path(), {QStringLiteral("export"), out}), 0);
        QVERIFY(
            QFile::copy(out + QStringLiteral("/items.xlsx"), out + QStringLiteral("/items.ods")));
        QCOMPARE(cli(m_dir.path(), {QStringLiteral("import"), out, QStringLiteral("--dry-run")}),
                 1);
        QCOMPARE(m_err,
                 QStringLiteral("asean-catalogue: %1 has both items.xlsx and items.ods; keep "
                                "the one you edited there and move the other out.\n")
                     .arg(out));
    }

    void rollbackMakesAnEarlierReleaseCurrent()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        const QString manifest = f.writeManifest();
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(cli(f.contentDir(), {QStringLiteral("import"), manifest,
                                          QStringLiteral("--media"), f.mediaDir()}),
                     0);
            // The same draft each time: --force makes it a release all the same.
            QCOMPARE(
                cli(f.contentDir(), {QStringLiteral("publish"), QStringLiteral("--force"),
                                     QStringLiteral("--note"), QStringLiteral("season %1").arg(i)}),
                0);
        }
        const ContentRoot root(f.contentDir());
        QCOMPARE(root.currentRelease(), 3);
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("rollback")}), 0);
        QCOMPARE(root.currentRelease(), 2);
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("rollback"), QStringLiteral("1")}), 0);
        QCOMPARE(root.currentRelease(), 1);
        QVERIFY(m_out.contains(QLatin1String("Release 0001 is current again (it was 0002)")));
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("rollback")}), 1);  // nothing before 1
        QVERIFY(m_err.contains(QLatin1String("no release before")));
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("rollback"), QStringLiteral("7")}), 1);
        // A release that never existed is named as such, with the ones there are.
        QCOMPARE(m_err, QStringLiteral("asean-catalogue: there is no release 0007; the releases "
                                       "kept are 0001, 0002, 0003 ('releases' lists them). The "
                                       "current release is unchanged.\n"));
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("rollback"), QStringLiteral("two")}), 2);
        // A damaged release is refused and current stays.
        QFile catalogue(root.releaseDir(3) + QStringLiteral("/catalogue.sqlite"));
        QVERIFY(catalogue.open(QIODevice::ReadWrite));
        catalogue.seek(catalogue.size() - 10);
        catalogue.write("garbage!!!");
        catalogue.close();
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("rollback"), QStringLiteral("3")}), 1);
        QVERIFY2(m_err.contains(QLatin1String("current release is unchanged")), qPrintable(m_err));
        QCOMPARE(root.currentRelease(), 1);
        // The listing: number, time, counts, note, and which is current.
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("releases")}), 0);
        QVERIFY2(m_out.contains(QRegularExpression(
                     QStringLiteral("^\\* 0001  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  1 states, 1 "
                                    "themes, 1 items  season 1$"),
                     QRegularExpression::MultilineOption)),
                 qPrintable(m_out));
    }

    // The ASEAN Week round trip as a curator makes it, with what each step says: an import and
    // a publish say what they change, publish does not repeat a release, a roll back says what
    // the draft still holds, and reset-draft takes it out.
    void eachStepSaysWhatItChanges()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        f.addPhoto(QStringLiteral("b"), QStringLiteral("TH"), QStringLiteral("food"));
        const QString content = f.contentDir();
        const ContentRoot root(content);
        QCOMPARE(cli(content, {QStringLiteral("import"), f.writeManifest(),
                               QStringLiteral("--media"), f.mediaDir()}),
                 0);
        QCOMPARE(m_out, QStringLiteral("Imported 1 member states, 1 themes and 2 items into the "
                                       "draft:\n"
                                       "  2 new items, 0 changed, 0 removed\n"
                                       "  1 new theme, 0 changed, 0 removed\n"
                                       "  1 new member state, 0 changed, 0 removed\n"
                                       "  texts: ko 2 new; en 5 new\n"
                                       "Look at the draft with 'asean-kiosk --content %1 --draft', "
                                       "then publish it.\n")
                            .arg(root.path()));
        QCOMPARE(cli(content, {QStringLiteral("publish")}), 0);
        QCOMPARE(m_out, QStringLiteral("Release 0001 is the first; it holds:\n"
                                       "  2 new items, 0 changed, 0 removed\n"
                                       "  1 new theme, 0 changed, 0 removed\n"
                                       "  1 new member state, 0 changed, 0 removed\n"
                                       "  texts: ko 2 new; en 5 new\n"
                                       "Published release 0001.\n"));
        // Nothing changed: nothing is published.
        QCOMPARE(cli(content, {QStringLiteral("publish")}), 0);
        QCOMPARE(m_out, QStringLiteral("The draft holds what release 0001, the current one, holds: "
                                       "there is nothing new to publish, so nothing was "
                                       "published. 'publish --force' publishes it all the "
                                       "same.\n"));
        QVERIFY(!QFileInfo::exists(root.releaseDir(2)));

        // In the exported workbook: b's titles rewritten, and a new item "aa" with no order.
        QTemporaryDir dir;
        const QString week = dir.filePath(QStringLiteral("asean-week"));
        QCOMPARE(cli(content, {QStringLiteral("export"), week}), 0);
        QFile photo(week + QStringLiteral("/photos/aa.jpg"));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write(Fixture::jpeg(QSize(64, 48), 99));
        photo.close();
        editWorkbook(week + QStringLiteral("/items.xlsx"), [](QList<QStringList> *rows) {
            const QStringList header = rows->first();
            QStringList added = rows->at(1);
            added[header.indexOf(QStringLiteral("id"))] = QStringLiteral("aa");
            added[header.indexOf(QStringLiteral("file"))] = QStringLiteral("photos/aa.jpg");
            added[header.indexOf(QStringLiteral("order"))] = QString();
            rows->append(added);
            (*rows)[2][header.indexOf(QStringLiteral("title_en"))] = QStringLiteral("Sticky rice");
            (*rows)[2][header.indexOf(QStringLiteral("title_ko"))] = QStringLiteral("찹쌀밥");
        });
        const QStringList before = catalogueRows(root.draftCatalogue());
        QCOMPARE(cli(content, {QStringLiteral("import"), week, QStringLiteral("--dry-run")}), 0);
        const QString changes = QStringLiteral(
            "  1 new item, 1 changed (2 texts), 0 removed\n"
            "  texts: ko 1 new, 1 changed; en 1 new, 1 changed\n");
        QCOMPARE(m_out, QStringLiteral("Checked 1 member states, 1 themes and 3 items; nothing was "
                                       "changed. Importing them would bring:\n") +
                            changes);
        QCOMPARE(catalogueRows(root.draftCatalogue()), before);
        QCOMPARE(cli(content, {QStringLiteral("import"), week}), 0);
        QVERIFY2(m_out.startsWith(
                     QStringLiteral("Imported 1 member states, 1 themes and 3 items into the "
                                    "draft:\n") +
                     changes),
                 qPrintable(m_out));
        // The new item without an order comes after the others, not before.
        QCOMPARE(cli(content, {QStringLiteral("items")}), 0);
        QCOMPARE(m_out.split(QLatin1Char('\n')).first(3),
                 (QStringList{QStringLiteral("a  photo  TH  Title of a"),
                              QStringLiteral("b  photo  TH  Sticky rice"),
                              QStringLiteral("aa  photo  TH  Title of a")}));
        // The same sheets again: nothing to change.
        QCOMPARE(cli(content, {QStringLiteral("import"), week}), 0);
        QCOMPARE(m_out, QStringLiteral("Imported 1 member states, 1 themes and 3 items into the "
                                       "draft:\n"
                                       "  nothing new or changed: the draft holds all of it "
                                       "already\n"));
        QCOMPARE(cli(content, {QStringLiteral("publish"), QStringLiteral("--note"),
                               QStringLiteral("ASEAN Week 2026")}),
                 0);
        QCOMPARE(m_out, QStringLiteral("Release 0002 changes against release 0001, the current "
                                       "one:\n") +
                            changes + QStringLiteral("Published release 0002.\n"));

        // Rolled back, the draft still holds the week; reset-draft takes it out.
        QCOMPARE(cli(content, {QStringLiteral("rollback")}), 0);
        QCOMPARE(m_out, QStringLiteral("Release 0001 is current again (it was 0002); kiosks switch "
                                       "to it at their next idle moment.\n"
                                       "The draft still holds what release 0001 does not have:\n"
                                       "  1 new item, 1 changed (2 texts), 0 removed\n"
                                       "Publishing would show it again. To take all of it out "
                                       "of the draft, make the draft release 0001 again:\n"
                                       "  asean-catalogue --content %1 reset-draft 1\n"
                                       "To take out single entries, remove them "
                                       "(asean-catalogue --content %1 remove item ID...) or "
                                       "correct them in the sheets and import those again.\n")
                            .arg(root.path()));
        QCOMPARE(cli(content, {QStringLiteral("reset-draft"), QStringLiteral("1")}), 0);
        QCOMPARE(m_out, QStringLiteral("The draft is release 0001 again:\n"
                                       "  0 new items, 1 changed (2 texts), 1 removed\n"));
        QCOMPARE(catalogueRows(root.draftCatalogue()),
                 catalogueRows(ContentRoot::catalogueIn(root.releaseDir(1))));
        QCOMPARE(cli(content, {QStringLiteral("reset-draft"), QStringLiteral("1")}), 0);
        QCOMPARE(m_out, QStringLiteral("The draft holds what release 0001 holds already; nothing "
                                       "was changed.\n"));
        // --force publishes a draft that changed nothing.
        QCOMPARE(cli(content, {QStringLiteral("publish"), QStringLiteral("--force")}), 0);
        QCOMPARE(m_out, QStringLiteral("The draft holds what release 0001, the current one, holds; "
                                       "publishing it again all the same (--force).\n"
                                       "Published release 0003.\n"));
    }

    void resetDraftChangesNothingWhenItCannot()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        QVERIFY(f.publish());
        f.addPhoto(QStringLiteral("b"), QStringLiteral("TH"), QStringLiteral("food"));
        QVERIFY(f.publish());
        const ContentRoot root(f.contentDir());
        QCOMPARE(root.currentRelease(), 2);
        const QStringList draft = catalogueRows(root.draftCatalogue());
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("reset-draft"), QStringLiteral("7")}), 1);
        QCOMPARE(m_err, QStringLiteral("asean-catalogue: there is no release 0007; the releases "
                                       "kept are 0001, 0002 ('releases' lists them). The draft is "
                                       "unchanged.\n"));
        QFile catalogue(ContentRoot::catalogueIn(root.releaseDir(1)));
        QVERIFY(catalogue.open(QIODevice::ReadWrite));
        catalogue.seek(catalogue.size() - 10);
        catalogue.write("garbage!!!");
        catalogue.close();
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("reset-draft"), QStringLiteral("1")}), 1);
        QCOMPARE(m_err,
                 QStringLiteral("asean-catalogue: release 0001 cannot be used: the catalogue "
                                "of release 0001 does not match its checksum; it is "
                                "damaged or incomplete; the draft is unchanged. Reset it "
                                "to another release, or copy this one again from where it "
                                "was published.\n"));
        QCOMPARE(catalogueRows(root.draftCatalogue()), draft);
        // A current release that cannot be read: publish goes ahead, and says what it cannot.
        QVERIFY(QFile::resize(ContentRoot::catalogueIn(root.releaseDir(2)), 0));
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("publish")}), 0);
        QCOMPARE(m_out, QStringLiteral("Published release 0003.\n"));
        QCOMPARE(m_err, QStringLiteral("warning: what the release changes cannot be said: release "
                                       "0002, the current one, cannot be read (no such table: "
                                       "text Unable to execute statement).\n"));
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("reset-draft")}), 2);
        QVERIFY2(m_err.startsWith(QLatin1String("asean-catalogue: reset-draft needs the number of "
                                                "a release; see 'releases'.\nusage: "
                                                "asean-catalogue --content DIR reset-draft N\n")),
                 qPrintable(m_err));
    }

    void keepsNReleasesAndPrunesUnusedMedia()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        QJsonObject &photo =
            f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        const ContentRoot root(f.contentDir());
        // Each season replaces the photo: three originals, each used by one release.
        for (int season = 1; season <= 3; ++season) {
            const QString file = QStringLiteral("photos/season%1.jpg").arg(season);
            f.writeMedia(file, Fixture::jpeg(QSize(40, 30), 100 + season));
            photo.insert(QStringLiteral("file"), file);
            QCOMPARE(cli(f.contentDir(), {QStringLiteral("import"), f.writeManifest(),
                                          QStringLiteral("--media"), f.mediaDir()}),
                     0);
            QCOMPARE(cli(f.contentDir(), {QStringLiteral("publish"), QStringLiteral("--keep"),
                                          QStringLiteral("2")}),
                     0);
        }
        QVERIFY2(m_out.contains(QLatin1String("Removed old release(s) 0001 (keeping 2)")),
                 qPrintable(m_out));
        QCOMPARE(QDir(root.releasesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("0002"), QStringLiteral("0003")}));
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("prune"), QStringLiteral("--dry-run")}), 0);
        QVERIFY2(m_out.startsWith(QLatin1String("Would delete 1 unused media file(s)")),
                 qPrintable(m_out));  // season 1's photo: only release 1 used it
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("prune")}), 0);
        QVERIFY(m_out.startsWith(QLatin1String("Deleted 1 unused media file(s)")));
        for (int n : {2, 3}) {
            ReleaseInfo info;
            QString error;
            QVERIFY2(Release::verify(root, n, Release::Check::Full, &info, &error),
                     qPrintable(error));
        }
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("validate")}), 0);
        QCOMPARE(cli(f.contentDir(),
                     {QStringLiteral("publish"), QStringLiteral("--keep"), QStringLiteral("0")}),
                 2);
    }

    void aSecondCuratorWaitsForTheFirst()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("import"), f.writeManifest(),
                                      QStringLiteral("--media"), f.mediaDir()}),
                 0);
        std::optional<CuratorLock> other(std::in_place, ContentRoot(f.contentDir()));
        QVERIFY(other->tryLock(0));
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("publish")}), 1);
        QVERIFY2(m_err.contains(QLatin1String("another asean-catalogue")), qPrintable(m_err));
        QCOMPARE(ContentRoot(f.contentDir()).currentRelease(), 0);
        other.reset();
        QCOMPARE(cli(f.contentDir(), {QStringLiteral("publish")}), 0);
    }

    void theCuratorLockIsHeldByOneAtATime()
    {
        Fixture f;
        const ContentRoot root(f.contentDir());
        QString error;
        QVERIFY(root.ensureLayout(&error));
        {
            CuratorLock first(root);
            QVERIFY2(first.tryLock(0), qPrintable(first.errorString()));
            CuratorLock second(root);
            QVERIFY(!second.tryLock(0));
            QVERIFY2(second.errorString().contains(
                         QStringLiteral("another asean-catalogue (process %1 on ")
                             .arg(QCoreApplication::applicationPid())),
                     qPrintable(second.errorString()));
            QVERIFY(second.errorString().endsWith(QLatin1String("wait for it to finish.")));
        }
        CuratorLock later(root);
        QVERIFY2(later.tryLock(0), qPrintable(later.errorString()));
    }

    void aLockLeftByAKilledCuratorIsTakenOver_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("removing");
        const QByteArray dead =
            "2147483000\nasean-catalogue\n" + QSysInfo::machineHostName().toUtf8() + "\n";
        // Killed between creating the lock and writing it.
        QTest::newRow("empty") << QByteArray() << false;
        // Killed while holding it: a pid, program and host, the pid long gone.
        QTest::newRow("dead process") << dead << false;
        // Killed while removing a lock like the one above: QLockFile's empty helper lock beside
        // it, which QLockFile honoured for 30 s (the crash-safety test's failures).
        QTest::newRow("killed while removing a stale lock") << dead << true;
    }

    void aLockLeftByAKilledCuratorIsTakenOver()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, removing);
        Fixture f;
        const ContentRoot root(f.contentDir());
        QString error;
        QVERIFY(root.ensureLayout(&error));
        QFile stale(f.contentDir() + QStringLiteral("/.curator.lock"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(contents);
        stale.close();
        QFile helper(stale.fileName() + QStringLiteral(".rmlock"));
        QVERIFY(!removing || helper.open(QIODevice::WriteOnly));
        CuratorLock lock(root);
        QVERIFY2(lock.tryLock(0), qPrintable(lock.errorString()));
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
