#include "demomedia.h"

#include "demophoto.h"
#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QtConcurrent/QtConcurrentMap>

namespace {

constexpr int kVideoSeconds = 8;
const QSize kPosterSize(3840, 2160);

struct Job {
    QString path;
    DemoPhotoSpec spec;
    QString video;  // when set, the photo is a poster and this video is made from it
};

QString englishOr(const Texts &texts, const QString &field, const QString &fallback)
{
    const QString text = texts.value(field).value(QStringLiteral("en"));
    return text.isEmpty() ? fallback : text;
}

QString makeVideo(const QString &ffmpeg, const QString &poster, const QString &video)
{
    // A slow zoom over the poster with a quiet tone: H.264/AAC in MP4, the format the kiosk plays.
    const QStringList args = {
        QStringLiteral("-y"),
        QStringLiteral("-loglevel"),
        QStringLiteral("error"),
        QStringLiteral("-loop"),
        QStringLiteral("1"),
        QStringLiteral("-i"),
        poster,
        QStringLiteral("-f"),
        QStringLiteral("lavfi"),
        QStringLiteral("-i"),
        QStringLiteral("sine=frequency=220:sample_rate=48000"),
        QStringLiteral("-t"),
        QString::number(kVideoSeconds),
        QStringLiteral("-vf"),
        QStringLiteral("scale=1920:-2,zoompan=z='min(zoom+0.0006,1.12)':d=%1:s=1280x720:fps=25,"
                       "format=yuv420p")
            .arg(kVideoSeconds * 25),
        QStringLiteral("-af"),
        QStringLiteral("volume=0.15"),
        QStringLiteral("-c:v"),
        QStringLiteral("libx264"),
        QStringLiteral("-preset"),
        QStringLiteral("veryfast"),
        QStringLiteral("-crf"),
        QStringLiteral("27"),
        QStringLiteral("-c:a"),
        QStringLiteral("aac"),
        QStringLiteral("-b:a"),
        QStringLiteral("96k"),
        QStringLiteral("-shortest"),
        QStringLiteral("-movflags"),
        QStringLiteral("+faststart"),
        video};
    QProcess process;
    process.start(ffmpeg, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("ffmpeg failed for %1: %2")
            .arg(video, QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

}  // namespace

namespace DemoMedia {

QString generate(const Options &options)
{
    Problems problems;
    Manifest manifest;
    ManifestReader::readJson(options.manifest, &manifest, &problems);
    if (!problems.isEmpty())
        return problems.first().toString();
    const QDir out(options.outDir);
    if (!QDir().mkpath(options.outDir))
        return QStringLiteral("cannot create %1").arg(options.outDir);

    QHash<QString, QColor> accents;
    QHash<QString, QString> names;
    for (const ManifestCountry &c : manifest.countries) {
        accents.insert(c.code, QColor(c.accent));
        names.insert(c.code, englishOr(c.texts, QStringLiteral("name"), c.code));
        if (c.flag.isEmpty())
            continue;
        const QString from =
            options.flagsDir + QLatin1Char('/') + c.code.toLower() + QStringLiteral(".svg");
        const QString to = out.filePath(c.flag);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        if (!QFile::copy(from, to))
            return QStringLiteral("cannot copy the flag %1 (install iso-flags-svg)").arg(from);
    }
    QHash<QString, const ManifestTheme *> themes;
    for (const ManifestTheme &t : manifest.themes)
        themes.insert(t.id, &t);

    QList<Job> jobs;
    QHash<QString, int> perCountry;
    for (const ManifestItem &item : manifest.items) {
        const QString themeId = item.themes.value(0);
        const ManifestTheme *theme = themes.value(themeId);
        DemoPhotoSpec spec;
        spec.seed = item.id;
        spec.theme = themeId;
        spec.accent = accents.value(item.country, QColor(0x1f, 0x3a, 0x93));
        spec.themeAccent = theme ? QColor(theme->accent) : spec.accent;
        spec.country = names.value(item.country, item.country);
        spec.caption = englishOr(item.texts, QStringLiteral("title"), item.id) +
                       QStringLiteral("  ·  ") +
                       (theme ? englishOr(theme->texts, QStringLiteral("name"), themeId) : themeId);
        const bool video = item.kind == QLatin1String("video");
        spec.size = video ? kPosterSize : DemoPhoto::cameraSize(perCountry[item.country]++);
        jobs.append({out.filePath(video ? item.poster : item.file), spec,
                     video ? out.filePath(item.file) : QString()});
    }

    QMutex mutex;
    QStringList errors;
    QtConcurrent::blockingMap(jobs, [&](const Job &job) {
        QDir().mkpath(QFileInfo(job.path).absolutePath());
        QString error;
        if (!DemoPhoto::paint(job.spec).save(job.path, "JPEG", 88))
            error = QStringLiteral("cannot write %1").arg(job.path);
        else if (!job.video.isEmpty() && !QDir().mkpath(QFileInfo(job.video).absolutePath()))
            error = QStringLiteral("cannot create the folder of %1").arg(job.video);
        else if (!job.video.isEmpty())
            error = makeVideo(options.ffmpeg, job.path, job.video);
        if (!error.isEmpty()) {
            QMutexLocker lock(&mutex);
            errors.append(error);
        }
    });
    if (!errors.isEmpty())
        return errors.join(QLatin1Char('\n'));

    const QString copy = out.filePath(QStringLiteral("manifest.json"));
    QFile::remove(copy);
    if (!QFile::copy(options.manifest, copy))
        return QStringLiteral("cannot copy the manifest to %1").arg(copy);
    return {};
}

}  // namespace DemoMedia
