// End to end: a film longer than the idle time plays to its end in the real kiosk. A playing
// film is not idle: with the hall's 90 s, a 120 s film is neither covered by "Still there?" nor
// cut off, and the idle time starts again when it ends. Its own test, so its two minutes run
// beside the other end-to-end tests rather than after them.
#include "fixture.h"
#include "kioskrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRectF>
#include <QTest>

using namespace KioskRun;

namespace {

constexpr int kFilmSeconds = 120;

// A plain film with sound, small so that it is made in a few seconds.
QString makeFilm(const QString &path)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-y"),
                                            QStringLiteral("-loglevel"),
                                            QStringLiteral("error"),
                                            QStringLiteral("-f"),
                                            QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("testsrc2=size=320x180:rate=10"),
                                            QStringLiteral("-f"),
                                            QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("sine=frequency=220:sample_rate=48000"),
                                            QStringLiteral("-t"),
                                            QString::number(kFilmSeconds),
                                            QStringLiteral("-c:v"),
                                            QStringLiteral("libx264"),
                                            QStringLiteral("-preset"),
                                            QStringLiteral("ultrafast"),
                                            QStringLiteral("-pix_fmt"),
                                            QStringLiteral("yuv420p"),
                                            QStringLiteral("-c:a"),
                                            QStringLiteral("aac"),
                                            QStringLiteral("-shortest"),
                                            QStringLiteral("-movflags"),
                                            QStringLiteral("+faststart"),
                                            path});
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0)
        return QString::fromLocal8Bit(ffmpeg.readAllStandardError());
    return {};
}

}  // namespace

class TestFilm : public QObject {
    Q_OBJECT

private slots:
    void aLongFilmPlaysToItsEnd()
    {
        Fixture fixture;
        fixture.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        fixture.addTheme(QStringLiteral("festivals"), QStringLiteral("Festivals"));
        QJsonObject &film = fixture.addPhoto(QStringLiteral("th-long-film"), QStringLiteral("TH"),
                                             QStringLiteral("festivals"), QSize(640, 360));
        film[QStringLiteral("poster")] = film.value(QStringLiteral("file"));
        film[QStringLiteral("kind")] = QStringLiteral("video");
        film[QStringLiteral("file")] = QStringLiteral("videos/th-long-film.mp4");
        QVERIFY(QDir().mkpath(fixture.mediaDir() + QStringLiteral("/videos")));
        const QString made =
            makeFilm(fixture.mediaDir() + QStringLiteral("/videos/th-long-film.mp4"));
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QVERIFY(fixture.publish());

        const QString content = fixture.contentDir();
        const QString hall = fixture.path() + QStringLiteral("/hall.ini");
        QFile file(hall);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[languages]\noffered=en\ndefault=en\n[idle]\nseconds=90\n");
        file.close();

        // Where the play button is, from the scene of the same screen.
        const QStringList open = {QStringLiteral("--config"),  hall,
                                  QStringLiteral("--content"), content,
                                  QStringLiteral("--open"),    QStringLiteral("item/th-long-film")};
        const Run look = runKiosk(open, fixture.path() + QStringLiteral("/film.png"));
        QRectF play;
        for (const QJsonValue &v : look.scene.value(QStringLiteral("texts")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("text")).toString() == QLatin1String("Play"))
                play = QRectF(t.value(QStringLiteral("x")).toDouble(),
                              t.value(QStringLiteral("y")).toDouble(),
                              t.value(QStringLiteral("width")).toDouble(),
                              t.value(QStringLiteral("height")).toDouble());
        }
        QVERIFY2(!play.isEmpty(), qPrintable(look.texts().join(QStringLiteral(" | "))));

        // One touch on play, then nobody touches for the film's length and a little more.
        const QString script =
            QStringLiteral(
                "\"$0\" --config \"$1\" --content \"$2\" --open item/th-long-film "
                "2> \"$2.film.log\" & pid=$!\n"
                "wait_for_frame \"$2.film.log\"; sleep 1\n"
                "xdotool mousemove %1 %2 click 1\n"
                "sleep %3\n"
                "kill $pid; wait $pid; cat \"$2.film.log\"\n")
                .arg(qRound(play.center().x()))
                .arg(qRound(play.center().y()))
                .arg(kFilmSeconds + 15);
        const QString output = runScriptInX(script, {hall, content}, (kFilmSeconds + 90) * 1000);
        QVERIFY2(!output.contains(QLatin1String("NO FRAME")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("film played to its end:")), qPrintable(output));
        // Neither asked "Still there?" nor reset while the film played.
        const qsizetype end = output.indexOf(QLatin1String("film played to its end:"));
        QVERIFY2(!output.left(end).contains(QLatin1String("still there?")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("screen: attract")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestFilm)
#include "tst_film.moc"
