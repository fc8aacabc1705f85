#include "mediaimageprovider.h"

#include "contentroot.h"
#include "mediaprobe.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QQuickTextureFactory>
#include <QRunnable>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcImages, "asean.images")

namespace {

// The size that covers `requested` with the shape of `original`; an unset side follows the other.
QSize coverSize(const QSize &original, const QSize &requested)
{
    if (!original.isValid() || (requested.width() <= 0 && requested.height() <= 0))
        return original;
    QSize target = requested;
    if (target.width() <= 0)
        target.setWidth(qRound(qreal(original.width()) * target.height() / original.height()));
    if (target.height() <= 0)
        target.setHeight(qRound(qreal(original.height()) * target.width() / original.width()));
    const QSize covered = original.scaled(target, Qt::KeepAspectRatioByExpanding);
    if (covered.width() >= original.width() || covered.height() >= original.height())
        return original;
    return covered.expandedTo(QSize(1, 1));
}

QString cacheFile(const QString &cacheDir, const QString &file, const QSize &size)
{
    // Stored files are named by their hash, so the name is the cache key.
    const QString base = QFileInfo(file).completeBaseName();
    return QStringLiteral("%1/%2x%3/%4/%5")
        .arg(cacheDir)
        .arg(size.width())
        .arg(size.height())
        .arg(base.left(2), base);
}

class Response : public QQuickImageResponse, public QRunnable {
public:
    Response(MediaImageProvider *provider, QString id, QString file, QSize requested,
             QString cacheDir)
        : m_provider(provider),
          m_id(std::move(id)),
          m_file(std::move(file)),
          m_requested(requested),
          m_cacheDir(std::move(cacheDir))
    {
        setAutoDelete(false);
    }

    void run() override
    {
        if (!m_file.isEmpty())
            m_image = MediaImageProvider::load(m_file, m_requested, m_cacheDir, &m_error);
        else
            m_error = QStringLiteral("not a stored media file");
        if (m_image.isNull())
            m_provider->reportFailure(m_id, m_error);
        emit finished();
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_image.isNull() ? m_error : QString(); }

private:
    MediaImageProvider *m_provider;
    QString m_id;
    QString m_file;
    QSize m_requested;
    QString m_cacheDir;
    QImage m_image;
    QString m_error;
};

}  // namespace

MediaImageProvider::MediaImageProvider(const QString &contentRoot) : m_root(contentRoot)
{
    // Two decoders keep one core for the GUI and render threads on a small kiosk PC.
    m_pool.setMaxThreadCount(2);
}

MediaImageProvider::~MediaImageProvider()
{
    m_pool.waitForDone();
}

QQuickImageResponse *MediaImageProvider::requestImageResponse(const QString &id,
                                                              const QSize &requestedSize)
{
    const ContentRoot root(m_root);
    const QString file = id.startsWith(QLatin1String("media/")) ? root.resolve(id) : QString();
    auto *response = new Response(this, id, file, requestedSize, root.cacheDir());
    m_pool.start(response);
    return response;
}

void MediaImageProvider::shutdown()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void MediaImageProvider::reportFailure(const QString &id, const QString &error)
{
    QMutexLocker lock(&m_mutex);
    if (m_reported.contains(id))
        return;
    m_reported.insert(id);
    qCWarning(lcImages).noquote() << "picture unavailable:" << id << "-" << error;
}

QImage MediaImageProvider::load(const QString &file, const QSize &requested,
                                const QString &cacheDir, QString *error)
{
    QImageReader reader(file);
    reader.setAutoTransform(true);
    QSize original = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        original.transpose();
    // The same refusals as at import, for files damaged or replaced since: a tidy
    // "unavailable" tile rather than a grey half-picture or a 1.6 GB decode.
    if (MediaProbe::exceedsAllocationLimit(original)) {
        *error = reader.canRead() ? QStringLiteral("larger than the decoding limit")
                                  : reader.errorString();
        return {};
    }
    if (reader.format() == "jpeg" && !MediaProbe::endsWithJpegEoi(file)) {
        *error = QStringLiteral("damaged: the picture ends early");
        return {};
    }
    const QSize target = coverSize(original, requested);
    const bool derived = target != original && !cacheDir.isEmpty();
    const QString cached = derived ? cacheFile(cacheDir, file, target) : QString();
    if (derived) {
        for (const char *suffix : {".jpg", ".png"}) {
            const QString name = cached + QLatin1String(suffix);
            if (QFileInfo::exists(name)) {
                QImage image(name);
                if (!image.isNull())
                    return image;
            }
        }
    }
    if (target.isValid() && target != original) {
        QSize scaled = target;
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            scaled.transpose();  // the reader scales before it rotates
        reader.setScaledSize(scaled);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = reader.errorString();
        return image;
    }
    if (derived) {
        // The cache is only a help: a full or read-only disk costs speed, never a picture.
        // Photos keep as JPEG (small, fast to read); flags and drawings with alpha as PNG.
        const bool alpha = image.hasAlphaChannel();
        QDir().mkpath(QFileInfo(cached).absolutePath());
        QSaveFile out(cached + QLatin1String(alpha ? ".png" : ".jpg"));
        if (out.open(QIODevice::WriteOnly) &&
            image.save(&out, alpha ? "PNG" : "JPEG", alpha ? -1 : 90))
            out.commit();
    }
    return image;
}
