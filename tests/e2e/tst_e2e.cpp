// End to end: the real asean-kiosk in an X server (Xvfb), checked through its screenshot and
// the list of visible texts that --screenshot writes beside it.
#include "catalogue.h"
#include "contentroot.h"
#include "fixture.h"
#include "importer.h"
#include "kioskrun.h"
#include "languages.h"
#include "pinlock.h"
#include "publisher.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRectF>
#include <QTemporaryDir>
#include <QTest>

using namespace KioskRun;

namespace {

const QStringList kStates = {"Brunei Darussalam", "Cambodia",    "Indonesia",   "Lao PDR",
                             "Malaysia",          "Myanmar",     "Philippines", "Singapore",
                             "Thailand",          "Timor-Leste", "Viet Nam"};

// Every file and folder under `root` with its size, time and mode: two listings are equal only
// when nothing was written, made, removed or touched there.
QStringList listing(const QString &root)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(QDir(root).relativeFilePath(info.filePath()))
                     .arg(info.isDir() ? 0 : info.size())
                     .arg(info.lastModified().toMSecsSinceEpoch())
                     .arg(int(info.permissions()), 0, 16);
    }
    lines.sort();
    return lines;
}

// Where a visible text is on the screen.
QRectF boxOf(const Run &run, const QString &text)
{
    for (const QJsonValue &v : run.scene.value(QStringLiteral("texts")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("text")).toString() == text)
            return QRectF(t.value(QStringLiteral("x")).toDouble(),
                          t.value(QStringLiteral("y")).toDouble(),
                          t.value(QStringLiteral("width")).toDouble(),
                          t.value(QStringLiteral("height")).toDouble());
    }
    return {};
}

}  // namespace

class TestEndToEnd : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void homeShowsTheElevenStates()
    {
        const QString content = m_dir.filePath(QStringLiteral("fresh"));
        const QString png = m_dir.filePath(QStringLiteral("home.png"));
        const Run run = runKiosk({QStringLiteral("--content"), content}, png);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.screenshot.size(), QSize(1920, 1080));
        // Photos drawn, not a flat screen: the demo's home gave 1,300 to 2,600 sampled colours
        // across fresh clones and runs, all of them a whole home screen.
        QVERIFY2(distinctColours(run.screenshot) > 1000,
                 qPrintable(QString::number(distinctColours(run.screenshot))));
        const QStringList texts = run.texts();
        for (const QString &state : kStates)
            QVERIFY2(texts.contains(state),
                     qPrintable(state + QStringLiteral(" is not on screen: ") + texts.join(", ")));
        // Every flag and photo on screen loaded.
        int ready = 0;
        for (const QJsonValue &v : run.scene.value(QStringLiteral("images")).toArray()) {
            const QJsonObject image = v.toObject();
            if (image.value(QStringLiteral("source"))
                    .toString()
                    .startsWith(QLatin1String("image://media/"))) {
                QCOMPARE(image.value(QStringLiteral("status")).toInt(), 1);
                ++ready;
            }
        }
        QVERIFY2(ready >= 20, qPrintable(QString::number(ready)));
        // The empty root was filled through the import path as release 1.
        QCOMPARE(ContentRoot(content).currentRelease(), 1);
    }

    void homeSpeaksKorean()
    {
        const QString png = m_dir.filePath(QStringLiteral("home-ko.png"));
        const Run run =
            runKiosk({QStringLiteral("--content"), m_dir.filePath(QStringLiteral("fresh")),
                      QStringLiteral("--language"), QStringLiteral("ko")},
                     png);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QStringList texts = run.texts();
        for (const char *name : {"태국", "베트남", "캄보디아", "라오스", "미얀마"})
            QVERIFY2(texts.contains(QString::fromUtf8(name)), name);
        QVERIFY2(texts.contains(QStringLiteral("아세안 회원국을 둘러보세요")),
                 qPrintable(texts.join(", ")));
    }

    void anEleventhStateAppearsWithoutCodeChanges()
    {
        const QString content = m_dir.filePath(QStringLiteral("eleven"));
        const ContentRoot root(content);
        QVERIFY(Importer(root).importManifest(demoManifest()).ok());
        Fixture f;
        f.addCountry(QStringLiteral("TL"), QStringLiteral("Timor-Leste"), 11);
        f.addPhoto(QStringLiteral("tl-tais"), QStringLiteral("TL"), QStringLiteral("crafts"),
                   QSize(1200, 800));
        QVERIFY(Importer(root).importManifest(f.writeManifest(), f.mediaDir()).ok());
        QVERIFY(Publisher(root).publish(QStringLiteral("eleven")).ok);
        const Run run = runKiosk({QStringLiteral("--content"), content},
                                 m_dir.filePath(QStringLiteral("eleven.png")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QStringList texts = run.texts();
        for (const QString &state : kStates + QStringList{QStringLiteral("Timor-Leste")})
            QVERIFY2(texts.contains(state), qPrintable(state));
    }

    void aDamagedCatalogueIsExplainedToStaff()
    {
        const QString content = m_dir.filePath(QStringLiteral("damaged"));
        const ContentRoot root(content);
        QVERIFY(Importer(root).importManifest(demoManifest()).ok());
        QVERIFY(Publisher(root).publish(QStringLiteral("one")).ok);
        QVERIFY(QFile::resize(root.releaseDir(1) + QStringLiteral("/catalogue.sqlite"), 4096));
        const Run run = runKiosk({QStringLiteral("--content"), content},
                                 m_dir.filePath(QStringLiteral("damaged.png")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(QLatin1String("does not match its checksum")),
                 qPrintable(run.output));
        const QStringList texts = run.texts();
        QVERIFY2(texts.contains(QStringLiteral("This kiosk cannot show its content")),
                 qPrintable(texts.join(", ")));
        QVERIFY(texts.join(QLatin1Char(' ')).contains(QLatin1String("Roll back")));
    }

    void aBadPictureShowsAPlaceholder_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("missing file") << "missing";
        QTest::newRow("JPEG cut short") << "truncated";
        QTest::newRow("over the decoding limit") << "huge";
    }

    void aBadPictureShowsAPlaceholder()
    {
        QFETCH(QString, damage);
        const QString content = m_dir.filePath(damage);
        const ContentRoot root(content);
        QVERIFY(Importer(root).importManifest(demoManifest()).ok());
        QVERIFY(Publisher(root).publish(QStringLiteral("one")).ok);
        // Thailand's card photo disappears from the store after publishing.
        Catalogue catalogue;
        QVERIFY(catalogue.open(root.draftCatalogue(), SqlConnection::Mode::ReadOnly));
        const QString photo =
            catalogue.country(QStringLiteral("TH"), QStringLiteral("en"))->photoPath;
        const QString stored = root.resolve(photo);
        QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
        if (damage == QLatin1String("missing")) {
            QVERIFY(QFile::remove(stored));
        } else if (damage == QLatin1String("truncated")) {
            QVERIFY(QFile::resize(stored, QFileInfo(stored).size() / 2));
        } else {
            QFile file(stored);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(Fixture::jpegClaiming(QSize(20000, 20000)));
        }
        const Run run = runKiosk({QStringLiteral("--content"), content},
                                 m_dir.filePath(damage + QStringLiteral(".png")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.texts().contains(QStringLiteral("Picture unavailable")));
        QVERIFY(run.texts().contains(QStringLiteral("Thailand")));
        // Logged at start-up, and once more when the picture is asked for.
        QVERIFY2(run.output.contains(QLatin1String("1 media file(s) of release 0001 are missing")),
                 qPrintable(run.output));
        QCOMPARE(run.output.count(QStringLiteral("picture unavailable")), 1);
        // The rest of the gallery is whole: 11 flags and 10 photos.
        int ready = 0;
        for (const QJsonValue &v : run.scene.value(QStringLiteral("images")).toArray())
            ready += v.toObject().value(QStringLiteral("status")).toInt() == 1;
        QCOMPARE(ready, 21);
    }

    // Qt 6.4 knows no Tetum locale (QLocale("tet") is the C locale): the kiosk writes Tetum's
    // dates through Timor-Leste's Portuguese, and its interface in Tetum.
    void tetumDatesAreWrittenThroughPortuguese()
    {
        const Run run =
            runKiosk({QStringLiteral("--content"), m_dir.filePath(QStringLiteral("fresh")),
                      QStringLiteral("--language"), QStringLiteral("tet"), QStringLiteral("--open"),
                      QStringLiteral("country/TL")},
                     m_dir.filePath(QStringLiteral("country-tl-tet.png")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QStringList texts = run.texts();
        for (const char *text : {"26 outubro 2025", "Kapitál", "Dili", "Tetun no Portugés"})
            QVERIFY2(texts.contains(QString::fromUtf8(text)),
                     qPrintable(QString::fromUtf8(text) + QStringLiteral(" is not on screen: ") +
                                texts.join(QStringLiteral(" | "))));
    }

    void unusableContentRootsAreExplainedOnScreen_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a file") << "file"
                                << "is not a folder";
        QTest::newRow("someone else's folder") << "foreign"
                                               << "is not an ASEAN Halls content root";
    }

    void unusableContentRootsAreExplainedOnScreen()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QString path = m_dir.filePath(kind);
        if (kind == QLatin1String("file")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else {
            QVERIFY(QDir().mkpath(path + QStringLiteral("/holiday-photos")));
        }
        const Run run = runKiosk({QStringLiteral("--content"), path},
                                 m_dir.filePath(kind + QStringLiteral(".png")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(reason), qPrintable(run.output));
        // On the screen for staff, not only in the journal (an exit would have systemd restart
        // a blank screen until its start limit).
        const QString shown = run.texts().join(QLatin1Char(' '));
        QVERIFY2(shown.contains(QLatin1String("This kiosk cannot show its content")) &&
                     shown.contains(reason),
                 qPrintable(shown));
        QVERIFY(QDir(path).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size() <=
                1);  // untouched
    }

    // --kiosk: full screen, keys that close ordinary windows do nothing, and silence returns to
    // the attract loop in the hall's default language.
    void kioskModeCannotBeLeftAndResetsWhenIdle()
    {
        const QString ini = m_dir.filePath(QStringLiteral("hall.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[languages]\noffered=ko, en\ndefault=ko\n[idle]\nseconds=10\n");
        file.close();
        const QString script = QStringLiteral(
            "\"$0\" --kiosk --config \"$1\" --content \"$2\" --language en --open country/TH "
            "2> \"$2.kiosk.log\" & pid=$!\n"
            "wait_for_frame \"$2.kiosk.log\"\n"
            "for k in Escape ctrl+q ctrl+w alt+F4 ctrl+alt+BackSpace; do xdotool key $k; sleep "
            "0.3; done\n"
            "sleep 1\n"
            "kill -0 $pid && echo KIOSK-ALIVE\n"
            "xdotool search --name 'ASEAN Halls' getwindowgeometry\n"
            // Staff's five-second press in the corner opens the PIN pad, then nobody touches.
            "xdotool mousemove 20 60 mousedown 1; sleep 5.5; xdotool mouseup 1\n"
            "sleep 12\n"
            "kill $pid; wait $pid; echo \"STOPPED $?\"; cat \"$2.kiosk.log\"\n");
        const QString output = runScriptInX(script, {ini, m_dir.filePath(QStringLiteral("fresh"))});
        QVERIFY2(output.contains(QLatin1String("KIOSK-ALIVE")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("NO FRAME")), qPrintable(output));
        // SIGTERM (systemd stopping the service) still ends it cleanly.
        QVERIFY2(output.contains(QLatin1String("STOPPED 0")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("Geometry: 1920x1080")), qPrintable(output));
        // Started in English on Thailand; idle brings the attract loop back, in Korean.
        const int idleAt = int(output.indexOf(QLatin1String("screen: attract")));
        QVERIFY2(idleAt > 0, qPrintable(output));
        QVERIFY2(output.indexOf(QLatin1String("language: \"ko\""), idleAt - 200) > 0,
                 qPrintable(output));
        // The pad left open is closed by the idle reset, not left for the next visitor.
        QVERIFY2(output.contains(QLatin1String("staff panel closed: the visit ended")),
                 qPrintable(output));
    }

    // A Thai visitor touches ไทย on the attract loop, with the mouse pointer as a finger: the
    // kiosk wakes in Thai, not in the hall's Korean. Where ไทย is comes from the scene of the
    // same screen, so the test follows the layout.
    void anAttractLanguageWakesTheKioskInIt()
    {
        const QString content = m_dir.filePath(QStringLiteral("fresh"));
        const Run attract =
            runKiosk({QStringLiteral("--content"), content, QStringLiteral("--kiosk"),
                      QStringLiteral("--open"), QStringLiteral("attract")},
                     m_dir.filePath(QStringLiteral("attract-languages.png")));
        QVERIFY2(attract.exitCode == 0, qPrintable(attract.output));
        QPointF thai;
        for (const QJsonValue &v : attract.scene.value(QStringLiteral("texts")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("text")).toString() == QStringLiteral("ไทย"))
                thai = QRectF(t.value(QStringLiteral("x")).toDouble(),
                              t.value(QStringLiteral("y")).toDouble(),
                              t.value(QStringLiteral("width")).toDouble(),
                              t.value(QStringLiteral("height")).toDouble())
                           .center();
        }
        QVERIFY2(!thai.isNull(), qPrintable(attract.texts().join(QStringLiteral(" | "))));
        const QString script = QStringLiteral(
            "\"$0\" --kiosk --content \"$1\" --open attract 2> \"$1.attract.log\" & pid=$!\n"
            "wait_for_frame \"$1.attract.log\"\n"
            "sleep 1\n"
            "xdotool mousemove $2 $3 click 1\n"
            "sleep 2\n"
            "kill $pid; wait $pid; cat \"$1.attract.log\"\n");
        const QString output = runScriptInX(script, {content, QString::number(qRound(thai.x())),
                                                     QString::number(qRound(thai.y()))});
        const int asleep = int(output.indexOf(QLatin1String("screen: attract")));
        const int thaiAt = int(output.indexOf(QLatin1String("language: \"th\""), asleep));
        QVERIFY2(asleep >= 0 && thaiAt > asleep, qPrintable(output));
        QVERIFY2(output.indexOf(QLatin1String("screen: home"), thaiAt) > thaiAt,
                 qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("no interface translation")), qPrintable(output));
    }

    // Outside opening hours the screen is black and the program idles: it does not keep
    // rendering (which would use most of a core under llvmpipe).
    void closedHoursSleep()
    {
        const QString ini = m_dir.filePath(QStringLiteral("closed.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "[hours]\nmonday=\ntuesday=\nwednesday=\nthursday=\nfriday=\nsaturday=\nsunday=\n");
        file.close();
        const QString png = m_dir.filePath(QStringLiteral("asleep.png"));
        const QString script = QStringLiteral(
            "\"$0\" --kiosk --config \"$1\" --content \"$2\" --screenshot \"$3\"\n"
            "\"$0\" --kiosk --config \"$1\" --content \"$2\" 2> \"$2.asleep.log\" & pid=$!\n"
            "wait_for_frame \"$2.asleep.log\"; sleep 1\n"
            "a=$(awk '{print $14+$15}' /proc/$pid/stat); sleep 3; b=$(awk '{print $14+$15}' "
            "/proc/$pid/stat)\n"
            "echo CPU-TICKS $((b-a))\n"
            "kill $pid; wait $pid; echo \"STOPPED $?\"; cat \"$2.asleep.log\"\n");
        const QString output =
            runScriptInX(script, {ini, m_dir.filePath(QStringLiteral("fresh")), png});
        QVERIFY2(output.contains(QLatin1String("STOPPED 0")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("the kiosk sleeps")), qPrintable(output));
        // The picture is black.
        QImage shot(png);
        QVERIFY(!shot.isNull());
        int lit = 0;
        for (int y = 0; y < shot.height(); y += 20)
            for (int x = 0; x < shot.width(); x += 20)
                lit += qGray(shot.pixel(x, y)) > 8;
        QCOMPARE(lit, 0);
        // Three seconds asleep cost well under a tenth of a core (100 ticks a second).
        const int ticks =
            output.section(QLatin1String("CPU-TICKS "), 1).section(QLatin1Char('\n'), 0, 0).toInt();
        QVERIFY2(output.contains(QLatin1String("CPU-TICKS")) && ticks < 30, qPrintable(output));
    }

    void statusAndStaffPinFromTheCommandLine()
    {
        const QString content = m_dir.filePath(QStringLiteral("fresh"));
        const QString state = m_dir.filePath(QStringLiteral("fresh-state"));
        // A run leaves a status file behind in its state folder.
        QCOMPARE(runKiosk({QStringLiteral("--content"), content, QStringLiteral("--state"), state},
                          m_dir.filePath(QStringLiteral("status.png")))
                     .exitCode,
                 0);
        QProcess status;
        status.start(QStringLiteral(ASEAN_KIOSK_BIN),
                     {QStringLiteral("--status"), QStringLiteral("--state"), state});
        QVERIFY(status.waitForFinished(30000));
        // The kiosk has exited since: its last status is printed, and said to be a stopped one's.
        QCOMPARE(status.exitCode(), 1);
        QVERIFY(status.readAllStandardError().contains("is no longer running"));
        const QJsonObject json = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("release")).toInt(), 1);
        QVERIFY(json.value(QStringLiteral("resident_mb")).toDouble() > 10);
        QVERIFY(json.contains(QStringLiteral("frames_presented")));
        QVERIFY(json.contains(QStringLiteral("last_error")));
        // The same for a fleet's node_exporter; an orderly end says the kiosk is down.
        QFile metrics(state + QStringLiteral("/metrics/asean_kiosk.prom"));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QByteArray prom = metrics.readAll();
        QVERIFY2(prom.contains("\nasean_kiosk_up 0\n") &&
                     prom.contains("\nasean_kiosk_release_shown 1\n"),
                 prom.constData());

        QProcess empty;
        empty.start(QStringLiteral(ASEAN_KIOSK_BIN),
                    {QStringLiteral("--status"), QStringLiteral("--state"),
                     m_dir.filePath(QStringLiteral("nowhere"))});
        QVERIFY(empty.waitForFinished(30000));
        QCOMPARE(empty.exitCode(), 1);

        QByteArray said;
        const auto setPin = [&state, &said](const QByteArray &input) {
            QProcess p;
            p.start(QStringLiteral(ASEAN_KIOSK_BIN),
                    {QStringLiteral("--set-pin"), QStringLiteral("--state"), state});
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(30000);
            said = p.readAllStandardError();
            return p.exitCode();
        };
        // Asked twice; short, trivial and mistyped PINs are refused with the reason.
        QCOMPARE(setPin("12\n12\n"), 2);
        QVERIFY2(said.contains("that PIN is not 4 to 12 digits; choose another"), said);
        QCOMPARE(setPin("1234\n1234\n"), 2);
        QVERIFY2(said.contains("that PIN is a run of digits"), said);
        QCOMPARE(setPin("0000\n0000\n"), 2);
        QVERIFY2(said.contains("that PIN is one digit repeated"), said);
        QCOMPARE(setPin("246813\n246831\n"), 2);
        QVERIFY2(said.contains("the two PINs differ; type the same PIN twice"), said);
        QVERIFY(!QFile::exists(state + QStringLiteral("/staff.pin")));
        QCOMPARE(setPin("246813\n246813\n"), 0);
        QVERIFY2(said.contains("The same PIN again"), said);
        QFile pin(state + QStringLiteral("/staff.pin"));
        QVERIFY(pin.open(QIODevice::ReadOnly));
        const QByteArray stored = pin.readAll();
        QVERIFY(stored.startsWith("pbkdf2-sha256$"));
        QVERIFY(!stored.contains("246813"));
        QVERIFY(Pin::verify(QStringLiteral("246813"), QString::fromLatin1(stored)));
    }

    void badOptionsExitTwo()
    {
        const Run run = runKiosk({QStringLiteral("--no-such-option")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.output.contains(QLatin1String("Unknown option")));
        const Run version = runKiosk({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.output.startsWith(QLatin1String("asean-kiosk ")));
    }

    // Across ASEAN with real touches: under tom yum goong the rail's Cambodian dish opens fish
    // amok; Back returns to tom yum goong, and Back again to where the viewer was opened from.
    void theRailLeadsToAnotherStateAndBack()
    {
        const QString content = m_dir.filePath(QStringLiteral("fresh"));
        const Run look = runKiosk({QStringLiteral("--content"), content, QStringLiteral("--open"),
                                   QStringLiteral("item/th-tom-yum")},
                                  m_dir.filePath(QStringLiteral("across.png")));
        QRectF fishAmok, back;
        for (const QJsonValue &v : look.scene.value(QStringLiteral("texts")).toArray()) {
            const QJsonObject t = v.toObject();
            const QRectF box(t.value(QStringLiteral("x")).toDouble(),
                             t.value(QStringLiteral("y")).toDouble(),
                             t.value(QStringLiteral("width")).toDouble(),
                             t.value(QStringLiteral("height")).toDouble());
            if (t.value(QStringLiteral("text")).toString() == QLatin1String("Fish amok"))
                fishAmok = box;
            // The top bar's back, at its left, names where it leads (the item left sideways).
            if (box.bottom() < 112 && box.left() < 400)
                back = box;
        }
        QVERIFY2(!fishAmok.isEmpty(), qPrintable(look.texts().join(QStringLiteral(" | "))));
        QVERIFY(!back.isEmpty());
        const auto touch = [](QRectF box) {
            return QStringLiteral("xdotool mousemove %1 %2 click 1; sleep 2\n")
                .arg(qRound(box.center().x()))
                .arg(qRound(box.center().y()));
        };
        const QString script = QStringLiteral(
                                   "\"$0\" --content \"$1\" --language en --open item/th-tom-yum "
                                   "2> \"$1.across.log\" & pid=$!\n"
                                   "wait_for_frame \"$1.across.log\"\n"
                                   "sleep 1\n") +
                               touch(fishAmok) + touch(back) + touch(back) +
                               QStringLiteral("kill $pid; wait $pid; cat \"$1.across.log\"\n");
        const QString output = runScriptInX(script, {content});
        QVERIFY2(!output.contains(QLatin1String("NO FRAME")), qPrintable(output));
        const qsizetype across = output.indexOf(QLatin1String("screen: item/kh-fish-amok"));
        QVERIFY2(across > 0, qPrintable(output));
        const qsizetype returned = output.indexOf(QLatin1String("screen: item/th-tom-yum"), across);
        QVERIFY2(returned > across, qPrintable(output.mid(across)));
        // --open item/… opens the item from its state's page.
        QVERIFY2(output.indexOf(QLatin1String("screen: country/TH"), returned) > returned,
                 qPrintable(output.mid(across)));
    }

    // asean-kiosk --draft: what an import brought in, on screen under a band that says it is
    // not published, before any visitor sees it; and nothing written, in the content root or in
    // a state folder.
    void theDraftIsPreviewedAndNothingIsWritten()
    {
        const QString content = m_dir.filePath(QStringLiteral("preview"));
        const ContentRoot root(content);
        QVERIFY(Importer(root).importManifest(demoManifest()).ok());
        QVERIFY(Publisher(root).publish(QStringLiteral("demo")).ok);
        Fixture f;
        f.addPhoto(QStringLiteral("th-unpublished"), QStringLiteral("TH"), QStringLiteral("food"),
                   QSize(1200, 800));
        QVERIFY(Importer(root).importManifest(f.writeManifest(), f.mediaDir()).ok());
        const QStringList before = listing(content);
        const QString state = m_dir.filePath(QStringLiteral("preview-state"));
        const Run run = runKiosk({QStringLiteral("--content"), content, QStringLiteral("--state"),
                                  state, QStringLiteral("--draft"), QStringLiteral("--open"),
                                  QStringLiteral("item/th-unpublished")},
                                 m_dir.filePath(QStringLiteral("preview.png")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QStringList texts = run.texts();
        QVERIFY2(texts.contains(QStringLiteral("Title of th-unpublished")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        // The band, at the foot of the screen, yellow round its words, in a yellow frame.
        const QRectF band = boxOf(run, QStringLiteral("PREVIEW — not published"));
        QVERIFY2(!band.isEmpty() && band.bottom() > 1000,
                 qPrintable(texts.join(QStringLiteral(" | "))));
        const QColor yellow(0xf2, 0xc5, 0x00);
        QCOMPARE(run.screenshot.pixelColor(qRound(band.left()) - 6, qRound(band.center().y())),
                 yellow);
        QCOMPARE(run.screenshot.pixelColor(3, 540), yellow);
        QCOMPARE(run.screenshot.pixelColor(1916, 540), yellow);
        QVERIFY2(run.output.contains(QLatin1String("previewing the draft of")),
                 qPrintable(run.output));
        // Nothing written: the content root's every file and folder as it was, no state.
        QCOMPARE(listing(content), before);
        QVERIFY(!QFileInfo::exists(state));
        QCOMPARE(root.currentRelease(), 1);
        // The band speaks the visitor's language.
        const Run korean =
            runKiosk({QStringLiteral("--content"), content, QStringLiteral("--draft"),
                      QStringLiteral("--language"), QStringLiteral("ko")},
                     m_dir.filePath(QStringLiteral("preview-ko.png")));
        QVERIFY2(korean.texts().contains(QStringLiteral("미리보기 — 게시되지 않음")),
                 qPrintable(korean.texts().join(QStringLiteral(" | "))));
        QCOMPARE(listing(content), before);
        // Never in a hall's kiosk mode, and never an empty screen for want of a draft.
        const Run kiosk = runKiosk({QStringLiteral("--content"), content, QStringLiteral("--draft"),
                                    QStringLiteral("--kiosk")});
        QCOMPARE(kiosk.exitCode, 2);
        QVERIFY2(kiosk.output.contains(QLatin1String(
                     "asean-kiosk: --draft is a curator's preview and never runs with --kiosk: a "
                     "hall shows only published releases. Leave out --kiosk, or publish the "
                     "draft (asean-catalogue publish)")),
                 qPrintable(kiosk.output));
        const QString empty = m_dir.filePath(QStringLiteral("no-draft"));
        QVERIFY(QDir().mkpath(empty));
        const Run none = runKiosk({QStringLiteral("--content"), empty, QStringLiteral("--draft")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.output.contains(
                     QStringLiteral("asean-kiosk: there is no draft to preview in %1; import "
                                    "sheets into it first (asean-catalogue --content %1 import "
                                    "FOLDER)")
                         .arg(QDir(empty).absolutePath())),
                 qPrintable(none.output));
        QVERIFY(QDir(empty).isEmpty());
    }

    // --open on a place the release does not have says so on the screen and in the log, on the
    // home screen, instead of showing another item or an empty page.
    void openingWhatIsNotThereSaysSo_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("logged");
        QTest::newRow("item") << "item/th-nope"
                              << "There is no item “th-nope” here, so the home screen is shown "
                                 "instead."
                              << "--open item/th-nope: release 0001 has no item \"th-nope\"; "
                                 "showing the home screen instead";
        QTest::newRow("state") << "country/XX"
                               << "There is no member state “XX” here, so the home screen is "
                                  "shown instead."
                               << "--open country/XX: release 0001 has no member state \"XX\"; "
                                  "showing the home screen instead";
        QTest::newRow("theme") << "theme/sport"
                               << "There is no theme “sport” here, so the home screen is shown "
                                  "instead."
                               << "--open theme/sport: release 0001 has no theme \"sport\"; "
                                  "showing the home screen instead";
    }

    void openingWhatIsNotThereSaysSo()
    {
        QFETCH(QString, route);
        QFETCH(QString, shown);
        QFETCH(QString, logged);
        const QString content = m_dir.filePath(QStringLiteral("fresh"));
        const Run run =
            runKiosk({QStringLiteral("--content"), content, QStringLiteral("--open"), route},
                     m_dir.filePath(QStringLiteral("missing.png")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QStringList texts = run.texts();
        QVERIFY2(texts.contains(shown), qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY2(texts.contains(QStringLiteral("Explore the member states of ASEAN")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY2(run.output.contains(logged), qPrintable(run.output));
        // Home it is: no other screen was opened.
        QVERIFY2(!run.output.contains(QLatin1String("screen: ")), qPrintable(run.output));
    }

    // One release, published once, with an item for the leap day 2028-02-29 only. A kiosk whose
    // clock (--clock) runs across midnight into that day shows it from the first idle moment of
    // the day, not while a visitor is on a state's page; one running across the next midnight,
    // with a visitor looking at that very item, lets it leave only at the idle reset.
    void aScheduledItemComesAndGoesBetweenVisitors()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"), 1);
        f.addCountry(QStringLiteral("TL"), QStringLiteral("Timor-Leste"), 2);
        f.addTheme(QStringLiteral("crafts"), QStringLiteral("Crafts"));
        f.addPhoto(QStringLiteral("tl-tais"), QStringLiteral("TL"), QStringLiteral("crafts"));
        QJsonObject &leap =
            f.addPhoto(QStringLiteral("tl-leap"), QStringLiteral("TL"), QStringLiteral("crafts"));
        leap.insert(QStringLiteral("from"), QStringLiteral("2028-02-29"));
        leap.insert(QStringLiteral("until"), QStringLiteral("2028-02-29"));
        leap.insert(QStringLiteral("halls"), QJsonArray{QStringLiteral("seoul")});
        QVERIFY(f.publish());
        const QString ini = m_dir.filePath(QStringLiteral("seoul.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "[hall]\nname=Seoul\nid=seoul\n[languages]\noffered=en\ndefault=en\n"
            "[idle]\nseconds=20\n");
        file.close();

        // On the day and the day after, as the screens show it.
        const auto opened = [&](const char *clock) {
            return runKiosk(
                {QStringLiteral("--content"), f.contentDir(), QStringLiteral("--config"), ini,
                 QStringLiteral("--clock"), QLatin1String(clock), QStringLiteral("--open"),
                 QStringLiteral("item/tl-leap")},
                m_dir.filePath(QStringLiteral("leap.png")));
        };
        const Run onTheDay = opened("2028-02-29T12:00");
        QVERIFY2(onTheDay.texts().contains(QStringLiteral("Title of tl-leap")),
                 qPrintable(onTheDay.texts().join(QStringLiteral(" | "))));
        const Run after = opened("2028-03-01T00:00");
        QVERIFY2(after.texts().contains(
                     QStringLiteral("There is no item “tl-leap” here, so the home screen is "
                                    "shown instead.")),
                 qPrintable(after.texts().join(QStringLiteral(" | "))));

        // Running across midnight. $0 kiosk, $1 content, $2 hall file.
        const QString script = QStringLiteral(R"SH(
kiosk=$0 content=$1 ini=$2
run() {  # clock, route, log: a visitor on the route, then nobody, past midnight and the idle reset
    "$kiosk" --content "$content" --config "$ini" --clock "$1" --open "$2" > "$3" 2>&1 & pid=$!
    wait_for_frame "$3" && sleep 30
    kill -TERM $pid; wait $pid; echo "STOPPED $?"; cat "$3"
}
run 2028-02-28T23:59:50 country/TL "$content.before.log"
echo "=== THE NEXT NIGHT"
run 2028-02-29T23:59:50 item/tl-leap "$content.during.log"
)SH");
        const QString output = runScriptInX(script, {f.contentDir(), ini}, 120000);
        const qsizetype night = output.indexOf(QLatin1String("=== THE NEXT NIGHT"));
        QVERIFY2(night > 0 && !output.contains(QLatin1String("NO FRAME")), qPrintable(output));
        QCOMPARE(output.count(QLatin1String("STOPPED 0")), 2);
        // Each story as the log tells it: midnight mid-visit, then the idle reset, then the day.
        const auto inOrder = [&output](qsizetype from, const QStringList &lines) {
            for (const QString &line : lines) {
                const qsizetype at = output.indexOf(line, from);
                if (at < 0)
                    return QStringLiteral("missing or out of order: ") + line;
                from = at + line.size();
            }
            return QString();
        };
        QString problem = inOrder(
            0, {QStringLiteral("showing what is scheduled for 2028-02-28 in hall seoul"),
                QStringLiteral("screen: country/TL"),
                QStringLiteral("the date is now 2028-02-29: what is shown changes at the next "
                               "idle moment"),
                QStringLiteral("screen: attract"),
                QStringLiteral("showing what is scheduled for 2028-02-29 at an idle moment: 1 "
                               "item(s) appear (tl-leap), 0 leave ()")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + output.left(night)));
        problem = inOrder(
            night, {QStringLiteral("screen: item/tl-leap"),
                    QStringLiteral("the date is now 2028-03-01: what is shown changes at the "
                                   "next idle moment"),
                    QStringLiteral("screen: attract"),
                    QStringLiteral("showing what is scheduled for 2028-03-01 at an idle moment: "
                                   "0 item(s) appear (), 1 leave (tl-leap)")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + output.mid(night)));
        QVERIFY2(!output.contains(QLatin1String("switched from release")), qPrintable(output));
    }

    void catalogueToolListsTheRelease()
    {
        QProcess process;
        process.start(QStringLiteral(ASEAN_CATALOGUE_BIN),
                      {QStringLiteral("--content"), m_dir.filePath(QStringLiteral("fresh")),
                       QStringLiteral("countries"), QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
