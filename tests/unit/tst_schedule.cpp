// Content by date and by hall: what a day in a hall shows (at midnight, on the last day, on a
// leap day), the featured schedule, a kiosk whose day turns while it runs, the import's checks,
// export and import of the new columns, and what the curator's commands say of schedules.
#include "catalogue.h"
#include "cataloguecall.h"
#include "contentroot.h"
#include "exporter.h"
#include "fixture.h"
#include "importer.h"
#include "livereleases.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

QDate day(const char *text)
{
    return QDate::fromString(QLatin1String(text), Qt::ISODate);
}

QStringList ids(const QList<ItemRow> &rows)
{
    QStringList list;
    for (const ItemRow &row : rows)
        list << row.id;
    list.sort();
    return list;
}

// Two member states, Timor-Leste shown from 2026; a week's theme; items always shown, for a
// week (and featured then), only under the week's theme, only in Jeju, and on a leap day.
void addScheduledContent(Fixture &f)
{
    f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"), 1);
    f.addCountry(QStringLiteral("TL"), QStringLiteral("Timor-Leste"), 2)
        .insert(QStringLiteral("from"), QStringLiteral("2026-01-01"));
    f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
    QJsonObject &week = f.addTheme(QStringLiteral("week"), QStringLiteral("ASEAN Week"));
    week.insert(QStringLiteral("from"), QStringLiteral("2026-10-05"));
    week.insert(QStringLiteral("until"), QStringLiteral("2026-10-11"));
    f.addPhoto(QStringLiteral("th-always"), QStringLiteral("TH"), QStringLiteral("food"))
        .insert(QStringLiteral("featured"), true);
    QJsonObject &festival =
        f.addPhoto(QStringLiteral("th-week"), QStringLiteral("TH"), QStringLiteral("food"));
    festival.insert(QStringLiteral("from"), QStringLiteral("2026-10-05"));
    festival.insert(QStringLiteral("until"), QStringLiteral("2026-10-11"));
    festival.insert(QStringLiteral("featured"), true);
    festival.insert(QStringLiteral("featured_from"), QStringLiteral("2026-10-05"));
    festival.insert(QStringLiteral("featured_until"), QStringLiteral("2026-10-11"));
    f.addPhoto(QStringLiteral("th-week-only"), QStringLiteral("TH"), QStringLiteral("week"));
    f.addPhoto(QStringLiteral("th-jeju"), QStringLiteral("TH"), QStringLiteral("food"))
        .insert(QStringLiteral("halls"), QJsonArray{QStringLiteral("jeju")});
    QJsonObject &leap =
        f.addPhoto(QStringLiteral("tl-leap"), QStringLiteral("TL"), QStringLiteral("food"));
    leap.insert(QStringLiteral("from"), QStringLiteral("2028-02-29"));
    leap.insert(QStringLiteral("until"), QStringLiteral("2028-02-29"));
    f.addPhoto(QStringLiteral("tl-tais"), QStringLiteral("TL"), QStringLiteral("food"));
}

}  // namespace

class TestSchedule : public QObject {
    Q_OBJECT

    Fixture m_fixture;
    QString m_out;
    QString m_err;

    QString release() const
    {
        return ContentRoot::catalogueIn(ContentRoot(m_fixture.contentDir()).releaseDir(1));
    }

    int cli(const QStringList &args)
    {
        return callCatalogue(
            QStringList{QStringLiteral("--content"), m_fixture.contentDir()} + args, &m_out,
            &m_err);
    }

    // The problems an import of `entry` (added to a fixture of its own) reports, joined.
    static QString importProblems(const std::function<void(Fixture &)> &add)
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        add(f);
        const Importer::Report report =
            Importer(ContentRoot(f.contentDir())).importManifest(f.writeManifest(), f.mediaDir());
        QStringList lines;
        for (const Problem &p : report.problems)
            lines << p.toString();
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        addScheduledContent(m_fixture);
        QVERIFY(m_fixture.publish());
    }

    void aDayInAHallShowsWhatItsSchedulesSay_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("hall");  // "*": every hall
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QStringList>("featured");
        QTest::addColumn<QStringList>("themes");
        const QStringList always = {"th-always", "tl-tais"};
        const QStringList both = {"food"};
        const QStringList week = {"th-always", "th-week", "th-week-only", "tl-tais"};
        QTest::newRow("the day before the week")
            << day("2026-10-04") << "seoul" << always << QStringList{"th-always"} << both;
        // The week's first day starts at midnight: its items, its theme, and the attract loop
        // features only what is featured for the week.
        QTest::newRow("the first day, from midnight")
            << day("2026-10-05") << "seoul" << week << QStringList{"th-week"}
            << QStringList{"food", "week"};
        QTest::newRow("the last day is included")
            << day("2026-10-11") << "seoul" << week << QStringList{"th-week"}
            << QStringList{"food", "week"};
        QTest::newRow("the day after the last")
            << day("2026-10-12") << "seoul" << always << QStringList{"th-always"} << both;
        QTest::newRow("in Jeju") << day("2026-10-12") << "jeju"
                                 << QStringList{"th-always", "th-jeju", "tl-tais"}
                                 << QStringList{"th-always"} << both;
        QTest::newRow("a kiosk naming no hall")
            << day("2026-10-12") << "" << always << QStringList{"th-always"} << both;
        QTest::newRow("every hall (a curator's list)")
            << day("2026-10-12") << "*" << QStringList{"th-always", "th-jeju", "tl-tais"}
            << QStringList{"th-always"} << both;
        QTest::newRow("before Timor-Leste is shown: its items neither")
            << day("2025-12-31") << "seoul" << QStringList{"th-always"} << QStringList{"th-always"}
            << both;
        QTest::newRow("the day before the leap day")
            << day("2028-02-28") << "seoul" << always << QStringList{"th-always"} << both;
        QTest::newRow("the leap day")
            << day("2028-02-29") << "seoul" << QStringList{"th-always", "tl-leap", "tl-tais"}
            << QStringList{"th-always"} << both;
        QTest::newRow("the day after the leap day")
            << day("2028-03-01") << "seoul" << always << QStringList{"th-always"} << both;
        QTest::newRow("every day, every hall (a curator's list)")
            << QDate() << "*"
            << QStringList{"th-always", "th-jeju", "th-week", "th-week-only", "tl-leap", "tl-tais"}
            << QStringList{"th-always", "th-week"} << QStringList{"food", "week"};
    }

    void aDayInAHallShowsWhatItsSchedulesSay()
    {
        QFETCH(QDate, on);
        QFETCH(QString, hall);
        QFETCH(QStringList, items);
        QFETCH(QStringList, featured);
        QFETCH(QStringList, themes);
        Catalogue catalogue;
        QVERIFY2(catalogue.open(release(), SqlConnection::Mode::Immutable),
                 qPrintable(catalogue.errorString()));
        Showing showing;
        showing.day = on;
        if (hall != QLatin1String("*"))
            showing.hall = hall;
        catalogue.setShowing(showing);
        const QString en = QStringLiteral("en");
        QCOMPARE(ids(catalogue.items({}, en, 0, 100)), items);
        QCOMPARE(catalogue.itemCount({}), items.size());
        ItemFilter attract;
        attract.featuredOnly = true;
        QCOMPARE(ids(catalogue.items(attract, en, 0, 100)), featured);
        QCOMPARE(catalogue.itemCount(attract), featured.size());
        QStringList themeIds;
        int counted = 0;
        for (const ThemeRow &theme : catalogue.themes(en)) {
            themeIds << theme.id;
            counted += theme.itemCount;
        }
        QCOMPARE(themeIds, themes);
        QCOMPARE(counted, items.size());  // each item here has one theme
        QStringList states;
        int stateItems = 0;
        for (const CountryRow &country : catalogue.countries(en)) {
            states << country.code;
            stateItems += country.itemCount;
        }
        QCOMPARE(states.contains(QLatin1String("TL")), !on.isValid() || on.year() >= 2026);
        QCOMPARE(stateItems, items.size());
        // An item not shown cannot be opened either (--open, the rail).
        QCOMPARE(catalogue.item(QStringLiteral("tl-leap"), en).has_value(),
                 items.contains(QLatin1String("tl-leap")));
    }

    void aScheduleDiffersOnlyWhereAWindowStartsOrEnds()
    {
        Catalogue catalogue;
        QVERIFY(catalogue.open(release(), SqlConnection::Mode::Immutable));
        QVERIFY(catalogue.scheduleDiffers(day("2026-10-04"), day("2026-10-05")));
        QVERIFY(!catalogue.scheduleDiffers(day("2026-10-06"), day("2026-10-07")));
        QVERIFY(!catalogue.scheduleDiffers(day("2026-10-10"), day("2026-10-11")));
        QVERIFY(catalogue.scheduleDiffers(day("2026-10-11"), day("2026-10-12")));
        QVERIFY(catalogue.scheduleDiffers(day("2028-02-28"), day("2028-02-29")));
        QVERIFY(catalogue.scheduleDiffers(day("2028-02-29"), day("2028-03-01")));
        QVERIFY(!catalogue.scheduleDiffers(day("2028-03-01"), day("2028-03-02")));
    }

    // A kiosk running across midnight, with the injectable clock: the leap day's item appears
    // and then leaves with no publish in between, each time only at an idle moment.
    void aKioskRunningAcrossMidnightChangesOnlyBetweenVisitors()
    {
        QDateTime now = QDateTime(day("2028-02-28"), QTime(23, 59, 59));
        LiveReleases releases;
        QSignalSpy pending(&releases, &LiveReleases::pendingChanged);
        QSignalSpy changed(releases.catalogue(), &LiveCatalogue::changed);
        releases.followDays(QStringLiteral("seoul"), [&now] { return now; });
        QVERIFY(releases.open(m_fixture.contentDir()));
        Catalogue &shown = releases.catalogue()->catalogue();
        const auto leapShown = [&shown] {
            return shown.item(QStringLiteral("tl-leap"), QStringLiteral("en")).has_value();
        };
        QVERIFY(!leapShown());

        now = QDateTime(day("2028-02-29"), QTime(0, 0, 1));
        changed.clear();
        releases.checkDay();
        QVERIFY(releases.dayPending());
        QCOMPARE(pending.size(), 1);
        QVERIFY(!leapShown());  // a visitor in the middle of a visit sees no change
        QCOMPARE(changed.size(), 0);
        QVERIFY(releases.applyPending());  // the idle reset
        QVERIFY(leapShown());
        QCOMPARE(changed.size(), 1);  // the models read again
        QVERIFY(!releases.dayPending());

        now = QDateTime(day("2028-02-29"), QTime(23, 59, 59));  // the last day, to its end
        releases.checkDay();
        QVERIFY(!releases.dayPending());
        QVERIFY(leapShown());

        now = QDateTime(day("2028-03-01"), QTime(0, 0));
        releases.checkDay();
        QVERIFY(releases.dayPending());
        QVERIFY(leapShown());
        QVERIFY(releases.applyPending());
        QVERIFY(!leapShown());

        // A day that starts and ends nothing changes nothing on screen: no reload at all.
        now = QDateTime(day("2028-03-02"), QTime(0, 0, 1));
        changed.clear();
        releases.checkDay();
        QVERIFY(!releases.dayPending());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(shown.showing().day, day("2028-03-02"));
        QVERIFY(!releases.applyPending());
    }

    void importSaysWhatToWriteForWrongDays_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a day of the year")
            << "from"
            << "2027-02-29"
            << "items[0].from: \"2027-02-29\" is not a date; write YYYY-MM-DD.";
        QTest::newRow("a month, not a day")
            << "until"
            << "2026-10"
            << "items[0].until: \"2026-10\" is not a whole day; write the day as YYYY-MM-DD, for "
               "example 2026-10-01.";
        QTest::newRow("a date Excel rewrote") << "from"
                                              << "13/7/2026"
                                              << "Excel changed this date; write 2026-07-13.";
        QTest::newRow("a featured day that is none")
            << "featured_until"
            << "next week"
            << "items[0].featured_until: \"next week\" is not a date; write YYYY-MM-DD.";
        QTest::newRow("a hall in capitals")
            << "halls"
            << "Seoul"
            << "items[0].halls: \"Seoul\" is not a hall name; did you mean seoul? write the names "
               "as the hall files' [hall] id has them";
    }

    void importSaysWhatToWriteForWrongDays()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QString problems = importProblems([&](Fixture &f) {
            QJsonObject &item =
                f.addPhoto(QStringLiteral("th-x"), QStringLiteral("TH"), QStringLiteral("food"));
            item.insert(QStringLiteral("featured"), true);
            if (field == QLatin1String("halls"))
                item.insert(field, QJsonArray{value});
            else
                item.insert(field, value);
        });
        QVERIFY2(problems.contains(message), qPrintable(problems));
    }

    void importRefusesAWindowThatEndsBeforeItStarts()
    {
        const QString problems = importProblems([](Fixture &f) {
            QJsonObject &week = f.addTheme(QStringLiteral("week"), QStringLiteral("Week"));
            week.insert(QStringLiteral("from"), QStringLiteral("2026-10-11"));
            week.insert(QStringLiteral("until"), QStringLiteral("2026-10-05"));
            QJsonObject &item =
                f.addPhoto(QStringLiteral("th-x"), QStringLiteral("TH"), QStringLiteral("food"));
            item.insert(QStringLiteral("featured_from"), QStringLiteral("2026-10-05"));
        });
        QVERIFY2(problems.contains(QLatin1String(
                     "themes[1].from: from 2026-10-11 is after until 2026-10-05; write the first "
                     "day in from and the last in until (both are included).")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String(
                     "items[0].featured: featured days need \"featured\" yes; write yes, or "
                     "leave featured_from and featured_until empty.")),
                 qPrintable(problems));
    }

    // In a sheet the message names the cell, as for every other column.
    void aSheetsWrongDayIsNamedByItsCell()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.writeMedia(QStringLiteral("a.jpg"), Fixture::jpeg(QSize(64, 48)));
        const ContentRoot root(f.contentDir());
        QVERIFY(Importer(root).importManifest(f.writeManifest(), f.mediaDir()).ok());
        const QString sheet =
            f.writeMedia(QStringLiteral("items.csv"),
                         "id,kind,file,country,themes,licence,title_en,from,until,halls\n"
                         "th-a,photo,a.jpg,TH,food,CC0-1.0,A,2026-10-11,2026-10-05,seoul jeju\n");
        const Importer::Report report = Importer(root).importManifest(sheet, f.mediaDir());
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().toString().endsWith(QLatin1String(
                     "items.csv:2:36: from: from 2026-10-11 is after until 2026-10-05; write the "
                     "first day in from and the last in until (both are included).")),
                 qPrintable(report.problems.first().toString()));
    }

    // Export writes every schedule and an empty remove column; importing the export gives the
    // same catalogue, row for row.
    void exportAndImportKeepEverySchedule_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("xlsx") << "xlsx";
        QTest::newRow("csv") << "csv";
        QTest::newRow("json") << "json";
    }

    void exportAndImportKeepEverySchedule()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("export"));
        QCOMPARE(cli({QStringLiteral("export"), out, QStringLiteral("--format"), format}), 0);
        if (format == QLatin1String("csv")) {
            QFile items(out + QStringLiteral("/items.csv"));
            QVERIFY(items.open(QIODevice::ReadOnly));
            const QByteArray header = items.readLine();
            for (const char *column :
                 {",featured_from,featured_until,", ",from,until,halls,", ",reviewed,remove"})
                QVERIFY2(header.contains(column), header.constData());
            QVERIFY2(items.readAll().contains(",2028-02-29,2028-02-29,,"), "the leap day");
        }
        if (format == QLatin1String("json")) {
            QFile manifest(out + QStringLiteral("/manifest.json"));
            QVERIFY(manifest.open(QIODevice::ReadOnly));
            const QByteArray json = manifest.readAll();
            QVERIFY(json.contains("\"halls\": [\n                \"jeju\""));
            QVERIFY(!json.contains("\"remove\""));  // an empty cell is left out, as every other
        }
        const QString copy = dir.filePath(QStringLiteral("content"));
        QString twice;
        const Importer::Report imported =
            Importer(ContentRoot(copy)).importManifest(Exporter::manifestFilesIn(out, &twice), out);
        QVERIFY(imported.ok());
        const QStringList before =
            catalogueRows(ContentRoot(m_fixture.contentDir()).draftCatalogue());
        QVERIFY(
            before.contains(QStringLiteral("TL|2|Timor-Leste|1967-08-08|#336699|||2026-01-01||*")));
        QCOMPARE(catalogueRows(ContentRoot(copy).draftCatalogue()), before);
    }

    void itemsOnADayInAHall()
    {
        QCOMPARE(cli({QStringLiteral("items"), QStringLiteral("--on"), QStringLiteral("2028-02-29"),
                      QStringLiteral("--hall"), QStringLiteral("jeju")}),
                 0);
        QStringList listed;
        for (const QString &line : m_out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            listed << line.section(QLatin1Char(' '), 0, 0);
        listed.sort();
        QCOMPARE(listed, QStringList({"th-always", "th-jeju", "tl-leap", "tl-tais"}));
        QCOMPARE(
            cli({QStringLiteral("items"), QStringLiteral("--on"), QStringLiteral("2027-02-29")}),
            2);
        QCOMPARE(m_err, QStringLiteral("asean-catalogue: \"2027-02-29\" is not a date; write --on "
                                       "YYYY-MM-DD, for example --on 2026-10-05.\n"));
        QCOMPARE(cli({QStringLiteral("items"), QStringLiteral("--hall"), QStringLiteral("Jeju")}),
                 2);
        QVERIFY2(m_err.contains(QLatin1String("(lower-case letters, digits and dashes: --hall "
                                              "seoul)")),
                 qPrintable(m_err));
    }

    // validate warns (and still passes) about a window that has passed and a hall that no hall
    // file in the content root's halls/ folder names.
    void validateWarnsAboutPastWindowsAndUnknownHalls()
    {
        const QString halls = m_fixture.contentDir() + QStringLiteral("/halls");
        QVERIFY(QDir().mkpath(halls));
        QFile seoul(halls + QStringLiteral("/seoul.ini"));
        QVERIFY(seoul.open(QIODevice::WriteOnly));
        seoul.write("[hall]\nname=Seoul\nid=seoul\n");
        seoul.close();
        QCOMPARE(cli({QStringLiteral("validate")}), 0);
        // The week of 2026 is over by the time this runs; the leap day of 2028 is not.
        QVERIFY2(
            m_err.contains(
                QLatin1String("warning: ") + ContentRoot(m_fixture.contentDir()).draftCatalogue() +
                QLatin1String(": item/th-week: was shown until 2026-10-11, which has passed; "
                              "visitors no longer see it. Remove it (asean-catalogue remove "
                              "item th-week), or write a later day in until.")),
            qPrintable(m_err));
        QVERIFY2(m_err.contains(QLatin1String("theme/week: was shown until 2026-10-11")),
                 qPrintable(m_err));
        QVERIFY2(!m_err.contains(QLatin1String("th-always")), qPrintable(m_err));
        QVERIFY2(m_err.contains(QLatin1String("item/th-jeju: names the hall \"jeju\", but no "
                                              "hall file in ") +
                                halls +
                                QLatin1String(" has [hall] id=jeju (the halls there: seoul), so "
                                              "no kiosk shows it there.")),
                 qPrintable(m_err));
        QVERIFY2(m_out.contains(QLatin1String("The draft is ready to publish")), qPrintable(m_out));
        QFile jeju(halls + QStringLiteral("/jeju.ini"));
        QVERIFY(jeju.open(QIODevice::WriteOnly));
        jeju.write("[hall]\nid=jeju\n");
        jeju.close();
        QCOMPARE(cli({QStringLiteral("validate")}), 0);
        QVERIFY2(!m_err.contains(QLatin1String("jeju")), qPrintable(m_err));
    }

    // The translations report counts what will be shown: the week that is over is not missing
    // anything any more.
    void translationsCountOnlyWhatWillBeShown()
    {
        QCOMPARE(cli({QStringLiteral("translations"), QStringLiteral("--json")}), 0);
        const QJsonArray languages =
            QJsonDocument::fromJson(m_out.toUtf8()).object().value("languages").toArray();
        QVERIFY(!languages.isEmpty());
        const QJsonObject ko = languages.at(0).toObject().value("catalogue").toObject();
        // Korean has the items' titles and no theme names: the week's theme is over, so its
        // name is not missing; food's is.
        const QString missing = ko.value("missing").toVariant().toStringList().join('\n');
        QVERIFY2(missing.contains(QLatin1String("theme/food name")), qPrintable(missing));
        QVERIFY2(!missing.contains(QLatin1String("theme/week")), qPrintable(missing));
        // Nor are the titles of the week's items counted: the one shown until the week's end,
        // and the one only under the week's theme.
        // (Korean has every title; 4 until the leap day is over, 3 after.)
        const int shownTitles = ko.value("translated").toInt();
        QVERIFY2(shownTitles == 4 || shownTitles == 3, qPrintable(QString::number(shownTitles)));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
