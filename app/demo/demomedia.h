#pragma once
// Makes the bundled demo content at build time: reads the demo manifest and writes every
// photo, poster, flag and video it names into one folder beside a copy of the manifest.

#include <QString>

namespace DemoMedia {

struct Options {
    QString manifest;  // media/demo/manifest.json
    QString outDir;
    QString flagsDir;  // Debian's iso-flags-svg, 4:3 flags
    QString ffmpeg = QStringLiteral("ffmpeg");
};

// Returns an empty string on success, else what went wrong.
QString generate(const Options &options);

}  // namespace DemoMedia
