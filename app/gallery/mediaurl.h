#pragma once
// The image:// URL under which QML asks MediaImageProvider for a stored file.

#include <QString>

namespace MediaUrl {

inline constexpr char kProvider[] = "media";

// Empty for an empty path, so an Image with no picture shows its placeholder.
inline QString of(const QString &relativePath)
{
    return relativePath.isEmpty()
               ? QString()
               : QStringLiteral("image://%1/%2").arg(QLatin1String(kProvider), relativePath);
}

}  // namespace MediaUrl
