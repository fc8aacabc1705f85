#include "mediaimageprovider.h"

#include "contentroot.h"
#include "derivedimage.h"

#include <QDir>
#include <QLoggingCategory>
#include <QQuickTextureFactory>
#include <QRunnable>

#include <atomic>
#include <memory>

Q_LOGGING_CATEGORY(lcImages, "asean.images")

namespace {

// The short side of the largest screen a kiosk drives (3840x2160).
constexpr int kLargestScreen = 2160;

// One decode on the provider's pool. It is not the response: Qt Quick deletes a cancelled
// response (deleteLater) while its decode may still be running, so the decode only reports
// back through a queued signal, which Qt drops once the response is gone.
class Decode : public QObject, public QRunnable {
    Q_OBJECT
public:
    Decode(MediaImageProvider *provider, QString id, QString file, QSize requested,
           QString noFileError, std::shared_ptr<std::atomic_bool> cancelled)
        : m_provider(provider),
          m_id(std::move(id)),
          m_file(std::move(file)),
          m_requested(requested),
          m_error(std::move(noFileError)),
          m_cancelled(std::move(cancelled))
    {
    }

    void run() override
    {
        // A view that scrolled or closed no longer wants it: no decode for nobody.
        if (m_cancelled->load())
            return;
        QImage image;
        if (!m_file.isEmpty())
            image = MediaImageProvider::load(m_file, m_requested, m_provider->cacheDir(), &m_error,
                                             m_provider->sharedCacheDir());
        if (image.isNull())
            m_provider->reportFailure(m_id, m_error);
        emit decoded(image, image.isNull() ? m_error : QString());
    }

signals:
    void decoded(const QImage &image, const QString &error);

private:
    MediaImageProvider *m_provider;
    QString m_id;
    QString m_file;
    QSize m_requested;
    QString m_error;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

class Response : public QQuickImageResponse {
public:
    Response() = default;

    void take(const QImage &image, const QString &error)
    {
        m_image = image;
        m_error = error;
        emit finished();
    }
    void cancel() override { m_cancelled->store(true); }
    std::shared_ptr<std::atomic_bool> cancelled() const { return m_cancelled; }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_error; }

private:
    QImage m_image;
    QString m_error;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

}  // namespace

MediaImageProvider::MediaImageProvider(const QString &contentRoot, const QString &cacheDir)
    : m_root(contentRoot), m_cacheDir(QDir::cleanPath(cacheDir))
{
    const QString shared = ContentRoot(contentRoot).cacheDir();
    if (shared != m_cacheDir)
        m_sharedCacheDir = shared;
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
    QString file = id.startsWith(QLatin1String("media/")) ? root.resolve(id) : QString();
    QString error = QStringLiteral("not a stored media file");
    {
        QMutexLocker lock(&m_mutex);
        if (m_unavailable.contains(id)) {
            file.clear();
            error = QStringLiteral("missing or damaged: it does not match its release's checksum");
        }
    }
    // A picture asked for before layout gave it a size (no sourceSize, or 0x0) would decode the
    // whole original, 24 megapixels for a camera file: such a request gets what covers a 4K
    // screen's height.
    const QSize size = requestedSize.width() > 0 || requestedSize.height() > 0
                           ? requestedSize
                           : QSize(kLargestScreen, kLargestScreen);
    auto *response = new Response;
    auto *decode = new Decode(this, id, file, size, error, response->cancelled());
    QObject::connect(decode, &Decode::decoded, response, &Response::take);
    m_pool.start(decode);
    return response;
}

void MediaImageProvider::shutdown()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void MediaImageProvider::setUnavailable(const QStringList &paths)
{
    QMutexLocker lock(&m_mutex);
    m_unavailable = QSet<QString>(paths.cbegin(), paths.cend());
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
                                const QString &cacheDir, QString *error,
                                const QString &sharedCacheDir)
{
    return DerivedImage::load(file, requested, cacheDir, error, sharedCacheDir);
}

#include "mediaimageprovider.moc"
