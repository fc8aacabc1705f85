#pragma once
// Whether an SVG (a flag) draws only from itself. Qt's SVG renderer follows <image href> to any
// file on the disk, outside every checksum of a release; a DOCTYPE can declare entities that
// expand a few bytes into gigabytes. So an SVG is let in, and drawn, only when it is well-formed
// XML in UTF-8 (not compressed) whose root is <svg> and which holds none of: a DOCTYPE or entity
// declaration, a processing instruction, <image>, <feImage>, <script> or <foreignObject>, an href
// that is not "#id", a url() that is not "url(#id)", an @import, or elements nested deeper than
// kMaxDepth. Import refuses such a file (app/catalogue/mediaprobe.cpp) and the kiosk does not draw
// one that reached a release before this check (app/catalogue/derivedimage.cpp).

#include <QByteArray>
#include <QString>

namespace SvgCheck {

// Deeper than any real flag (the 4:3 flags of Debian's iso-flags-svg reach 15).
constexpr int kMaxDepth = 64;

// What is wrong with the picture at `path` when it is SVG (by its name, or by `format`, what
// QImageReader found it to be), as the rest of a sentence that begins with the file's name
// (`contains <image> at line 4, column 3; …`), saying where and what to do; empty when it is
// not SVG or the kiosk may draw it. Call it before QImageReader reads even the size: Qt's SVG
// reader follows <image href> as it parses.
QString problem(const QString &path, const QByteArray &format);

}  // namespace SvgCheck
