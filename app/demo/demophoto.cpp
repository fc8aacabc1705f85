#include "demophoto.h"

#include <QCryptographicHash>
#include <QFont>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QtMath>

namespace {

// Everything is drawn on a 1000-unit-wide canvas and scaled, so sizes differ only in detail.
constexpr qreal kUnits = 1000.0;

class Composer {
public:
    Composer(QPainter &p, const DemoPhotoSpec &spec, qreal height)
        : m_p(p), m_spec(spec), m_h(height), m_rng(seedOf(spec.seed))
    {
    }

    void paint()
    {
        background();
        const QString &t = m_spec.theme;
        if (t == QLatin1String("nature"))
            mountains();
        else if (t == QLatin1String("architecture"))
            rooftops();
        else if (t == QLatin1String("food"))
            table();
        else if (t == QLatin1String("festivals"))
            lanterns();
        else if (t == QLatin1String("dress"))
            fabric();
        else if (t == QLatin1String("crafts"))
            weave();
        else if (t == QLatin1String("music-dance"))
            rhythm();
        else
            waterfront();
        vignette();
    }

private:
    static quint32 seedOf(const QString &text)
    {
        const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
        return quint32(uchar(h[0])) << 24 | quint32(uchar(h[1])) << 16 | quint32(uchar(h[2])) << 8 |
               uchar(h[3]);
    }

    qreal rand(qreal lo, qreal hi) { return lo + (hi - lo) * m_rng.generateDouble(); }

    QColor mix(const QColor &a, const QColor &b, qreal t) const
    {
        return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                                a.greenF() + (b.greenF() - a.greenF()) * t,
                                a.blueF() + (b.blueF() - a.blueF()) * t);
    }

    QColor ink() const { return QColor(0x1b, 0x1a, 0x22); }
    QColor paper() const { return QColor(0xf4, 0xee, 0xe2); }

    void background()
    {
        QLinearGradient sky(0, 0, 0, m_h);
        sky.setColorAt(0, mix(m_spec.accent, ink(), 0.55));
        sky.setColorAt(0.55, mix(m_spec.themeAccent, paper(), 0.25));
        sky.setColorAt(1, mix(m_spec.accent, paper(), 0.6));
        m_p.fillRect(QRectF(0, 0, kUnits, m_h), sky);
        // A soft sun or lamp, somewhere in the upper third.
        const QPointF c(rand(150, 850), rand(0.12, 0.3) * m_h);
        QRadialGradient glow(c, 220);
        glow.setColorAt(0, QColor(255, 236, 200, 220));
        glow.setColorAt(0.25, QColor(255, 220, 170, 120));
        glow.setColorAt(1, QColor(255, 220, 170, 0));
        m_p.fillRect(QRectF(0, 0, kUnits, m_h), glow);
    }

    void mountains()
    {
        for (int layer = 0; layer < 5; ++layer) {
            const qreal base = m_h * (0.45 + layer * 0.11);
            QPainterPath path(QPointF(0, m_h));
            path.lineTo(0, base);
            for (qreal x = 0; x <= kUnits; x += 50)
                path.lineTo(x, base - rand(0, 90 - layer * 12) - 40 * qSin(x / 140.0 + layer));
            path.lineTo(kUnits, m_h);
            m_p.fillPath(path, mix(m_spec.accent, ink(), 0.75 - layer * 0.13));
        }
    }

    void rooftops()
    {
        qreal x = -20;
        while (x < kUnits) {
            const qreal w = rand(90, 190);
            const qreal top = m_h * rand(0.35, 0.6);
            const QColor c = mix(m_spec.accent, ink(), rand(0.55, 0.8));
            m_p.fillRect(QRectF(x + w * 0.15, top, w * 0.7, m_h - top), c);
            for (int tier = 0; tier < 3; ++tier) {  // tiered roofs, each narrower and higher
                const qreal ty = top - tier * 28;
                const qreal inset = tier * w * 0.12;
                QPainterPath roof;
                roof.moveTo(x + inset, ty + 10);
                roof.quadTo(x + w / 2, ty - 40, x + w - inset, ty + 10);
                roof.closeSubpath();
                m_p.fillPath(roof, mix(c, m_spec.themeAccent, 0.25 + tier * 0.1));
            }
            m_p.fillRect(QRectF(x + w / 2 - 2, top - 130, 4, 50), c);
            x += w + rand(5, 30);
        }
    }

    void table()
    {
        m_p.fillRect(QRectF(0, m_h * 0.35, kUnits, m_h), mix(m_spec.accent, ink(), 0.7));
        for (int i = 0; i < 7; ++i) {
            const QPointF c(rand(100, 900), rand(0.45, 0.9) * m_h);
            const qreal r = rand(50, 150);
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(QColor(0, 0, 0, 60));
            m_p.drawEllipse(c + QPointF(8, 10), r, r);
            m_p.setBrush(paper());
            m_p.drawEllipse(c, r, r);
            m_p.setBrush(mix(m_spec.themeAccent, m_spec.accent, rand(0, 0.6)));
            m_p.drawEllipse(c, r * 0.72, r * 0.72);
            for (int k = 0; k < 9; ++k) {  // garnish
                m_p.setBrush(mix(QColor(80, 140, 60), paper(), rand(0, 0.5)));
                m_p.drawEllipse(c + QPointF(rand(-r, r) * 0.5, rand(-r, r) * 0.5), r * 0.08,
                                r * 0.08);
            }
        }
    }

    void lanterns()
    {
        m_p.setPen(QPen(QColor(40, 30, 30, 160), 1.5));
        for (int row = 0; row < 3; ++row) {
            const qreal y0 = m_h * (0.18 + row * 0.2);
            m_p.drawLine(QPointF(0, y0), QPointF(kUnits, y0 + 40));
            for (qreal x = rand(20, 60); x < kUnits; x += rand(70, 130)) {
                const QPointF c(x, y0 + 40 * x / kUnits + 60);
                QRadialGradient g(c, 45);
                g.setColorAt(0, QColor(255, 230, 150));
                g.setColorAt(0.6, mix(m_spec.themeAccent, QColor(230, 60, 40), rand(0.2, 0.8)));
                g.setColorAt(1, QColor(120, 20, 20, 0));
                m_p.setBrush(g);
                m_p.drawLine(c - QPointF(0, 60 - 8), c - QPointF(0, 30));
                m_p.drawEllipse(c, 32, 38);
            }
        }
    }

    void fabric()
    {
        for (int band = 0; band < 9; ++band) {
            QPainterPath path;
            const qreal x0 = band * 120 - 60;
            path.moveTo(x0, -10);
            path.cubicTo(x0 + rand(-80, 80), m_h * 0.3, x0 + rand(-80, 80), m_h * 0.7,
                         x0 + rand(-40, 40), m_h + 10);
            path.lineTo(x0 + 140, m_h + 10);
            path.cubicTo(x0 + 140 + rand(-60, 60), m_h * 0.7, x0 + 140 + rand(-60, 60), m_h * 0.3,
                         x0 + 140, -10);
            path.closeSubpath();
            QLinearGradient g(x0, 0, x0 + 140, 0);
            const QColor c =
                mix(band % 2 ? m_spec.accent : m_spec.themeAccent, paper(), rand(0.05, 0.35));
            g.setColorAt(0, c.darker(140));
            g.setColorAt(0.5, c);
            g.setColorAt(1, c.darker(160));
            m_p.fillPath(path, g);
        }
    }

    void weave()
    {
        const qreal step = 60;
        const QColor gold(212, 175, 55);
        for (qreal y = 0; y < m_h + step; y += step) {
            for (qreal x = 0; x < kUnits + step; x += step) {
                const bool odd = int(x / step + y / step) % 2;
                QPainterPath diamond;
                diamond.moveTo(x, y - step / 2);
                diamond.lineTo(x + step / 2, y);
                diamond.lineTo(x, y + step / 2);
                diamond.lineTo(x - step / 2, y);
                diamond.closeSubpath();
                m_p.fillPath(diamond, odd ? mix(m_spec.accent, ink(), 0.35)
                                          : mix(m_spec.themeAccent, ink(), 0.2));
                m_p.setPen(QPen(gold, 3));
                m_p.drawPath(diamond);
            }
        }
    }

    void rhythm()
    {
        m_p.setBrush(Qt::NoBrush);
        const QPointF c(rand(300, 700), m_h * rand(0.45, 0.6));
        for (int i = 1; i < 16; ++i) {
            m_p.setPen(QPen(mix(m_spec.themeAccent, paper(), i / 16.0), 10 - i * 0.5));
            m_p.drawEllipse(c, i * 38.0, i * 38.0 * 0.8);
        }
        QRadialGradient gong(c, 110);
        gong.setColorAt(0, QColor(250, 215, 120));
        gong.setColorAt(1, QColor(150, 100, 30));
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(gong);
        m_p.drawEllipse(c, 110, 110);
    }

    void waterfront()
    {
        const qreal horizon = m_h * 0.55;
        m_p.fillRect(QRectF(0, horizon, kUnits, m_h - horizon), mix(m_spec.accent, ink(), 0.5));
        m_p.setPen(QPen(QColor(255, 240, 210, 90), 2));
        for (int i = 0; i < 40; ++i) {  // glints on the water
            const qreal y = rand(horizon + 10, m_h);
            const qreal x = rand(0, kUnits);
            m_p.drawLine(QPointF(x, y), QPointF(x + rand(20, 70), y));
        }
        for (int i = 0; i < 4; ++i) {  // long boats
            const qreal x = rand(50, 800);
            const qreal y = rand(horizon + 40, m_h * 0.9);
            QPainterPath boat;
            boat.moveTo(x, y);
            boat.quadTo(x + 90, y + 30, x + 200, y - 10);
            boat.quadTo(x + 90, y + 12, x, y);
            m_p.fillPath(boat, ink());
            m_p.fillRect(QRectF(x + 90, y - 40, 4, 40), ink());
        }
        for (qreal x = 0; x < kUnits; x += rand(40, 80))  // stilt houses on the far shore
            m_p.fillRect(QRectF(x, horizon - rand(20, 60), rand(25, 45), 60),
                         mix(m_spec.themeAccent, ink(), 0.6));
    }

    void vignette()
    {
        QRadialGradient v(QPointF(kUnits / 2, m_h / 2), kUnits * 0.75);
        v.setColorAt(0.6, QColor(0, 0, 0, 0));
        v.setColorAt(1, QColor(0, 0, 0, 110));
        m_p.fillRect(QRectF(0, 0, kUnits, m_h), v);
    }

    QPainter &m_p;
    const DemoPhotoSpec &m_spec;
    qreal m_h;
    QRandomGenerator m_rng;
};

// The mark and caption sit centred near the top of the middle band: grids crop photos to any
// shape around their centre, and the mark must survive every crop.
void caption(QPainter &p, const DemoPhotoSpec &spec, qreal h)
{
    const qreal top = qMax<qreal>(26, h / 2 - qMin(h, kUnits) * 0.45);
    QFont mark(QStringLiteral("Noto Sans"));
    mark.setPixelSize(17);
    mark.setWeight(QFont::Bold);
    mark.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    p.setFont(mark);
    const QRectF badge(kUnits / 2 - 90, top, 180, 36);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 130));
    p.drawRoundedRect(badge, 18, 18);
    p.setPen(QColor(255, 255, 255, 235));
    p.drawText(badge, Qt::AlignCenter, QStringLiteral("DEMO IMAGE"));

    QFont small(QStringLiteral("Noto Sans"));
    small.setPixelSize(20);
    p.setFont(small);
    p.setPen(QColor(255, 255, 255, 210));
    p.drawText(QRectF(40, top + 44, kUnits - 80, 32), Qt::AlignHCenter | Qt::AlignTop,
               spec.country + QStringLiteral("  ·  ") + spec.caption);
}

}  // namespace

namespace DemoPhoto {

QImage paint(const DemoPhotoSpec &spec)
{
    QImage image(spec.size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal scale = spec.size.width() / kUnits;
    p.scale(scale, scale);
    const qreal h = spec.size.height() / scale;
    Composer(p, spec, h).paint();
    caption(p, spec, h);
    p.end();
    return image;
}

QSize cameraSize(int index)
{
    static const QSize sizes[] = {{6000, 4000}, {4032, 3024}, {3000, 4000},
                                  {5472, 3648}, {4000, 3000}, {3648, 5472}};
    return sizes[index % int(std::size(sizes))];
}

}  // namespace DemoPhoto
