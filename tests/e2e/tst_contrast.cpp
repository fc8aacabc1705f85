// End to end: every text on every visitor screen stands out from what is really drawn behind
// it (4.5:1, large text 3:1), in both orientations, in the real kiosk's pixels: a state's name
// over the light part of a photo, or small grey captions, fail here. Prints the worst ratio of
// each screen.
#include "contrast.h"
#include "kioskrun.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace KioskRun;

class TestContrast : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The first start fills the content root with the demo.
        const Run first = runKiosk({QStringLiteral("--content"), content()},
                                   m_dir.filePath(QStringLiteral("first.png")));
        QCOMPARE(first.exitCode, 0);
    }

    void everyTextStandsOut_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("textScale");
        const QStringList routes = {
            QStringLiteral("attract"),         QStringLiteral("home"),
            QStringLiteral("country/KH"),      QStringLiteral("theme/festivals"),
            QStringLiteral("item/th-tom-yum"), QStringLiteral("item/th-loy-krathong-river")};
        for (const QString &size : {QStringLiteral("1920x1080"), QStringLiteral("1080x1920")})
            for (const QString &route : routes)
                QTest::addRow("%s %s", qPrintable(route), qPrintable(size))
                    << route << size << QStringLiteral("ko") << QStringLiteral("100");
        // The smaller and lighter scripts.
        QTest::addRow("country/KH km")
            << QStringLiteral("country/KH") << QStringLiteral("1920x1080") << QStringLiteral("km")
            << QStringLiteral("100");
        QTest::addRow("item/mm-shwedagon my")
            << QStringLiteral("item/mm-shwedagon") << QStringLiteral("1920x1080")
            << QStringLiteral("my") << QStringLiteral("100");
        // Larger text lifts the attract loop's languages and the hall's name up the photo.
        for (const QString &size : {QStringLiteral("1920x1080"), QStringLiteral("1080x1920")})
            QTest::addRow("attract %s 200 %%", qPrintable(size))
                << QStringLiteral("attract") << size << QStringLiteral("km")
                << QStringLiteral("200");
    }

    void everyTextStandsOut()
    {
        QFETCH(QString, route);
        QFETCH(QString, size);
        QFETCH(QString, language);
        QFETCH(QString, textScale);
        const QString shot = m_dir.filePath(
            QString(route + size + language + textScale).replace(QLatin1Char('/'), '-') +
            QStringLiteral(".png"));
        const Run run =
            runKiosk({QStringLiteral("--content"), content(), QStringLiteral("--open"), route,
                      QStringLiteral("--size"), size, QStringLiteral("--language"), language,
                      QStringLiteral("--text-scale"), textScale, QStringLiteral("--reduced-motion"),
                      QStringLiteral("--backdrop")},
                     shot);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.backdrop.isNull(), qPrintable(run.output));
        QVERIFY(!run.scene.value(QStringLiteral("texts")).toArray().isEmpty());
        const Contrast::Report report = Contrast::measure(run);
        qInfo("worst contrast %.2f:1 (\"%s\")", report.worst, qPrintable(report.worstText));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

private:
    QString content() const { return m_dir.filePath(QStringLiteral("content")); }
};

QTEST_GUILESS_MAIN(TestContrast)
#include "tst_contrast.moc"
