#pragma once
// The benchmark table's rows. Each measure runs the real code (the kiosk program, its QML, the
// image provider) and reports medians, with the target beside what was measured.

#include <QList>
#include <QString>

struct Figure {
    QString what;
    QString measured;
    QString target;
};
using Figures = QList<Figure>;

struct BenchSetup {
    QString work;      // scratch folder
    QString demoRoot;  // content root with the demo release
    QString bigRoot;   // content root with the demo plus 10,000 generated items
    QString bigTheme;  // the theme all generated items are in
    int repeats = 7;
    int viewerOpens = 2000;
    int videoPlays = 500;
    int soakActions = 10000;
    int languageSwitches = 1000;
    int curatorPhotos = 1000;
    int utterances = 1000;
};

namespace Measures {

Figures startup(const BenchSetup &setup);
Figures thumbnails(const BenchSetup &setup);
Figures viewer(const BenchSetup &setup);
Figures flicking(const BenchSetup &setup);
Figures videoPlays(const BenchSetup &setup);
// Language switches on a state page (bench/languageswitch.cpp).
Figures languageSwitch(const BenchSetup &setup);
// Random visitor actions over a compressed hall day (bench/soak.cpp).
Figures soak(const BenchSetup &setup);
// From a focus move to the start of speech, and resident size over many utterances
// (bench/voice.cpp).
Figures voice(const BenchSetup &setup);
// Importing a season of 24-megapixel photos, and publishing 10,000 items (bench/curating.cpp).
Figures curating(const BenchSetup &setup);

// Stored photos of the current release with at least `pixels` pixels.
QStringList photosOfAtLeast(const QString &rootPath, int pixels);

}  // namespace Measures
