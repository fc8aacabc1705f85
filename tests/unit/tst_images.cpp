// The image provider's decoding: the size asked for, from the disk cache the second time,
// and an error (not a crash) for a damaged file.
#include "fixture.h"
#include "mediaimageprovider.h"

#include <QColorSpace>
#include <QColorTransform>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QQuickImageResponse>
#include <QQuickTextureFactory>
#include <QSignalSpy>
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
    // Qt Quick cancels the requests of pictures a view no longer shows (a grid scrolled on, a
    // screen left) and deletes the response once it reports. A cancelled request is not
    // decoded, and a decode that was under way reports to nobody.
    void cancelledRequestsAreNotDecoded()
    {
        const QString root = m_dir.filePath(QStringLiteral("cancel-root"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/media")));
        const int count = 24;
        for (int i = 0; i < count; ++i) {
            QImage picture(1600, 1200, QImage::Format_RGB32);
            picture.fill(QColor::fromHsv(i * 15, 200, 200));
            QVERIFY(picture.save(QStringLiteral("%1/media/%2.jpg").arg(root).arg(i), "JPEG", 90));
        }
        QTemporaryDir cache;
        MediaImageProvider provider(root, cache.path());
        QList<QQuickImageResponse *> cancelled;
        for (int i = 0; i < count; ++i)
            cancelled << provider.requestImageResponse(QStringLiteral("media/%1.jpg").arg(i),
                                                       QSize(400, 300));
        for (QQuickImageResponse *response : cancelled)
            response->cancel();
        // One wanted request after them: when it is done, every request before it has been
        // taken off the provider's two decoders.
        std::unique_ptr<QQuickImageResponse> wanted(
            provider.requestImageResponse(QStringLiteral("media/0.jpg"), QSize(200, 150)));
        QSignalSpy done(wanted.get(), &QQuickImageResponse::finished);
        QVERIFY(done.wait(20000));
        QVERIFY2(wanted->errorString().isEmpty(), qPrintable(wanted->errorString()));
        // At most the two already decoding when cancelled, one still decoding beside the
        // wanted one, and the wanted one.
        const QStringList made = cached(cache.path());
        QVERIFY2(made.size() <= 4, qPrintable(QString::number(made.size())));
        qDeleteAll(cancelled);
        provider.shutdown();
    }

    // QML that asks before layout has sized the picture gets what covers a 4K screen's height,
    // not the whole original.
    void anUnsizedRequestIsCappedAtTheLargestScreen()
    {
        const QString root = m_dir.filePath(QStringLiteral("unsized-root"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/media")));
        QImage picture(6000, 4000, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        QVERIFY(picture.save(root + QStringLiteral("/media/big.jpg"), "JPEG", 80));
        MediaImageProvider provider(root, QString());
        for (const QSize &unsized : {QSize(), QSize(0, 0), QSize(-38, -42)}) {
            std::unique_ptr<QQuickImageResponse> response(
                provider.requestImageResponse(QStringLiteral("media/big.jpg"), unsized));
            QSignalSpy done(response.get(), &QQuickImageResponse::finished);
            QVERIFY(done.wait(20000));
            std::unique_ptr<QQuickTextureFactory> texture(response->textureFactory());
            QVERIFY2(
                texture->textureSize().width() < 6000 && texture->textureSize().height() <= 2160,
                qPrintable(QStringLiteral("%1x%2")
                               .arg(texture->textureSize().width())
                               .arg(texture->textureSize().height())));
        }
        provider.shutdown();
    }

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

    // A flag imported before import refused them must still not reach outside the release:
    // the kiosk applies the same check before it draws (app/catalogue/svgcheck.h).
    void flagsThatReachOutsideAreNotDrawn()
    {
        QImage red(64, 48, QImage::Format_RGB32);
        red.fill(Qt::red);
        const QString outside = m_dir.filePath(QStringLiteral("outside.png"));
        QVERIFY(red.save(outside));
        const QString svg = write(
            QStringLiteral("reaching.svg"),
            "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='480'>\n<image href='" +
                outside.toUtf8() + "' width='640' height='480'/></svg>");
        QString error;
        const QImage image = MediaImageProvider::load(svg, QSize(144, 108), {}, &error);
        QVERIFY2(image.isNull(), "the kiosk drew a file from outside the release");
        QVERIFY2(error.contains(QLatin1String("contains <image> at line 2")), qPrintable(error));
    }

    // docs/curating.md: pictures are shown in sRGB, converted from the profile they carry; a
    // picture with none is taken to be sRGB already.
    void colourProfilesAreConvertedToSrgb_data()
    {
        QTest::addColumn<QSize>("requested");
        QTest::addColumn<bool>("cached");
        QTest::newRow("a derived size, made") << QSize(160, 120) << false;
        QTest::newRow("a derived size, from the cache") << QSize(160, 120) << true;
        QTest::newRow("the original size") << QSize() << false;
    }

    void colourProfilesAreConvertedToSrgb()
    {
        QFETCH(QSize, requested);
        QFETCH(bool, cached);
        const QColor raw(200, 100, 50);
        QImage picture(640, 480, QImage::Format_RGB32);
        picture.fill(raw);
        picture.setColorSpace(QColorSpace::AdobeRgb);  // the same numbers, meant as Adobe RGB
        const QString adobe = m_dir.filePath(QStringLiteral("adobe.jpg"));
        QVERIFY(picture.save(adobe, "JPEG", 100));
        QCOMPARE(QImage(adobe).colorSpace(), QColorSpace(QColorSpace::AdobeRgb));
        picture.setColorSpace(QColorSpace());
        const QString plain = m_dir.filePath(QStringLiteral("plain.jpg"));
        QVERIFY(picture.save(plain, "JPEG", 100));

        const QColor expected = QColorSpace(QColorSpace::AdobeRgb)
                                    .transformationToColorSpace(QColorSpace::SRgb)
                                    .map(raw);
        QVERIFY(qAbs(expected.red() - raw.red()) > 20);  // a difference a visitor sees
        const auto near = [](const QColor &a, const QColor &b) {
            return qAbs(a.red() - b.red()) <= 3 && qAbs(a.green() - b.green()) <= 3 &&
                   qAbs(a.blue() - b.blue()) <= 3;
        };
        QTemporaryDir cache;
        QString error;
        for (const auto &[file, want] : {std::pair{adobe, expected}, std::pair{plain, raw}}) {
            QImage shown = MediaImageProvider::load(file, requested, cache.path(), &error);
            if (cached)
                shown = MediaImageProvider::load(file, requested, cache.path(), &error);
            QVERIFY2(!shown.isNull(), qPrintable(error));
            const QColor pixel = shown.pixelColor(shown.width() / 2, shown.height() / 2);
            QVERIFY2(
                near(pixel, want),
                qPrintable(
                    QStringLiteral("%1: %2, expected %3").arg(file, pixel.name(), want.name())));
        }
    }
};

QTEST_MAIN(TestImages)
#include "tst_images.moc"
