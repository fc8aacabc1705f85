#pragma once
// Checks one media file the way the kiosk will use it, before it is let into the catalogue.

#include <QSize>
#include <QString>

namespace MediaProbe {

struct Info {
    QString mime;
    QSize size;             // pixels, when known
    qint64 durationMs = 0;  // videos
    QString error;          // empty when the file is usable
};

// Decodes the whole picture at a reduced scale (libjpeg scales in the DCT, so this is fast)
// so a truncated or corrupt body is caught, and refuses pictures over Qt's allocation limit.
Info probeImage(const QString &path);

// False for a JPEG cut short: libjpeg would fill the rest with grey and only warn. A whole
// JPEG ends with EOI, which cannot occur inside its entropy-coded data.
bool endsWithJpegEoi(const QString &path);

// True when decoding a picture of this size whole would pass Qt's allocation limit.
bool exceedsAllocationLimit(const QSize &size);

// Accepts what the kiosk can play (H.264/AAC in MP4, see docs/qt64.md), probed with ffprobe, and
// records its picture size and duration.
Info probeVideo(const QString &path);

}  // namespace MediaProbe
