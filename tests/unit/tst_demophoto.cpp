// The demo photographs: same input, same picture; real camera sizes; the demo mark painted.
#include "demophoto.h"

#include <QTest>

class TestDemoPhoto : public QObject {
    Q_OBJECT

    static DemoPhotoSpec spec(const QString &theme, QSize size)
    {
        return {QStringLiteral("th-%1").arg(theme),
                theme,
                QColor("#8150b8"),
                QColor("#d9822b"),
                QStringLiteral("Thailand"),
                QStringLiteral("Tom yum goong  ·  Food"),
                size};
    }

private slots:
    void sameInputSamePicture_data()
    {
        QTest::addColumn<QString>("theme");
        for (const char *t : {"food", "festivals", "dress", "crafts", "architecture", "nature",
                              "music-dance", "daily-life"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void sameInputSamePicture()
    {
        QFETCH(QString, theme);
        const QImage a = DemoPhoto::paint(spec(theme, QSize(600, 400)));
        const QImage b = DemoPhoto::paint(spec(theme, QSize(600, 400)));
        QCOMPARE(a.size(), QSize(600, 400));
        QVERIFY(a == b);
        // Not a flat fill: a composition with many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < a.height(); y += 7)
            for (int x = 0; x < a.width(); x += 7)
                colours.insert(a.pixel(x, y));
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    }

    void themesLookDifferent()
    {
        const QImage food = DemoPhoto::paint(spec(QStringLiteral("food"), QSize(300, 200)));
        const QImage nature = DemoPhoto::paint(spec(QStringLiteral("nature"), QSize(300, 200)));
        QVERIFY(food != nature);
    }

    void cameraSizesIncludeTwentyFourMegapixels()
    {
        bool large = false, portrait = false;
        for (int i = 0; i < 6; ++i) {
            const QSize s = DemoPhoto::cameraSize(i);
            large |= s == QSize(6000, 4000);
            portrait |= s.height() > s.width();
        }
        QVERIFY(large);
        QVERIFY(portrait);
    }
};

QTEST_MAIN(TestDemoPhoto)
#include "tst_demophoto.moc"
