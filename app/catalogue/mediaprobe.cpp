#include "mediaprobe.h"

#include "svgcheck.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace MediaProbe {

bool endsWithJpegEoi(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 kTail = 4096;  // room for trailers some cameras write after the picture
    file.seek(qMax<qint64>(0, file.size() - kTail));
    return file.read(kTail).contains("\xff\xd9");
}

void allowDecoding()
{
    static const bool allowed = [] {
        QImageReader::setAllocationLimit(int(kMaxPixels * kMaxBytesPerPixel / (1024 * 1024)));
        return true;
    }();
    Q_UNUSED(allowed);
}

namespace {

qint64 bytesPerPixel(QImage::Format format)
{
    // A format not known before decoding is counted as 32-bit RGB, what most pictures become.
    return qMax(4, QImage::toPixelFormat(format).bitsPerPixel() / 8);
}

}  // namespace

bool exceedsDecodingLimit(const QSize &size, QImage::Format format)
{
    const qint64 pixels = qint64(size.width()) * size.height();
    const qint64 limitBytes = qint64(QImageReader::allocationLimit()) * 1024 * 1024;
    return !size.isValid() || pixels > kMaxPixels || pixels * bytesPerPixel(format) > limitBytes;
}

Info probeImage(const QString &path)
{
    allowDecoding();
    Info info;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    info.error = SvgCheck::problem(path, reader.format());
    if (!info.error.isEmpty())
        return info;
    if (!reader.canRead()) {
        info.error = QStringLiteral("is not a picture Qt can read (%1); save it as JPEG or PNG.")
                         .arg(reader.errorString());
        return info;
    }
    info.mime = QStringLiteral("image/") + QString::fromLatin1(reader.format());
    info.size = reader.size();
    if (reader.format() == "svg") {
        info.mime = QStringLiteral("image/svg+xml");
        const QImage image = reader.read();
        if (image.isNull())
            info.error = QStringLiteral("cannot be drawn (%1).").arg(reader.errorString());
        return info;
    }
    if (!info.size.isValid()) {
        info.error = QStringLiteral("is damaged: its size cannot be read; export it again.");
        return info;
    }
    if (exceedsDecodingLimit(info.size, reader.imageFormat())) {
        const QString size =
            QStringLiteral("%1×%2 pixels").arg(info.size.width()).arg(info.size.height());
        info.error = qint64(info.size.width()) * info.size.height() > kMaxPixels
                         ? QStringLiteral(
                               "is %1, more than the kiosk may decode; scale it down below 32 "
                               "megapixels.")
                               .arg(size)
                         : QStringLiteral(
                               "is %1 at %2 bits a pixel, more than the kiosk may decode at "
                               "that depth; save it with 8 or 16 bits a channel.")
                               .arg(size)
                               .arg(bytesPerPixel(reader.imageFormat()) * 8);
        return info;
    }
    // libjpeg fills a truncated picture with grey and only warns: a whole JPEG ends with EOI,
    // which cannot occur inside its entropy-coded data.
    if (reader.format() == "jpeg" && !endsWithJpegEoi(path)) {
        info.error = QStringLiteral("is damaged: the picture ends early; export or copy it again.");
        return info;
    }
    reader.setScaledSize((info.size / 8).expandedTo(QSize(1, 1)));
    const QImage image = reader.read();
    if (image.isNull())
        info.error = QStringLiteral("is damaged and cannot be decoded (%1); export it again.")
                         .arg(reader.errorString());
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        info.size.transpose();
    return info;
}

namespace {

// The streams and duration of a video as ffprobe (Debian's ffmpeg) reads them, the way
// GStreamer will meet them; empty with `error` when ffprobe cannot tell.
QJsonObject ffprobe(const QString &path, QString *error)
{
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                 QStringLiteral("stream=codec_type,codec_name,width,height:format=duration"),
                 QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!probe.waitForStarted()) {
        *error = QStringLiteral(
            "cannot be checked: ffprobe is missing; install the Debian "
            "package ffmpeg.");
        return {};
    }
    probe.waitForFinished(60000);
    const QJsonObject result = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    if (probe.exitCode() != 0 || result.isEmpty()) {
        *error = QStringLiteral("is damaged and cannot be read (%1); export it again.")
                     .arg(QString::fromUtf8(probe.readAllStandardError()).trimmed());
        return {};
    }
    return result;
}

}  // namespace

Info probeVideo(const QString &path)
{
    Info info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = QStringLiteral("cannot be read (%1).").arg(file.errorString());
        return info;
    }
    const QByteArray head = file.read(12);
    if (head.size() < 12 || head.mid(4, 4) != "ftyp") {
        info.error = QStringLiteral("is not an MP4 video; the kiosk plays H.264/AAC MP4 files.");
        return info;
    }
    const QJsonObject result = ffprobe(path, &info.error);
    if (!info.error.isEmpty())
        return info;
    QString video, audio;
    for (const QJsonValue &v : result.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject stream = v.toObject();
        const QString type = stream.value(QStringLiteral("codec_type")).toString();
        const QString codec = stream.value(QStringLiteral("codec_name")).toString();
        if (type == QLatin1String("video") && video.isEmpty()) {
            video = codec;
            info.size = QSize(stream.value(QStringLiteral("width")).toInt(),
                              stream.value(QStringLiteral("height")).toInt());
        } else if (type == QLatin1String("audio") && audio.isEmpty()) {
            audio = codec;
        }
    }
    const double seconds = result.value(QStringLiteral("format"))
                               .toObject()
                               .value(QStringLiteral("duration"))
                               .toString()
                               .toDouble();
    info.durationMs = qRound64(seconds * 1000);
    if (video != QLatin1String("h264") || (!audio.isEmpty() && audio != QLatin1String("aac")))
        info.error = QStringLiteral(
                         "is %1%2 video; the kiosk plays H.264 video with AAC sound in MP4. "
                         "Convert it, for example: ffmpeg -i IN -c:v libx264 -c:a aac OUT.mp4")
                         .arg(video.isEmpty() ? QStringLiteral("no") : video,
                              audio.isEmpty() ? QString() : QLatin1Char('/') + audio);
    else if (info.durationMs <= 0)
        info.error = QStringLiteral(
            "has no duration; it is cut short or damaged; export it "
            "again.");
    info.mime = QStringLiteral("video/mp4");
    return info;
}

}  // namespace MediaProbe
