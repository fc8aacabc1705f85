#include "contrast.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonObject>
#include <QRect>
#include <algorithm>
#include <cmath>

namespace Contrast {

namespace {

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(QRgb rgb)
{
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) +
           0.0722 * channel(qBlue(rgb));
}

// The text's colour drawn with `alpha` over `behind`.
QRgb over(QRgb text, double alpha, QRgb behind)
{
    const auto mix = [alpha](int t, int b) {
        return int(std::lround(t * alpha + b * (1 - alpha)));
    };
    return qRgb(mix(qRed(text), qRed(behind)), mix(qGreen(text), qGreen(behind)),
                mix(qBlue(text), qBlue(behind)));
}

// A pixel the letters changed: the screenshot and the backdrop differ there.
bool inked(QRgb shot, QRgb backdrop)
{
    return std::max({std::abs(qRed(shot) - qRed(backdrop)),
                     std::abs(qGreen(shot) - qGreen(backdrop)),
                     std::abs(qBlue(shot) - qBlue(backdrop))}) > 24;
}

}  // namespace

double ratio(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Report measure(const KioskRun::Run &run)
{
    Report report;
    const QRect window = run.screenshot.rect();
    for (const QJsonValue &value : run.scene.value(QStringLiteral("texts")).toArray()) {
        const QJsonObject text = value.toObject();
        const QJsonObject ink = text.value(QStringLiteral("ink")).toObject();
        const QRect box = QRectF(ink.value(QStringLiteral("x")).toDouble(),
                                 ink.value(QStringLiteral("y")).toDouble(),
                                 ink.value(QStringLiteral("width")).toDouble(),
                                 ink.value(QStringLiteral("height")).toDouble())
                              .toAlignedRect()
                              .intersected(window);
        const QColor colour(text.value(QStringLiteral("color")).toString());
        const double alpha = colour.alphaF() * text.value(QStringLiteral("opacity")).toDouble();
        if (box.isEmpty() || alpha <= 0.01)
            continue;
        // Each letter pixel's ratio against what lies behind it; the worst tenth decides, so a
        // few stray pixels of a neighbour do not.
        QList<double> ratios;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                const QRgb behind = run.backdrop.pixel(x, y);
                if (inked(run.screenshot.pixel(x, y), behind))
                    ratios.append(ratio(over(colour.rgb(), alpha, behind), behind));
            }
        }
        // No letter shows at all: drawn in the colour of what is behind it.
        if (ratios.isEmpty())
            ratios.append(ratio(over(colour.rgb(), alpha, run.backdrop.pixel(box.center())),
                                run.backdrop.pixel(box.center())));
        std::sort(ratios.begin(), ratios.end());
        const double measured = ratios.at(ratios.size() / 10);
        const double size = text.value(QStringLiteral("pixelSize")).toDouble();
        const bool large =
            size >= 24 || (text.value(QStringLiteral("bold")).toBool() && size >= 18.5);
        const double needed = large ? 3.0 : 4.5;
        const QString name = text.value(QStringLiteral("text")).toString().left(40);
        if (measured < report.worst) {
            report.worst = measured;
            report.worstText = name;
        }
        if (measured < needed)
            report.problems.append(QStringLiteral("\"%1\" (%2 px%3) at (%4, %5): %6:1, needs %7:1")
                                       .arg(name)
                                       .arg(size)
                                       .arg(large ? QStringLiteral(", large") : QString())
                                       .arg(box.x())
                                       .arg(box.y())
                                       .arg(measured, 0, 'f', 2)
                                       .arg(needed));
    }
    return report;
}

}  // namespace Contrast
