// The image provider's decoding: the size asked for, from the disk cache the second time,
// and an error (not a crash) for a damaged file.
#include "fixture.h"
#include "mediaimageprovider.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QTest>

class TestImages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static QStringList cached(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

private slots:
    void decodesToCoverTheRequestedSize_data()
    {
        QTest::addColumn<QSize>("original");
        QTest::addColumn<QSize>("requested");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("landscape into a portrait card")
            << QSize(6000, 4000) << QSize(400, 500) << QSize(750, 500);
        QTest::newRow("landscape into a wide tile")
            << QSize(6000, 4000) << QSize(600, 300) << QSize(600, 400);
        QTest::newRow("width only") << QSize(3000, 4000) << QSize(300, 0) << QSize(300, 400);
        QTest::newRow("never enlarged") << QSize(200, 100) << QSize(400, 400) << QSize(200, 100);
        QTest::newRow("no size asked") << QSize(320, 240) << QSize() << QSize(320, 240);
    }

    void decodesToCoverTheRequestedSize()
    {
        QFETCH(QSize, original);
        QFETCH(QSize, requested);
        QFETCH(QSize, expected);
        const QString file =
            write(QStringLiteral("%1x%2.jpg").arg(original.width()).arg(original.height()),
                  Fixture::jpeg(original));
        QString error;
        const QImage image = MediaImageProvider::load(file, requested, {}, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), expected);
    }

    void derivedSizesComeFromTheCache()
    {
        QTemporaryDir cache;
        const QString file =
            write(QStringLiteral("0123abcd.jpg"), Fixture::jpeg(QSize(2000, 1500), 3));
        QString error;
        const QImage first = MediaImageProvider::load(file, QSize(200, 150), cache.path(), &error);
        QCOMPARE(first.size(), QSize(200, 150));
        const QStringList files = cached(cache.path());
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().endsWith(QLatin1String("/200x150/01/0123abcd.jpg")),
                 qPrintable(files.first()));
        // Mark the cached copy: the next load must return it rather than decode the original.
        QImage marked(200, 150, QImage::Format_RGB32);
        marked.fill(Qt::black);
        QVERIFY(marked.save(files.first(), "JPEG"));
        const QImage second = MediaImageProvider::load(file, QSize(200, 150), cache.path(), &error);
        QCOMPARE(second.size(), QSize(200, 150));
        QVERIFY(qGray(second.pixel(100, 75)) < 10);
        // Deleting the cache is always safe: the original is decoded again.
        QVERIFY(QDir(cache.path()).removeRecursively());
        const QImage third = MediaImageProvider::load(file, QSize(200, 150), cache.path(), &error);
        QCOMPARE(third.size(), QSize(200, 150));
        QVERIFY(qGray(third.pixel(100, 75)) > 50);
    }

    // A cached copy cut short (a full disk, a power cut) is not shown half grey: it is deleted
    // and made again from the original.
    void aCachedPictureCutShortIsMadeAgain()
    {
        QTemporaryDir cache;
        const QString file =
            write(QStringLiteral("4567cdef.jpg"), Fixture::jpeg(QSize(2000, 1500), 5));
        QString error;
        const QImage whole = MediaImageProvider::load(file, QSize(400, 300), cache.path(), &error);
        const QStringList files = cached(cache.path());
        QCOMPARE(files.size(), 1);
        QFile copy(files.first());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray bytes = copy.readAll();
        copy.close();
        for (const qsizetype kept : {qsizetype(0), bytes.size() / 2}) {
            QVERIFY(copy.open(QIODevice::WriteOnly | QIODevice::Truncate));
            copy.write(bytes.left(kept));
            copy.close();
            const QImage again =
                MediaImageProvider::load(file, QSize(400, 300), cache.path(), &error);
            QCOMPARE(again.size(), whole.size());
            QCOMPARE(again.pixel(200, 290), whole.pixel(200, 290));
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QCOMPARE(copy.readAll(), bytes);
            copy.close();
        }
    }

    void damagedFilesGiveAnErrorNotACrash()
    {
        QByteArray bytes = Fixture::jpeg(QSize(800, 600), 4);
        bytes.truncate(300);
        QString error;
        QVERIFY(MediaImageProvider::load(write(QStringLiteral("cut.jpg"), bytes), QSize(100, 100),
                                         {}, &error)
                    .isNull());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(MediaImageProvider::load(m_dir.filePath(QStringLiteral("absent.jpg")),
                                         QSize(100, 100), {}, &error)
                    .isNull());
        QVERIFY(!error.isEmpty());
    }

    void picturesOverTheLimitAreRefused()
    {
        QString error;
        const QString huge =
            write(QStringLiteral("huge.jpg"), Fixture::jpegClaiming(QSize(20000, 20000)));
        QVERIFY(MediaImageProvider::load(huge, QSize(480, 326), {}, &error).isNull());
        QVERIFY2(error.contains(QLatin1String("limit")), qPrintable(error));
    }

    void aJpegCutShortIsDamagedNotGrey()
    {
        QByteArray bytes = Fixture::jpeg(QSize(1200, 900), 8);
        bytes.truncate(bytes.size() * 2 / 3);
        QString error;
        QVERIFY(MediaImageProvider::load(write(QStringLiteral("half.jpg"), bytes), QSize(300, 200),
                                         {}, &error)
                    .isNull());
        QVERIFY2(error.contains(QLatin1String("ends early")), qPrintable(error));
    }

    void flagsAreDrawnAtTheSizeAsked()
    {
        const QString svg =
            write(QStringLiteral("flag.svg"),
                  "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='480'>"
                  "<rect width='640' height='240' fill='#ce1126'/>"
                  "<rect y='240' width='640' height='240' fill='#fff'/></svg>");
        QString error;
        const QImage image = MediaImageProvider::load(svg, QSize(144, 108), {}, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), QSize(144, 108));
        QCOMPARE(QColor(image.pixel(72, 20)), QColor("#ce1126"));
    }
};

QTEST_MAIN(TestImages)
#include "tst_images.moc"
