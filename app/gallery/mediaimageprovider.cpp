#include "mediaimageprovider.h"

#include "contentroot.h"
#include "derivedimage.h"

#include <QDir>
#include <QLoggingCategory>
#include <QQuickTextureFactory>
#include <QRunnable>

Q_LOGGING_CATEGORY(lcImages, "asean.images")

namespace {

class Response : public QQuickImageResponse, public QRunnable {
public:
    Response(MediaImageProvider *provider, QString id, QString file, QSize requested,
             QString noFileError)
        : m_provider(provider),
          m_id(std::move(id)),
          m_file(std::move(file)),
          m_requested(requested),
          m_error(std::move(noFileError))
    {
        setAutoDelete(false);
    }

    void run() override
    {
        if (!m_file.isEmpty())
            m_image = MediaImageProvider::load(m_file, m_requested, m_provider->cacheDir(),
                                               &m_error, m_provider->sharedCacheDir());
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
    QImage m_image;
    QString m_error;
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
    auto *response = new Response(this, id, file, requestedSize, error);
    m_pool.start(response);
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
