// Import of the demo content and of broken manifests: every problem reported, nothing changed.
#include "bootstrap.h"
#include "catalogue.h"
#include "contentroot.h"
#include "draft.h"
#include "fixture.h"
#include "importer.h"
#include "mediastore.h"
#include "sqlconnection.h"

#include <QColor>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

int fileCount(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QString problemsText(const Importer::Report &report)
{
    QStringList lines;
    for (const Problem &p : report.problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

// Vietnamese of `letters` letters as a reader counts them, composed (NFC): one code unit each.
QString vietnamese(int letters)
{
    const QString phrase = QStringLiteral("Người Việt ăn phở bò ở Hà Nội, trên những phố cổ. ")
                               .normalized(QString::NormalizationForm_C);
    QString text;
    while (text.size() < letters)
        text += phrase;
    return text.left(letters);
}

}  // namespace

class TestImport : public QObject {
    Q_OBJECT

    // The draft's texts of one field of an entry, as language=status in language order.
    static QStringList statuses(const ContentRoot &root, const QString &entity, const QString &id,
                                const QString &field)
    {
        SqlConnection db;
        if (!db.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly))
            return {db.errorString()};
        QSqlQuery q(db.db());
        q.prepare(
            QStringLiteral("SELECT lang, status FROM text WHERE entity = ? AND id = ? AND"
                           " field = ? ORDER BY lang"));
        for (const QString &value : {entity, id, field})
            q.addBindValue(value);
        QStringList rows;
        for (q.exec(); q.next();)
            rows << q.value(QStringLiteral("lang")).toString() + QLatin1Char('=') +
                        q.value(QStringLiteral("status")).toString();
        return rows;
    }

private slots:
    void importsTheDemoContent()
    {
        QTemporaryDir dir;
        const ContentRoot root(dir.path());
        const Importer::Report report = Importer(root).importManifest(demoManifest());
        QVERIFY2(report.ok(), qPrintable(problemsText(report)));
        QVERIFY(report.applied);

        Catalogue c;
        QVERIFY(c.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly));
        const QList<CountryRow> states = c.countries(QStringLiteral("en"));
        QCOMPARE(states.size(), 11);
        const QStringList expected = {"BN", "KH", "ID", "LA", "MY", "MM",
                                      "PH", "SG", "TH", "TL", "VN"};
        QStringList codes;
        for (const CountryRow &s : states) {
            codes << s.code;
            QVERIFY2(!s.flagPath.isEmpty(), qPrintable(s.code));
            QVERIFY2(!s.photoPath.isEmpty(), qPrintable(s.code));
            QVERIFY2(!s.capital.isEmpty() && !s.languages.isEmpty(), qPrintable(s.code));
            QVERIFY2(!s.description.isEmpty(), qPrintable(s.code));
            const auto ko = c.country(s.code, QStringLiteral("ko"));
            QVERIFY2(ko->description != s.description && ko->name != s.name, qPrintable(s.code));
            ItemFilter photos;
            photos.country = s.code;
            QVERIFY2(c.itemCount(photos) >= 6, qPrintable(s.code));
        }
        QCOMPARE(codes, expected);
        // Facts checked against the ASEAN Secretariat's records.
        const auto th = c.country(QStringLiteral("TH"), QStringLiteral("en"));
        QCOMPARE(th->capital, QStringLiteral("Bangkok"));
        QCOMPARE(th->joined, QStringLiteral("1967-08-08"));
        QCOMPARE(th->nativeName, QStringLiteral("ประเทศไทย"));
        QCOMPARE(c.country(QStringLiteral("KH"), QStringLiteral("en"))->joined,
                 QStringLiteral("1999-04-30"));
        QCOMPARE(c.country(QStringLiteral("BN"), QStringLiteral("en"))->joined,
                 QStringLiteral("1984-01-07"));
        QCOMPARE(c.country(QStringLiteral("VN"), QStringLiteral("en"))->joined,
                 QStringLiteral("1995-07-28"));
        QCOMPARE(c.country(QStringLiteral("LA"), QStringLiteral("en"))->joined,
                 QStringLiteral("1997-07-23"));
        QCOMPARE(c.country(QStringLiteral("MM"), QStringLiteral("ko"))->name,
                 QStringLiteral("미얀마"));

        QVERIFY(c.themes(QStringLiteral("en")).size() >= 8);
        const QList<ItemRow> items = c.items({}, QStringLiteral("en"), 0, 1000);
        int photos = 0, videos = 0, large = 0;
        for (const ItemRow &item : items) {
            (item.kind == QLatin1String("video") ? videos : photos)++;
            if (item.width * item.height >= 6000 * 4000)
                ++large;
            QVERIFY2(!item.title.isEmpty() && !item.description.isEmpty(), qPrintable(item.id));
            const auto ko = c.item(item.id, QStringLiteral("ko"));
            QVERIFY2(ko && ko->title != item.title, qPrintable(item.id));  // a real Korean title
        }
        QVERIFY(photos >= 60);
        QVERIFY(videos >= 3);
        QVERIFY(large >= 1);

        // Originals are stored under their own SHA-256.
        const QString stored = root.resolve(items.first().mediaPath);
        QVERIFY(QFileInfo(stored).completeBaseName() == MediaStore::hashFile(stored));
    }

    // The kiosk's first start fills an empty root with the demo. Killed halfway (a start
    // timeout, power lost), the next start finishes the job instead of finding a root with no
    // release; a curator's root without a release is left alone.
    void anInterruptedFirstFillStartsOver()
    {
        QTemporaryDir dir;
        const ContentRoot root(dir.filePath(QStringLiteral("hall")));
        const Bootstrap::Result first = Bootstrap::prepare(root, demoManifest());
        QVERIFY2(first.ok && first.filledFromDemo, qPrintable(first.error));
        QVERIFY(!QFile::exists(root.path() + QStringLiteral("/.filling-demo")));
        QCOMPARE(root.currentRelease(), 1);

        // As a fill cut short after the import leaves it.
        QVERIFY(QFile::remove(root.currentFile()));
        QVERIFY(QDir(root.releasesDir()).removeRecursively());
        QFile marker(root.path() + QStringLiteral("/.filling-demo"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        const Bootstrap::Result again = Bootstrap::prepare(root, demoManifest());
        QVERIFY2(again.ok && again.filledFromDemo, qPrintable(again.error));
        QCOMPARE(root.currentRelease(), 1);
        QVERIFY(!marker.exists());

        const ContentRoot curated(dir.filePath(QStringLiteral("curated")));
        QVERIFY(Importer(curated).importManifest(demoManifest()).ok());
        const Bootstrap::Result untouched = Bootstrap::prepare(curated, demoManifest());
        QVERIFY(untouched.ok && !untouched.filledFromDemo);
        QVERIFY(!QFileInfo::exists(curated.currentFile()));
    }

    void importingTwiceChangesNothing()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        const ContentRoot root(f.contentDir());
        const QString manifest = f.writeManifest();
        QVERIFY(Importer(root).importManifest(manifest, f.mediaDir()).ok());
        const int files = fileCount(root.mediaDir());
        QVERIFY(Importer(root).importManifest(manifest, f.mediaDir()).ok());
        QCOMPARE(fileCount(root.mediaDir()), files);
        Catalogue c;
        QVERIFY(c.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly));
        QCOMPARE(c.itemCount({}), 1);
    }

    // Timor-Leste came as data (media/demo/manifest.json); a twelfth state would too.
    void aTwelfthStateIsOnlyData()
    {
        QTemporaryDir dir;
        const ContentRoot root(dir.path());
        QVERIFY(Importer(root).importManifest(demoManifest()).ok());
        Fixture f;
        QJsonObject &pg =
            f.addCountry(QStringLiteral("PG"), QStringLiteral("Papua New Guinea"), 12);
        pg.insert(QStringLiteral("native_name"), QStringLiteral("Papua Niugini"));
        f.addPhoto(QStringLiteral("pg-bilum"), QStringLiteral("PG"), QStringLiteral("crafts"));
        const Importer::Report report =
            Importer(root).importManifest(f.writeManifest(), f.mediaDir());
        QVERIFY2(report.ok(), qPrintable(problemsText(report)));
        Catalogue c;
        QVERIFY(c.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly));
        const QList<CountryRow> states = c.countries(QStringLiteral("en"));
        QCOMPARE(states.size(), 12);
        QCOMPARE(states.last().code, QStringLiteral("PG"));
        QCOMPARE(states.last().itemCount, 1);
    }

    void brokenManifestsAreRefusedWhole_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid JSON") << "json"
                                      << "broken.json:1:3: this is not valid JSON";
        QTest::newRow("unknown state") << "country"
                                       << "\"XX\" is not a member state";
        QTest::newRow("unknown theme") << "theme"
                                       << "\"nope\" is not a theme";
        QTest::newRow("missing file") << "missing"
                                      << "is not in the media folder";
        QTest::newRow("parent path") << "dotdot"
                                     << "without \"..\"";
        QTest::newRow("absolute path") << "absolute"
                                       << "not absolute";
        QTest::newRow("link outside") << "symlink"
                                      << "leads outside the media folder";
        // Guards the containment check alone: no "..", and the target's path begins with the
        // media folder's own (media-in-old/ beside media-in/).
        QTest::newRow("link into a sibling folder") << "sibling"
                                                    << "leads outside the media folder";
        QTest::newRow("corrupt JPEG") << "corrupt"
                                      << "damaged";
        QTest::newRow("not a picture") << "notimage"
                                       << "not a picture";
        QTest::newRow("huge picture") << "huge"
                                      << "more than the kiosk may decode";
        QTest::newRow("duplicate id") << "dupid"
                                      << "is already at";
        QTest::newRow("duplicate media") << "dupmedia"
                                         << "is the same picture as item";
        QTest::newRow("control character") << "control"
                                           << "control character";
        QTest::newRow("over-long text") << "long"
                                        << "shorten it";
        QTest::newRow("over-long, decomposed") << "longnfd"
                                               << "the text is 130 characters long; shorten it "
                                                  "to 120.";
        QTest::newRow("bidirectional override") << "bidi"
                                                << "bidirectional control character (U+202E)";
        QTest::newRow("bidirectional isolate") << "isolate"
                                               << "bidirectional control character (U+2067)";
        QTest::newRow("bidirectional control in the licence")
            << "licence"
            << "items[1].licence: the text contains a bidirectional control character (U+2066)";
        QTest::newRow("unknown language") << "lang"
                                          << "is not a language the kiosk offers";
        QTest::newRow("unknown home language") << "homelang"
                                               << "\"pt\" is not a language the kiosk offers";
        QTest::newRow("bad date") << "date"
                                  << "is not a date";
        QTest::newRow("missing title") << "notitle"
                                       << "an English title is required";
        QTest::newRow("video not mp4") << "video"
                                       << "is not an MP4 video";
        QTest::newRow("video in another codec") << "mpeg4"
                                                << "is mpeg4 video; the kiosk plays H.264";
        QTest::newRow("video damaged") << "badmp4"
                                       << "is damaged and cannot be read";
        QTest::newRow("review in unknown language") << "reviewed"
                                                    << "\"xx\" is not a language";
    }

    void brokenManifestsAreRefusedWhole()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expected);
        // A good import first, so "nothing changed" is checked against real content.
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("good"), QStringLiteral("TH"), QStringLiteral("food"));
        const ContentRoot root(f.contentDir());
        QVERIFY(Importer(root).importManifest(f.writeManifest(), f.mediaDir()).ok());
        const int filesBefore = fileCount(root.mediaDir());
        QFile draft(root.draftCatalogue());
        QVERIFY(draft.open(QIODevice::ReadOnly));
        const QByteArray draftBefore = draft.readAll();
        draft.close();

        QJsonObject &bad =
            f.addPhoto(QStringLiteral("new"), QStringLiteral("TH"), QStringLiteral("food"));
        QString manifest;
        if (breakage == QLatin1String("json")) {
            manifest = f.path() + QStringLiteral("/broken.json");
            QFile file(manifest);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{]");
        } else if (breakage == QLatin1String("country")) {
            bad.insert(QStringLiteral("country"), QStringLiteral("XX"));
        } else if (breakage == QLatin1String("theme")) {
            bad.insert(QStringLiteral("themes"), QJsonArray{QStringLiteral("nope")});
        } else if (breakage == QLatin1String("missing")) {
            bad.insert(QStringLiteral("file"), QStringLiteral("photos/absent.jpg"));
        } else if (breakage == QLatin1String("dotdot")) {
            bad.insert(QStringLiteral("file"), QStringLiteral("../manifest.json"));
        } else if (breakage == QLatin1String("absolute")) {
            bad.insert(QStringLiteral("file"), QStringLiteral("/etc/passwd"));
        } else if (breakage == QLatin1String("symlink") || breakage == QLatin1String("sibling")) {
            const QString outside = breakage == QLatin1String("symlink")
                                        ? f.path() + QStringLiteral("/outside.jpg")
                                        : f.mediaDir() + QStringLiteral("-old/outside.jpg");
            QVERIFY(QDir().mkpath(QFileInfo(outside).path()));
            QFile out(outside);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(Fixture::jpeg(QSize(8, 8), 99));
            out.close();
            QVERIFY(QFile::link(outside, f.mediaDir() + QStringLiteral("/link.jpg")));
            bad.insert(QStringLiteral("file"), QStringLiteral("link.jpg"));
        } else if (breakage == QLatin1String("corrupt")) {
            QByteArray bytes = Fixture::jpeg(QSize(640, 480), 5);
            bytes.truncate(bytes.size() / 3);
            f.writeMedia(QStringLiteral("photos/new.jpg"), bytes);
        } else if (breakage == QLatin1String("notimage")) {
            f.writeMedia(QStringLiteral("photos/new.jpg"), "just some text, not a picture");
        } else if (breakage == QLatin1String("huge")) {
            f.writeMedia(QStringLiteral("photos/new.jpg"),
                         Fixture::jpegClaiming(QSize(20000, 20000)));
        } else if (breakage == QLatin1String("dupid")) {
            bad.insert(QStringLiteral("id"), QStringLiteral("good"));
            f.addPhoto(QStringLiteral("good"), QStringLiteral("TH"), QStringLiteral("food"));
        } else if (breakage == QLatin1String("dupmedia")) {
            f.addPhoto(QStringLiteral("twin"), QStringLiteral("TH"), QStringLiteral("food"))
                .insert(QStringLiteral("file"), QStringLiteral("photos/new.jpg"));
        } else if (breakage == QLatin1String("control")) {
            bad.insert(QStringLiteral("title"),
                       QJsonObject{{QStringLiteral("en"), QStringLiteral("bell\x07")}});
        } else if (breakage == QLatin1String("long")) {
            bad.insert(QStringLiteral("title"),
                       QJsonObject{{QStringLiteral("en"), QString(500, QLatin1Char('a'))}});
        } else if (breakage == QLatin1String("longnfd")) {
            const QString nfd = vietnamese(130).normalized(QString::NormalizationForm_D);
            QVERIFY(nfd.size() > 180);
            bad.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), nfd}});
        } else if (breakage == QLatin1String("bidi")) {
            bad.insert(
                QStringLiteral("title"),
                QJsonObject{{QStringLiteral("en"), QStringLiteral("Invoice \u202Egnp.exe done")}});
        } else if (breakage == QLatin1String("isolate")) {
            bad.insert(
                QStringLiteral("description"),
                QJsonObject{{QStringLiteral("en"), QStringLiteral("Left open \u2067 here")}});
        } else if (breakage == QLatin1String("licence")) {
            bad.insert(QStringLiteral("licence"), QStringLiteral("CC0 \u2066"));
        } else if (breakage == QLatin1String("lang")) {
            bad.insert(QStringLiteral("title"),
                       QJsonObject{{QStringLiteral("en"), QStringLiteral("ok")},
                                   {QStringLiteral("xx"), QStringLiteral("?")}});
        } else if (breakage == QLatin1String("homelang")) {
            f.addCountry(QStringLiteral("VN"), QStringLiteral("Viet Nam"))
                .insert(QStringLiteral("language"), QStringLiteral("pt"));
        } else if (breakage == QLatin1String("date")) {
            bad.insert(QStringLiteral("date"), QStringLiteral("2024-13-40"));
        } else if (breakage == QLatin1String("notitle")) {
            bad.remove(QStringLiteral("title"));
        } else if (breakage == QLatin1String("video")) {
            bad.insert(QStringLiteral("kind"), QStringLiteral("video"));
            bad.insert(QStringLiteral("poster"), QStringLiteral("photos/good.jpg"));
        } else if (breakage == QLatin1String("mpeg4") || breakage == QLatin1String("badmp4")) {
            bad.insert(QStringLiteral("kind"), QStringLiteral("video"));
            bad.insert(QStringLiteral("poster"), QStringLiteral("photos/good.jpg"));
            bad.insert(QStringLiteral("file"), QStringLiteral("new.mp4"));
            if (breakage == QLatin1String("badmp4"))
                f.writeMedia(QStringLiteral("new.mp4"), QByteArray("\0\0\0\x18"
                                                                   "ftypmp42",
                                                                   12) +
                                                            QByteArray(4096, 'U'));
            else
                QCOMPARE(QProcess::execute(
                             QStringLiteral("ffmpeg"),
                             {QStringLiteral("-loglevel"), QStringLiteral("error"),
                              QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("testsrc=duration=1:size=64x48:rate=10"),
                              QStringLiteral("-c:v"), QStringLiteral("mpeg4"),
                              f.mediaDir() + QStringLiteral("/new.mp4")}),
                         0);
        } else if (breakage == QLatin1String("reviewed")) {
            bad.insert(QStringLiteral("reviewed"), QJsonArray{QStringLiteral("xx")});
        }
        if (manifest.isEmpty())
            manifest = f.writeManifest(QStringLiteral("second.json"));

        const Importer::Report report = Importer(root).importManifest(manifest, f.mediaDir());
        QVERIFY2(!report.ok(), qPrintable(QStringLiteral("imported; expected: ") + expected));
        QVERIFY(!report.applied);
        const QString text = problemsText(report);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.contains(QFileInfo(manifest).fileName()),
                 qPrintable(text));  // names the file

        QCOMPARE(fileCount(root.mediaDir()), filesBefore);
        QVERIFY(draft.open(QIODevice::ReadOnly));
        QVERIFY2(draft.readAll() == draftBefore, "the draft catalogue changed");
    }

    // Guards ContentRoot::resolve's containment on its own: a stored path that climbs into a
    // sibling folder whose name begins with the root's (content-old/) is refused.
    void storedPathsStayInTheContentRoot()
    {
        const ContentRoot root(QStringLiteral("/srv/hall/content"));
        QCOMPARE(root.resolve(QStringLiteral("media/ab/x.jpg")),
                 QStringLiteral("/srv/hall/content/media/ab/x.jpg"));
        for (const char *away : {"../content-old/media/ab/x.jpg", "media/../../content-old/x.jpg",
                                 "../x.jpg", "/etc/passwd", ""})
            QVERIFY2(root.resolve(QLatin1String(away)).isEmpty(), away);
    }

    void reportsEveryProblemAtOnce()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("XX"), QStringLiteral("food"));
        f.addPhoto(QStringLiteral("b"), QStringLiteral("TH"), QStringLiteral("nope"));
        f.addPhoto(QStringLiteral("c"), QStringLiteral("TH"), QStringLiteral("food"))
            .insert(QStringLiteral("date"), QStringLiteral("yesterday"));
        const Importer::Report report =
            Importer(ContentRoot(f.contentDir())).importManifest(f.writeManifest(), f.mediaDir());
        QCOMPARE(report.problems.size(), 3);
        QCOMPARE(report.problems.at(0).field, QStringLiteral("items[0].country"));
        QCOMPARE(report.problems.at(1).field, QStringLiteral("items[1].themes"));
        QCOMPARE(report.problems.at(2).field, QStringLiteral("items[2].date"));
        // Each names the line and column of the offending value in the file.
        QFile file(f.path() + QStringLiteral("/manifest.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const QList<QByteArray> values = {"\"XX\"", "[", "\"yesterday\""};
        for (int i = 0; i < 3; ++i) {
            const QStringList at = report.problems.at(i).where.split(QLatin1Char(':'));
            QCOMPARE(at.size(), 2);
            const QByteArray line = lines.value(at[0].toInt() - 1);
            QCOMPARE(line.mid(at[1].toInt() - 1, values[i].size()), values[i]);
        }
    }

    void dryRunWritesNothing()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        const Importer::Report report = Importer(ContentRoot(f.contentDir()))
                                            .importManifest(f.writeManifest(), f.mediaDir(), true);
        QVERIFY2(report.ok(), qPrintable(problemsText(report)));
        QCOMPARE(report.items, 1);
        QVERIFY(!report.applied);
        QVERIFY(!QFileInfo::exists(f.contentDir()));
    }

    void markupIsKeptAsLiteralText()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        const QString markup =
            QStringLiteral("<img src=\"http://example.invalid/x.png\"> <b>bold</b>");
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"))
            .insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), markup}});
        const ContentRoot root(f.contentDir());
        QVERIFY(Importer(root).importManifest(f.writeManifest(), f.mediaDir()).ok());
        Catalogue c;
        QVERIFY(c.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly));
        QCOMPARE(c.item(QStringLiteral("a"), QStringLiteral("en"))->title, markup);
    }
    // Sheets as Excel saves them ("CSV UTF-8"): BOM, CRLF, quotes around commas and breaks.
    static void writeSheets(Fixture &f, const QByteArray &items)
    {
        f.writeMedia(QStringLiteral("photos/a.jpg"), Fixture::jpeg(QSize(64, 48), 1));
        f.writeMedia(QStringLiteral("photos/b.jpg"), Fixture::jpeg(QSize(64, 48), 2));
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(f.mediaDir() + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("countries.csv"),
              "\xEF\xBB\xBF"
              "code,order,native_name,joined,accent,name_en,name_th,capital_en\r\n"
              "TH,1,ประเทศไทย,1967-08-08,#2D2A4A,Thailand,ไทย,Bangkok\r\n");
        write(QStringLiteral("themes.csv"),
              "\xEF\xBB\xBFid,order,accent,name_en,name_ko,# notes\r\n"
              "food,1,#C0392B,Food,음식,anything here is ignored\r\n"
              "festivals,2,#8E44AD,Festivals,축제,\r\n");
        write(QStringLiteral("items.csv"), items);
    }

    static QStringList sheets(const Fixture &f)
    {
        return {f.mediaDir() + QStringLiteral("/countries.csv"),
                f.mediaDir() + QStringLiteral("/themes.csv"),
                f.mediaDir() + QStringLiteral("/items.csv")};
    }

    static QByteArray itemsSheet(const QByteArray &secondRow)
    {
        return "\xEF\xBB\xBF"
               "id,kind,file,country,themes,licence,featured,title_en,title_th,"
               "description_en,reviewed\r\n"
               "a,photo,photos/a.jpg,TH,food; festivals,CC0-1.0,yes,\"Rice, sticky\","
               "ข้าวเหนียว,\"Steamed in a basket.\nEaten by hand.\",th\r\n" +
               secondRow;
    }

    void spreadsheetsImport()
    {
        Fixture f;
        writeSheets(f, itemsSheet("b,photo,photos/b.jpg,TH,food,CC-BY-4.0,no,Curry,,,\r\n"));
        const ContentRoot root(f.contentDir());
        const Importer::Report report = Importer(root).importManifest(sheets(f));
        QVERIFY2(report.ok(), qPrintable(problemsText(report)));
        QCOMPARE(report.countries, 1);
        QCOMPARE(report.themes, 2);
        QCOMPARE(report.items, 2);
        Catalogue c;
        QVERIFY(c.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly));
        const auto a = c.item(QStringLiteral("a"), QStringLiteral("th"));
        QVERIFY(a);
        QCOMPARE(a->title, QStringLiteral("ข้าวเหนียว"));
        QVERIFY(a->featured);
        QCOMPARE(c.item(QStringLiteral("a"), QStringLiteral("en"))->title,
                 QStringLiteral("Rice, sticky"));
        QCOMPARE(c.item(QStringLiteral("a"), QStringLiteral("en"))->description,
                 QStringLiteral("Steamed in a basket.\nEaten by hand."));
        SqlConnection db;
        QVERIFY(db.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM item_theme WHERE item = 'a'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(
            statuses(root, QStringLiteral("item"), QStringLiteral("a"), QStringLiteral("title")),
            (QStringList{QStringLiteral("en=unreviewed"), QStringLiteral("th=reviewed")}));
    }

    void brokenSpreadsheetsAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("items");
        QTest::addColumn<QString>("expected");  // file:line:column: field: message start
        const QByteArray good = "b,photo,photos/b.jpg,TH,food,CC0-1.0,no,Curry,,,\r\n";
        QTest::newRow("unknown column")
            << QByteArray("id,kind,file,country,licence,title_en,titel_ko\r\n") + good
            << "items.csv:1:39: titel_ko: \"titel_ko\" is not a column of a sheet of items";
        QTest::newRow("unknown language column")
            << QByteArray("id,kind,file,country,licence,title_en,title_xx\r\n") + good
            << "items.csv:1:39: title_xx: \"xx\" is not a language the kiosk offers";
        QTest::newRow("missing column")
            << QByteArray("id,kind,file,country,title_en\r\nb,photo,photos/b.jpg,TH,Curry\r\n")
            << "items.csv:1:1: the sheet of items has no \"licence\" column";
        QTest::newRow("empty required cell")
            << itemsSheet("b,photo,photos/b.jpg,TH,food,,no,Curry,,,\r\n")
            << "items.csv:4:30: licence: \"licence\" is required; fill in this cell.";
        QTest::newRow("not yes or no")
            << itemsSheet("b,photo,photos/b.jpg,TH,food,CC0,maybe,C,,,\r\n")
            << "items.csv:4:34: featured: \"featured\" must be yes or no";
        QTest::newRow("unknown state")
            << itemsSheet("b,photo,photos/b.jpg,XX,food,CC0,no,Curry,,,\r\n")
            << "items.csv:4:22: country: \"XX\" is not a member state";
        QTest::newRow("missing file")
            << itemsSheet("b,photo,photos/nope.jpg,TH,food,CC0,no,Curry,,,\r\n")
            << "items.csv:4:9: file: the file \"photos/nope.jpg\" is not in the media folder";
        QTest::newRow("no English title")
            << itemsSheet("b,photo,photos/b.jpg,TH,food,CC0,no,,,,\r\n")
            << "items.csv:4:37: title_en: an English title is required";
        QTest::newRow("stray comma")
            << itemsSheet("b,photo,photos/b.jpg,TH,food,CC0,no,Curry, hot,,,x\r\n")
            << "items.csv:4:50: this row has more fields than the header has columns";
        QTest::newRow("unclosed quote")
            << itemsSheet("b,photo,photos/b.jpg,TH,food,CC0,no,\"Curry,,,\r\n")
            << "items.csv:4:37: this quoted field is never closed";
        QTest::newRow("not UTF-8")
            << itemsSheet("b,photo,photos/b.jpg,TH,food,CC0,no,Caf\xE9,,,\r\n")
            << "items.csv:4:40: this is not UTF-8 text";
        QTest::newRow("bidirectional override")
            << itemsSheet("b,photo,photos/b.jpg,TH,food,CC0,no,Invoice \xE2\x80\xAEgnp.exe,,,\r\n")
            << "items.csv:4:37: title_en: the text contains a bidirectional control character "
               "(U+202E)";
    }

    void brokenSpreadsheetsAreRefusedWhole()
    {
        QFETCH(QByteArray, items);
        QFETCH(QString, expected);
        Fixture f;
        writeSheets(f, itemsSheet({}));
        const ContentRoot root(f.contentDir());
        QVERIFY(Importer(root).importManifest(sheets(f)).ok());
        QFile draft(root.draftCatalogue());
        QVERIFY(draft.open(QIODevice::ReadOnly));
        const QByteArray draftBefore = draft.readAll();
        draft.close();
        const int filesBefore = fileCount(root.mediaDir());

        writeSheets(f, items);
        const Importer::Report report = Importer(root).importManifest(sheets(f));
        QVERIFY(!report.applied);
        const QString text = problemsText(report);
        QVERIFY2(text.contains(f.mediaDir() + QLatin1Char('/') + expected), qPrintable(text));
        QCOMPARE(fileCount(root.mediaDir()), filesBefore);
        QVERIFY(draft.open(QIODevice::ReadOnly));
        QVERIFY2(draft.readAll() == draftBefore, "the draft catalogue changed");
    }

    void textsThatLostTheirScriptAreWarnedAbout()
    {
        // What Excel's "CSV" (not "CSV UTF-8") does to Thai in a Western locale, an English
        // title saved the same way, and an English text in the Thai column.
        Fixture f;
        writeSheets(f, itemsSheet("b,photo,photos/b.jpg,TH,food,CC0,no,Caf? ???,??? ??,,\r\n"
                                  "c,photo,photos/c.jpg,TH,food,CC0,no,Boxing,Muay Thai,,\r\n"));
        f.writeMedia(QStringLiteral("photos/c.jpg"), Fixture::jpeg(QSize(64, 48), 3));
        const ContentRoot root(f.contentDir());
        const QString cause = QStringLiteral(
            "a sheet saved as \"CSV\" instead of \"CSV UTF-8\" turns letters into question "
            "marks; save it again as CSV UTF-8 or as a workbook (.xlsx) and import it again.");
        const QString sheet = f.mediaDir() + QStringLiteral("/items.csv");
        const QStringList expected = {
            sheet + QStringLiteral(":4:37: title_en: \"Caf? ???\" is mostly question marks: ") +
                cause,
            sheet + QStringLiteral(":4:46: title_th: \"??? ??\" is mostly question marks: ") +
                cause,
            sheet +
                QStringLiteral(":5:44: title_th: \"Muay Thai\" has no Thai letter: it is in "
                               "the wrong column, or ") +
                cause,
        };
        // Strict: they are problems, and nothing is imported.
        Importer strict(root);
        strict.setStrict(true);
        Importer::Report report = strict.importManifest(sheets(f));
        QVERIFY(!report.applied);
        QCOMPARE(problemsText(report).split(QLatin1Char('\n')), expected);
        // Otherwise warnings: the texts may be meant (a brand name in Latin letters).
        report = Importer(root).importManifest(sheets(f));
        QVERIFY2(report.ok() && report.applied, qPrintable(problemsText(report)));
        QStringList warnings;
        for (const Problem &p : std::as_const(report.warnings))
            warnings << p.toString();
        QCOMPARE(warnings, expected);
    }

    void datesExcelRewroteOfferTheirReadings_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QString>("message");
        QTest::newRow("day or month") << QByteArray("1/7/1984")
                                      << "Excel changed this date; write 1984-01-07 or "
                                         "1984-07-01 (which?)";
        QTest::newRow("only one reading")
            << QByteArray("13/7/1984") << "Excel changed this date; write 1984-07-13.";
        QTest::newRow("two-digit year, dots") << QByteArray("01.07.84")
                                              << "Excel changed this date; write 1984-01-07 or "
                                                 "1984-07-01 (which?)";
        QTest::newRow("no date at all")
            << QByteArray("spring")
            << "\"spring\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.";
    }

    void datesExcelRewroteOfferTheirReadings()
    {
        QFETCH(QByteArray, date);
        QFETCH(QString, message);
        Fixture f;
        writeSheets(f,
                    "id,kind,file,country,licence,title_en,date\r\n"
                    "a,photo,photos/a.jpg,TH,CC0,Rice," +
                        date + "\r\n");
        const Importer::Report report =
            Importer(ContentRoot(f.contentDir())).importManifest(sheets(f));
        QCOMPARE(problemsText(report),
                 f.mediaDir() + QStringLiteral("/items.csv:2:34: date: ") + message);
    }

    void messagesSayWhatToWrite()
    {
        // Each mistake a curator makes in a sheet, and the message that says what to write.
        Fixture f;
        writeSheets(f, itemsSheet({}));
        QFile themes(f.mediaDir() + QStringLiteral("/themes.csv"));
        QVERIFY(themes.open(QIODevice::Append));
        themes.write("daily-life,3,#16A085,Daily life,일상,\r\n");
        themes.close();
        const ContentRoot root(f.contentDir());
        QVERIFY(Importer(root).importManifest(sheets(f)).ok());
        writeSheets(f, itemsSheet("b,photo,photos/A.JPG,Thailand,Festivals,CC0,no,Curry,,,\r\n"
                                  "c,photo,photos/b.jpg,th,Daily life,CC0,no,Curry,,,\r\n"
                                  "a,photo,photos/b.jpg,TH,fod,CC0,no,Curry,,,\r\n"));
        const QString sheet = f.mediaDir() + QStringLiteral("/items.csv");
        const QString themeIds = QStringLiteral("Theme ids: daily-life, festivals, food.");
        const QStringList expected = {
            sheet +
                ":4:22: country: \"Thailand\" is not a member state's code; write the "
                "state's code, TH.",
            sheet + ":4:31: themes: \"Festivals\" is not a theme id; did you mean festivals? " +
                themeIds,
            sheet +
                ":4:9: file: the media folder has photos/a.jpg (capitals differ); write the "
                "name as it is there.",
            sheet +
                ":5:22: country: \"th\" is not a member state's code; write the state's "
                "code, TH.",
            sheet + ":5:25: themes: \"Daily life\" is not a theme id; did you mean daily-life? " +
                themeIds,
            sheet + ":6:1: the item id \"a\" is already at " + sheet +
                ":2:1; keep one, or give this one another.",
            sheet + ":6:25: themes: \"fod\" is not a theme id; did you mean food? " + themeIds,
            sheet + ":6:9: file: \"photos/b.jpg\" is the same picture as item \"c\"; keep one.",
        };
        QCOMPARE(problemsText(Importer(root).importManifest(sheets(f))).split(QLatin1Char('\n')),
                 expected);
    }

    void aPictureTheDraftHasIsCaught()
    {
        // Item a is in the draft; a new item with a's picture under another name is caught, as
        // two items of one sheet are.
        Fixture f;
        writeSheets(f, itemsSheet({}));
        const ContentRoot root(f.contentDir());
        QVERIFY(Importer(root).importManifest(sheets(f)).ok());
        f.writeMedia(QStringLiteral("photos/c.jpg"), Fixture::jpeg(QSize(64, 48), 1));
        const QByteArray header = "id,kind,file,country,themes,licence,title_en\r\n";
        writeSheets(f, header + "c,photo,photos/c.jpg,TH,food,CC0,Rice again\r\n");
        const QString sheet = f.mediaDir() + QStringLiteral("/items.csv");
        QCOMPARE(problemsText(Importer(root).importManifest(sheets(f))),
                 sheet +
                     ":2:9: file: \"photos/c.jpg\" is the same picture as item \"a\", which "
                     "the draft has already; keep one.");
        // Not when the same import gives item a another picture.
        writeSheets(f, header +
                           "c,photo,photos/c.jpg,TH,food,CC0,Rice again\r\n"
                           "a,photo,photos/b.jpg,TH,food,CC0,Rice\r\n");
        const Importer::Report report = Importer(root).importManifest(sheets(f));
        QVERIFY2(report.ok(), qPrintable(problemsText(report)));
    }

    void newEntriesWithoutAnOrderGoLast()
    {
        // Rows without an order: a new one goes after every entry the draft has and every order
        // the sheet gives, in the sheet's order; one the draft has keeps its place.
        Fixture f;
        const QByteArray header = "id,kind,file,country,themes,licence,title_en,order\r\n";
        writeSheets(f, header +
                           "b,photo,photos/b.jpg,TH,food,CC0,Curry,5\r\n"
                           "a,photo,photos/a.jpg,TH,food,CC0,Rice,\r\n");
        const ContentRoot root(f.contentDir());
        QVERIFY(Importer(root).importManifest(sheets(f)).ok());
        f.writeMedia(QStringLiteral("photos/c.jpg"), Fixture::jpeg(QSize(64, 48), 3));
        f.writeMedia(QStringLiteral("photos/d.jpg"), Fixture::jpeg(QSize(64, 48), 4));
        writeSheets(f, header +
                           "0-new,photo,photos/c.jpg,TH,food,CC0,New,\r\n"
                           "a,photo,photos/a.jpg,TH,food,CC0,Rice,\r\n"
                           "00-new,photo,photos/d.jpg,TH,food,CC0,Newer,\r\n");
        QVERIFY(Importer(root).importManifest(sheets(f)).ok());
        SqlConnection db;
        QVERIFY(db.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, sort_order FROM item ORDER BY sort_order, id")));
        QStringList orders;
        while (q.next())
            orders << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        QCOMPARE(orders, (QStringList{QStringLiteral("b=5"), QStringLiteral("a=6"),
                                      QStringLiteral("0-new=7"), QStringLiteral("00-new=8")}));
    }

    void everyProblemOfARowInOnePass()
    {
        // A row with five mistakes, under a header with a misspelt column, gives six messages
        // the first time: reading, references and media are checked in the same run.
        Fixture f;
        writeSheets(f,
                    "id,kind,file,country,themes,licence,featured,title_en,titel_ko\r\n"
                    "b,foto,photos/nope.jpg,XX,fod,CC0,maybe,Curry,\r\n");
        const QString sheet = f.mediaDir() + QStringLiteral("/items.csv");
        const QStringList expected = {
            sheet +
                ":1:55: titel_ko: \"titel_ko\" is not a column of a sheet of items; the "
                "columns are id, kind, file, poster, country, themes, date, licence, "
                "featured, order, reviewed, remove, from, until, halls, featured_from, "
                "featured_until, title_xx, description_xx, place_xx, "
                "credit_xx, "
                "pronunciation_xx "
                "(xx: a language code). Start a column's name with # to keep notes in it.",
            sheet + ":2:35: featured: \"featured\" must be yes or no.",
            sheet + ":2:3: kind: \"foto\" is not a kind; use \"photo\" or \"video\".",
            sheet + ":2:24: country: \"XX\" is not a member state's code; the codes are TH.",
            sheet +
                ":2:27: themes: \"fod\" is not a theme id; did you mean food? Theme ids: "
                "festivals, food.",
            sheet + ":2:8: file: the file \"photos/nope.jpg\" is not in the media folder " +
                f.mediaDir() + "; add it or correct the name.",
        };
        QCOMPARE(problemsText(Importer(ContentRoot(f.contentDir())).importManifest(sheets(f)))
                     .split(QLatin1Char('\n')),
                 expected);
    }

    void draftChangesAreAllOrNothingAndReplaceTexts()
    {
        QTemporaryDir dir;
        const ContentRoot root(dir.path());
        QString error;
        QVERIFY(root.ensureLayout(&error));
        Draft draft;
        QVERIFY2(draft.open(root), qPrintable(draft.errorString()));
        Draft::Country thailand;
        thailand.code = QStringLiteral("TH");
        thailand.order = 1;
        thailand.nativeName = QStringLiteral("ประเทศไทย");
        thailand.joined = QStringLiteral("1967-08-08");
        thailand.accent = QStringLiteral("#a51931");
        thailand.texts[QStringLiteral("name")] = {
            {QStringLiteral("en"), QStringLiteral("Thailand")},
            {QStringLiteral("th"), QStringLiteral("ไทย")}};
        thailand.reviewed = {QStringLiteral("th")};
        // An item naming a file the draft does not list fails, and takes the state with it.
        Draft::Item orphan;
        orphan.id = QStringLiteral("a");
        orphan.kind = QStringLiteral("photo");
        orphan.media = QString(64, QLatin1Char('f'));
        orphan.country = QStringLiteral("TH");
        QVERIFY(!draft.apply(
            [&] { return draft.upsertCountry(thailand) && draft.upsertItem(orphan); }));
        QVERIFY2(draft.errorString().contains(QLatin1String("nothing was changed")),
                 qPrintable(draft.errorString()));
        QVERIFY(draft.countryCodes().isEmpty());

        QVERIFY2(draft.apply([&] { return draft.upsertCountry(thailand); }),
                 qPrintable(draft.errorString()));
        QCOMPARE(draft.countryCodes(), QSet<QString>{QStringLiteral("TH")});
        QCOMPARE(
            statuses(root, QStringLiteral("country"), QStringLiteral("TH"), QStringLiteral("name")),
            (QStringList{QStringLiteral("en=unreviewed"), QStringLiteral("th=reviewed")}));
        // Written again, a state keeps only the texts given now.
        thailand.texts[QStringLiteral("name")].remove(QStringLiteral("th"));
        QVERIFY(draft.apply([&] { return draft.upsertCountry(thailand); }));
        QCOMPARE(
            statuses(root, QStringLiteral("country"), QStringLiteral("TH"), QStringLiteral("name")),
            QStringList{QStringLiteral("en=unreviewed")});
    }

    void importMakesTheSizesKiosksAskForFirst()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("big"), QStringLiteral("TH"), QStringLiteral("food"),
                   QSize(3000, 2000));
        f.addPhoto(QStringLiteral("small"), QStringLiteral("TH"), QStringLiteral("food"),
                   QSize(300, 200));  // smaller than both sizes: nothing to make
        const ContentRoot root(f.contentDir());
        const Importer::Report report =
            Importer(root).importManifest(f.writeManifest(), f.mediaDir());
        QVERIFY2(report.ok(), qPrintable(problemsText(report)));
        QCOMPARE(report.derived, 2);
        // Cover sizes of 3000×2000 for the thumbnail and a full-HD screen, one file each.
        QCOMPARE(QDir(root.cacheDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("1920x1280"), QStringLiteral("489x326")}));
        QCOMPARE(fileCount(root.cacheDir()), 2);
        QImage thumb(QDirIterator(root.cacheDir() + QStringLiteral("/489x326"), QDir::Files,
                                  QDirIterator::Subdirectories)
                         .next());
        QCOMPARE(thumb.size(), QSize(489, 326));
        // Importing again makes nothing twice.
        QVERIFY(Importer(root).importManifest(f.writeManifest(), f.mediaDir()).ok());
        QCOMPARE(fileCount(root.cacheDir()), 2);
    }

    // Imports a photo of `country` whose title is `titles` (language -> text), and returns the
    // titles as the draft stored them, or the problems under "problems".
    static QMap<QString, QString> storedTitles(const QString &country, const QJsonObject &titles)
    {
        Fixture f;
        f.addCountry(country, QStringLiteral("State"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), country, QStringLiteral("food"))
            .insert(QStringLiteral("title"), titles);
        const ContentRoot root(f.contentDir());
        const Importer::Report report =
            Importer(root).importManifest(f.writeManifest(), f.mediaDir());
        if (!report.ok())
            return {{QStringLiteral("problems"), problemsText(report)}};
        Catalogue c;
        if (!c.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly))
            return {{QStringLiteral("problems"), QStringLiteral("cannot open the draft")}};
        QMap<QString, QString> stored;
        for (const QString &language : titles.keys())
            stored.insert(language, c.item(QStringLiteral("a"), language)->title);
        return stored;
    }

    // Every text is stored composed (NFC) and measured in letters as a reader sees them
    // (grapheme clusters), whatever form the editor saved: macOS writes decomposed (NFD).
    void textsAreStoredComposedAndCountedAsReadersSeeThem()
    {
        const QString composed = vietnamese(99);
        const QString decomposed = composed.normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed.size() > 120);
        // Thai: a consonant with a vowel and a tone mark above it is one letter of three.
        const QString thai = QStringLiteral("ที่").repeated(100);
        QCOMPARE(thai.size(), 300);
        const QString en = QStringLiteral("Pho");
        QCOMPARE(storedTitles(QStringLiteral("VN"), {{QStringLiteral("en"), en},
                                                     {QStringLiteral("vi"), decomposed},
                                                     {QStringLiteral("th"), thai}}),
                 (QMap<QString, QString>{{QStringLiteral("en"), en},
                                         {QStringLiteral("vi"), composed},
                                         {QStringLiteral("th"), thai}}));
    }

    // Zero-width joiners and spaces are letters' business in Khmer, Myanmar and Lao: kept.
    void joinersTheScriptsNeedAreKept()
    {
        const QMap<QString, QString> titles = {
            {QStringLiteral("en"), QStringLiteral("Angkor Wat")},
            {QStringLiteral("km"), QStringLiteral("អង្គរ\u200Bវត្ត")},        // ZWSP between words
            {QStringLiteral("my"), QStringLiteral("မြန်\u200Cမာ\u200Dစာ")},  // ZWNJ, ZWJ
        };
        QJsonObject json;
        for (auto it = titles.begin(); it != titles.end(); ++it)
            json.insert(it.key(), it.value());
        QCOMPARE(storedTitles(QStringLiteral("KH"), json), titles);
    }

    // docs/curating.md promises 32 megapixels; a 16-bit PNG takes 8 bytes a pixel when decoded,
    // twice what Qt's default allocation limit (128 MB) allows at that size.
    void sixteenBitPicturesWithinTheLimitAreAccepted()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("deep"), QStringLiteral("TH"), QStringLiteral("food"))
            .insert(QStringLiteral("file"), QStringLiteral("photos/deep.png"));
        const QString path = f.mediaDir() + QStringLiteral("/photos/deep.png");
        {
            QImage deep(5000, 3500, QImage::Format_RGBX64);  // 17.5 megapixels, 140 MB
            deep.fill(QColor(40, 90, 160));
            QVERIFY(deep.save(path, "PNG"));
        }
        QCOMPARE(QImageReader(path).imageFormat(), QImage::Format_RGBX64);
        const ContentRoot root(f.contentDir());
        const Importer::Report report =
            Importer(root).importManifest(f.writeManifest(), f.mediaDir());
        QVERIFY2(report.ok(), qPrintable(problemsText(report)));
        QCOMPARE(report.derived, 1);
    }

    void flagsThatReachOutsideThemselvesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("expected");  // after "flags/th.svg"
        const QByteArray open =
            "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
            "width='640' height='480'>\n";
        const QByteArray close = "\n</svg>\n";
        QTest::newRow("image from the kiosk's disk")
            << open + "<image href='/var/lib/photo.png' width='640' height='480'/>" + close
            << "contains <image> at line 2, column 1;";
        QTest::newRow("image by xlink")
            << open + "  <image xlink:href='file:///etc/photo.png'/>" + close
            << "contains <image> at line 2, column 3;";
        QTest::newRow("embedded picture")
            << open + "<image href='data:image/png;base64,iVBORw0KGgo='/>" + close
            << "contains <image> at line 2, column 1;";
        QTest::newRow("script") << open + "<script>alert(1)</script>" + close
                                << "contains <script> at line 2, column 1;";
        QTest::newRow("foreign object")
            << open +
                   "<g><foreignObject><p xmlns='http://www.w3.org/1999/xhtml'>x</p>"
                   "</foreignObject></g>" +
                   close
            << "contains <foreignObject> at line 2, column 4;";
        QTest::newRow("use of another file") << open + "<use href='star.svg#s'/>" + close
                                             << "refers to \"star.svg#s\" at line 2, column 1;";
        QTest::newRow("use of a web address")
            << open + "<use xlink:href='http://example.invalid/a.svg#s'/>" + close
            << "refers to \"http://example.invalid/a.svg#s\" at line 2, column 1;";
        QTest::newRow("url() in an attribute")
            << open + "<rect width='9' height='9' fill='url(/srv/p.svg#g)'/>" + close
            << "refers to \"url(/srv/p.svg#g)\" at line 2, column 1;";
        QTest::newRow("url() in a style attribute")
            << open + "<rect width='9' height='9' style='fill: URL( \"http://x/p#g\" )'/>" + close
            << "refers to \"URL( \"http://x/p#g\" )\" at line 2, column 1;";
        QTest::newRow("url() in a style sheet")
            << open + "<style>\nrect { fill: url(other.svg#g) }\n</style>" + close
            << "refers to \"url(other.svg#g)\" at line 3, column 1;";
        QTest::newRow("@import in a style sheet")
            << open + "<style>@import 'http://x/s.css';</style>" + close
            << "refers to \"@import\" at line 2, column 8;";
        QTest::newRow("style sheet instruction")
            << "<?xml version='1.0'?>\n<?xml-stylesheet href='http://x/s.css'?>\n" + open + close
            << "has a processing instruction (<?xml-stylesheet …?>) at line 2, column 1;";
        QTest::newRow("document type")
            << "<?xml version='1.0'?>\n<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' "
               "'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'>\n" +
                   open + close
            << "has a document type declaration (<!DOCTYPE …>) at line 2, column 1;";
        QByteArray laughs = "<?xml version='1.0'?>\n<!DOCTYPE svg [\n<!ENTITY l0 'ha'>\n";
        for (int i = 1; i < 10; ++i)
            laughs += QStringLiteral("<!ENTITY l%1 '%2'>\n")
                          .arg(i)
                          .arg(QStringLiteral("&l%1;").arg(i - 1).repeated(10))
                          .toLatin1();
        laughs += "]>\n" + open + "<text>&l9;</text>" + close;
        QTest::newRow("billion laughs")
            << laughs << "has a document type declaration (<!DOCTYPE …>) at line 2, column 1;";
        QTest::newRow("deeply nested") << open + QByteArray("<g>").repeated(100000) +
                                              QByteArray("</g>").repeated(100000) + close
                                       << "nests elements more than 64 deep at line 2, column 190;";
        QTest::newRow("cut short") << open + "<rect width='9'"
                                   << "is not a valid SVG: it breaks at line 2, column 15 "
                                      "(Premature end of document.);";
        QTest::newRow("tags that do not match")
            << open + "<g><rect/></svg>"
            << "is not a valid SVG: it breaks at line 2, column 16 (Opening and ending tag "
               "mismatch.);";
        QTest::newRow("not an SVG") << QByteArray("<html><body/></html>\n")
                                    << "is not a valid SVG: its first element is <html>, at line "
                                       "1, column 1;";
    }

    // docs/curating.md: the kiosk never loads anything that is not in the release, so a flag
    // is SVG shapes only, and one that does not parse says where it breaks.
    void flagsThatReachOutsideThemselvesAreRefused()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QString, expected);
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"))
            .insert(QStringLiteral("flag"), QStringLiteral("flags/th.svg"));
        f.writeMedia(QStringLiteral("flags/th.svg"), svg);
        const Importer::Report report = Importer(ContentRoot(f.contentDir()))
                                            .importManifest(f.writeManifest(), f.mediaDir(), true);
        const QString text = problemsText(report);
        QVERIFY2(!report.ok(), "the flag was accepted");
        QVERIFY2(text.contains(QStringLiteral("\"flags/th.svg\" ") + expected), qPrintable(text));
    }

    void flagsThatReferToThemselvesAreAccepted()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"))
            .insert(QStringLiteral("flag"), QStringLiteral("flags/th.svg"));
        f.writeMedia(QStringLiteral("flags/th.svg"),
                     "<?xml version='1.0' encoding='UTF-8'?>\n"
                     "<!-- a comment -->\n"
                     "<svg xmlns='http://www.w3.org/2000/svg' "
                     "xmlns:xlink='http://www.w3.org/1999/xlink' width='640' height='480'>\n"
                     "<defs><linearGradient id='g'><stop offset='0' stop-color='red'/>"
                     "</linearGradient><path id='star' d='M0 0L9 9Z'/>"
                     "<style>rect { fill: url( '#g' ) }</style></defs>\n"
                     "<rect width='640' height='480' fill='url(#g)'/>\n"
                     "<use xlink:href='#star'/><use href=' #star'/>\n"
                     "</svg>\n");
        const Importer::Report report = Importer(ContentRoot(f.contentDir()))
                                            .importManifest(f.writeManifest(), f.mediaDir(), true);
        QVERIFY2(report.ok(), qPrintable(problemsText(report)));
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
