#pragma once
// What an item is, for the screens: a photo to look at or a film to play. The catalogue stores
// the kind as text ('photo', 'video'); models hand QML this enum (MediaKind.Video) instead.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

namespace MediaKind {
Q_NAMESPACE
QML_ELEMENT

enum Kind {
    Photo,  // a still picture; the viewer zooms it
    Video,  // a film with a poster picture; the one player plays it
};
Q_ENUM_NS(Kind)

inline Kind fromCatalogue(const QString &kind)
{
    return kind == QLatin1String("video") ? Video : Photo;
}

}  // namespace MediaKind
