#pragma once
// Checks one media file the way the kiosk will use it, before it is let into the catalogue.

#include <QImage>
#include <QSize>
#include <QString>

namespace MediaProbe {

// The most pixels a picture may have (docs/curating.md promises 32 megapixels), at up to 16
// bits a channel: 8 bytes a pixel once decoded, as a 16-bit PNG is.
constexpr qint64 kMaxPixels = qint64(32) * 1024 * 1024;
constexpr int kMaxBytesPerPixel = 8;

struct Info {
    QString mime;
    QSize size;             // pixels, when known
    qint64 durationMs = 0;  // videos
    QString error;          // empty when the file is usable
};

// Decodes the whole picture at a reduced scale (libjpeg scales in the DCT, so this is fast)
// so a truncated or corrupt body is caught, and refuses pictures over the decoding limit.
Info probeImage(const QString &path);

// False for a JPEG cut short: libjpeg would fill the rest with grey and only warn. A whole
// JPEG ends with EOI, which cannot occur inside its entropy-coded data.
bool endsWithJpegEoi(const QString &path);

// Sets Qt's allocation limit, which counts bytes of one decoded picture, to what kMaxPixels at
// kMaxBytesPerPixel needs (256 MB): its default of 128 MB refuses a 16-bit PNG of 17 megapixels.
// Called before every decode; the limit is Qt's, for the whole process.
void allowDecoding();

// True when decoding a picture of this size and format (QImageReader::imageFormat) whole would
// pass kMaxPixels or the allocation limit.
bool exceedsDecodingLimit(const QSize &size, QImage::Format format);

// Accepts what the kiosk can play (H.264/AAC in MP4, see docs/qt64.md), probed with ffprobe, and
// records its picture size and duration.
Info probeVideo(const QString &path);

}  // namespace MediaProbe
