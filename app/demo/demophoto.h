#pragma once
// Paints the demo photographs. No photographs can be shipped or downloaded, so the demo
// gallery is drawn: a calm composition per lifestyle theme in the state's colours, with the
// state, theme and title written on it and a "DEMO IMAGE" mark, at real camera sizes so that
// scaling is exercised exactly as with real photos. The same inputs always give the same image.

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

struct DemoPhotoSpec {
    QString seed;   // the item id: picks the variation
    QString theme;  // theme id: picks the composition
    QColor accent;  // the member state's colour
    QColor themeAccent;
    QString country;  // written large
    QString caption;  // the title and the theme, written small
    QSize size;
};

namespace DemoPhoto {

QImage paint(const DemoPhotoSpec &spec);

// Camera sizes used in turn, landscape and portrait, the largest 6000×4000 (24 MP).
QSize cameraSize(int index);

}  // namespace DemoPhoto
