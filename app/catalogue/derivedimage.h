#pragma once
// Smaller copies of stored pictures, made once and kept in a cache folder by content hash and
// size: the kiosk's image provider reads them instead of decoding a
// 24-megapixel original, and import makes the sizes every kiosk asks for first, so a new
// release opens fast. The cache is only a help: a full or read-only disk costs speed, never a
// picture, a cached copy that does not decode whole is made again, and deleting cache/ is always
// safe.

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace DerivedImage {

// The sizes asked for first: the grid and viewer thumbnail (Theme.thumbnailWidth/Height) and
// a full-HD screen, the halls' displays.
const QList<QSize> &standardSizes();

// Decodes `file` so it covers `requested` (keeping its shape, never enlarging), in sRGB
// (converted from the picture's colour profile; none means sRGB); uses and fills `cacheDir`
// when it is not empty. `sharedCacheDir`, when given, is read but never
// written: the content root's cache/ that import filled, seen by a kiosk with a cache of its own.
QImage load(const QString &file, const QSize &requested, const QString &cacheDir, QString *error,
            const QString &sharedCacheDir = {});

// Makes every size of `sizes` that is missing from `cacheDir`, decoding the original once.
// False (with `error`) when the picture cannot be decoded; sizes that cannot be saved are
// simply left to be made on demand.
bool prepare(const QString &file, const QList<QSize> &sizes, const QString &cacheDir,
             QString *error);

}  // namespace DerivedImage
