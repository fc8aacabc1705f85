#include "derivedimage.h"

#include "folders.h"
#include "mediaprobe.h"
#include "svgcheck.h"
#include "wholefile.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFileInfo>
#include <QImageReader>

namespace DerivedImage {

namespace {

// The size that covers `requested` with the shape of `original`; an unset side follows the other.
QSize coverSize(const QSize &original, const QSize &requested)
{
    if (!original.isValid() || (requested.width() <= 0 && requested.height() <= 0))
        return original;
    QSize target = requested;
    if (target.width() <= 0)
        target.setWidth(qRound(qreal(original.width()) * target.height() / original.height()));
    if (target.height() <= 0)
        target.setHeight(qRound(qreal(original.height()) * target.width() / original.width()));
    const QSize covered = original.scaled(target, Qt::KeepAspectRatioByExpanding);
    if (covered.width() >= original.width() || covered.height() >= original.height())
        return original;
    return covered.expandedTo(QSize(1, 1));
}

QString cacheFile(const QString &cacheDir, const QString &file, const QSize &size)
{
    // Stored files are named by their hash, so the name is the cache key.
    const QString base = QFileInfo(file).completeBaseName();
    return QStringLiteral("%1/%2x%3/%4/%5")
        .arg(cacheDir)
        .arg(size.width())
        .arg(size.height())
        .arg(base.left(2), base);
}

QString existing(const QString &cached)
{
    for (const char *suffix : {".jpg", ".png"}) {
        const QString name = cached + QLatin1String(suffix);
        if (QFileInfo::exists(name))
            return name;
    }
    return {};
}

// A cached copy whole, or a null image. One cut short (by a full disk or a power cut before
// WholeFile wrote the cache) decodes half grey: it is deleted when `removeDamaged`, so that it is
// made again.
QImage readCached(const QString &name, bool removeDamaged)
{
    if (name.isEmpty())
        return {};
    QImageReader reader(name);
    const bool jpeg = reader.format() == "jpeg";  // asked before reading, which moves past it
    QImage image;
    if (reader.read(&image) && (!jpeg || MediaProbe::endsWithJpegEoi(name)))
        return image;
    if (removeDamaged)
        QFile::remove(name);
    return {};
}

void store(const QImage &image, const QString &cached)
{
    // Photos keep as JPEG (small, fast to read); flags and drawings with alpha as PNG. Encoded
    // first, then written whole: a full disk leaves no part of a picture under its name.
    const bool alpha = image.hasAlphaChannel();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (buffer.open(QIODevice::WriteOnly) &&
        image.save(&buffer, alpha ? "PNG" : "JPEG", alpha ? -1 : 90) &&
        Folders::make(QFileInfo(cached).absolutePath(), Access::Shared))
        WholeFile::write(cached + QLatin1String(alpha ? ".png" : ".jpg"), bytes, Access::Shared);
}

// The picture in sRGB, what the kiosk's screens show: Qt Quick draws pixels as they are, so a
// photo in Adobe RGB or Display P3 would look dull. One without a profile is taken to be sRGB.
QImage inSrgb(QImage image)
{
    const QColorSpace space = image.colorSpace();
    if (space.isValid() && space != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace::SRgb);
    return image;
}

}  // namespace

const QList<QSize> &standardSizes()
{
    static const QList<QSize> sizes = {QSize(480, 326), QSize(1920, 1080)};
    return sizes;
}

QImage load(const QString &file, const QSize &requested, const QString &cacheDir, QString *error,
            const QString &sharedCacheDir)
{
    MediaProbe::allowDecoding();
    QImageReader reader(file);
    reader.setAutoTransform(true);
    // An SVG imported before import checked them is checked here too: the kiosk draws
    // nothing it would have to fetch from outside the release.
    *error = SvgCheck::problem(file, reader.format());
    if (!error->isEmpty())
        return {};
    QSize original = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        original.transpose();
    // The same refusals as at import, for files damaged or replaced since: a tidy
    // "unavailable" tile rather than a grey half-picture or a 1.6 GB decode.
    if (MediaProbe::exceedsDecodingLimit(original, reader.imageFormat())) {
        *error = reader.canRead() ? QStringLiteral("larger than the decoding limit")
                                  : reader.errorString();
        return {};
    }
    if (reader.format() == "jpeg" && !MediaProbe::endsWithJpegEoi(file)) {
        *error = QStringLiteral("damaged: the picture ends early");
        return {};
    }
    const QSize target = coverSize(original, requested);
    const bool derived = target != original && !cacheDir.isEmpty();
    const QString cached = derived ? cacheFile(cacheDir, file, target) : QString();
    if (derived) {
        // The shared cache is only read: a damaged copy there is passed by, not deleted.
        QImage image = readCached(existing(cached), true);
        if (image.isNull() && !sharedCacheDir.isEmpty())
            image = readCached(existing(cacheFile(sharedCacheDir, file, target)), false);
        // Copies made before colours were converted carry the original's profile.
        if (!image.isNull())
            return inSrgb(image);
    }
    if (target.isValid() && target != original) {
        QSize scaled = target;
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            scaled.transpose();  // the reader scales before it rotates
        reader.setScaledSize(scaled);
    }
    const QImage image = inSrgb(reader.read());
    if (image.isNull()) {
        *error = reader.errorString();
        return image;
    }
    if (derived)
        store(image, cached);  // the cache is only a help: failing to save costs speed only
    return image;
}

bool prepare(const QString &file, const QList<QSize> &sizes, const QString &cacheDir,
             QString *error)
{
    QImageReader probe(file);
    probe.setAutoTransform(true);
    QSize original = probe.size();
    if (probe.transformation() & QImageIOHandler::TransformationRotate90)
        original.transpose();
    // Largest first: it is decoded from the original, the smaller ones scaled down from it.
    QList<QSize> targets;
    for (const QSize &requested : sizes) {
        const QSize target = coverSize(original, requested);
        if (target.isValid() && target != original &&
            existing(cacheFile(cacheDir, file, target)).isEmpty())
            targets.append(target);
    }
    if (targets.isEmpty())
        return true;
    std::sort(targets.begin(), targets.end(), [](const QSize &a, const QSize &b) {
        return a.width() * a.height() > b.width() * b.height();
    });
    const QImage largest = load(file, targets.first(), cacheDir, error);
    if (largest.isNull())
        return false;
    for (qsizetype i = 1; i < targets.size(); ++i)
        store(largest.scaled(targets.at(i), Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
              cacheFile(cacheDir, file, targets.at(i)));
    return true;
}

}  // namespace DerivedImage
