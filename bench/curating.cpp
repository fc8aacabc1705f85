// The curator's side: a season of 24-megapixel photos imported with the sizes kiosks need,
// against vipsthumbnail making the same sizes from the same files in the same run; and the
// time to publish a catalogue of 10,000 items.
#include "contentroot.h"
#include "derivedimage.h"
#include "fixture.h"
#include "importer.h"
#include "measures.h"
#include "publisher.h"
#include "samples.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QThreadPool>
#include <cstdio>

namespace {

QString perSecond(int count, qint64 ms)
{
    return QStringLiteral("%1 /s").arg(count * 1000.0 / qMax<qint64>(ms, 1), 0, 'f', 1);
}

// N distinct 24 MP JPEGs: one demo photo with a different mark in a corner each, so each has
// its own hash, and the same content a camera's would have. Kept in the work folder.
QStringList makePhotos(const QString &source, const QString &dir, int count)
{
    QDir().mkpath(dir);
    QImage base;
    QStringList files;
    QThreadPool pool;
    for (int i = 0; i < count; ++i) {
        const QString file = QStringLiteral("%1/p%2.jpg").arg(dir).arg(i, 4, 10, QLatin1Char('0'));
        files << file;
        if (QFileInfo::exists(file))
            continue;
        if (base.isNull())
            base = QImage(source).convertToFormat(QImage::Format_RGB32);
        pool.start([file, i, &base] {
            QImage image = base.copy();
            QPainter painter(&image);
            painter.fillRect(QRect(40 + (i % 37) * 20, 40 + (i / 37) * 20, 20, 20),
                             QColor::fromHsv((i * 47) % 360, 200, 230));
            painter.end();
            image.save(file + QStringLiteral(".part"), "JPEG", 90);
            QFile::rename(file + QStringLiteral(".part"), file);
        });
    }
    pool.waitForDone();
    return files;
}

QString writeManifest(const QString &dir, const QStringList &files)
{
    QJsonArray items;
    for (int i = 0; i < files.size(); ++i)
        items.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("season-%1").arg(i)},
                        {QStringLiteral("kind"), QStringLiteral("photo")},
                        {QStringLiteral("file"), QFileInfo(files.at(i)).fileName()},
                        {QStringLiteral("country"), QStringLiteral("TH")},
                        {QStringLiteral("themes"), QJsonArray{QStringLiteral("food")}},
                        {QStringLiteral("licence"), QStringLiteral("CC0-1.0")},
                        {QStringLiteral("title"),
                         QJsonObject{{QStringLiteral("en"), QStringLiteral("Photo %1").arg(i)}}}});
    const QString path = dir + QStringLiteral("/season.json");
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson());
    return path;
}

}  // namespace

namespace Measures {

Figures curating(const BenchSetup &setup)
{
    Figures figures;
    const QStringList sources = photosOfAtLeast(setup.demoRoot, 6000 * 4000);
    if (sources.isEmpty())
        return {{QStringLiteral("curating: no 24 MP demo photo to start from"), {}, {}}};
    const QString photosDir = QDir(setup.work).filePath(QStringLiteral("season"));
    std::printf("Making %d photos of 24 MP in %s...\n", setup.curatorPhotos, qPrintable(photosDir));
    std::fflush(stdout);
    const QStringList files = makePhotos(sources.first(), photosDir, setup.curatorPhotos);
    const QString manifest = writeManifest(photosDir, files);
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();

    // Our import: check (decode at 1/8), hash, copy into the store, catalogue, derived sizes.
    const QString rootDir = QDir(setup.work).filePath(QStringLiteral("season-root"));
    QDir(rootDir).removeRecursively();
    const ContentRoot root(rootDir);
    Importer(root).importManifest(demoManifest());  // the states and themes the items name
    QElapsedTimer clock;
    clock.start();
    const Importer::Report report = Importer(root).importManifest(manifest, photosDir);
    const qint64 importMs = clock.elapsed();
    if (!report.ok())
        return {{QStringLiteral("curating: import failed: ") + report.problems.first().toString(),
                 {},
                 {}}};

    // The derived sizes alone, from the same files, with the same two threads' worth of cores.
    const QString cacheDir = QDir(setup.work).filePath(QStringLiteral("season-cache"));
    QDir(cacheDir).removeRecursively();
    clock.restart();
    QThreadPool pool;
    for (const QString &file : files)
        pool.start([file, cacheDir] {
            QString error;
            DerivedImage::prepare(file, DerivedImage::standardSizes(), cacheDir, &error);
        });
    pool.waitForDone();
    const qint64 deriveMs = clock.elapsed();

    // vipsthumbnail making the same two sizes (cover sizes of a 3:2 photo) of the same files.
    const QString vipsDir = QDir(setup.work).filePath(QStringLiteral("season-vips"));
    QDir(vipsDir).removeRecursively();
    QDir().mkpath(vipsDir);
    clock.restart();
    for (const char *size : {"1920x1280", "489x326"}) {
        QProcess::execute(
            QStringLiteral("vipsthumbnail"),
            QStringList{QStringLiteral("-s"), QString::fromLatin1(size), QStringLiteral("-o"),
                        vipsDir + QStringLiteral("/%s-") + QString::fromLatin1(size) +
                            QStringLiteral(".jpg[Q=90]")} +
                files);
    }
    const qint64 vipsMs = clock.elapsed();

    const int n = int(files.size());
    figures << Figure{QStringLiteral("import %1 photos of 24 MP (%2 MB) with derived sizes")
                          .arg(n)
                          .arg(double(bytes) / 1e6, 0, 'f', 0),
                      perSecond(n, importMs), QString()}
            << Figure{QStringLiteral("  of which the two derived sizes alone (2 threads)"),
                      perSecond(n, deriveMs), QString()}
            << Figure{QStringLiteral("  vipsthumbnail, same two sizes, same files"),
                      perSecond(n, vipsMs), QString()}
            << Figure{QStringLiteral("  ratio derived sizes: ours / vipsthumbnail (speed)"),
                      QString::number(double(vipsMs) / qMax<qint64>(deriveMs, 1), 'f', 2),
                      QStringLiteral(">= 1.0")};

    // Publishing the 10,000-item catalogue: snapshot, checks and the checksum of every file.
    const ContentRoot big(setup.bigRoot);
    QList<double> publishMs;
    for (int round = 0; round < qMin(setup.repeats, 3); ++round) {
        clock.restart();
        const Publisher::Result r = Publisher(big).publish(QStringLiteral("bench"));
        publishMs << double(clock.elapsed());
        if (!r.ok)
            return figures << Figure{QStringLiteral("publish failed: ") + r.error, {}, {}};
    }
    figures << Figure{QStringLiteral("publish 10,063 items (median of %1)").arg(publishMs.size()),
                      QStringLiteral("%1 ms").arg(Samples::median(publishMs), 0, 'f', 0),
                      QString()};
    return figures;
}

}  // namespace Measures
