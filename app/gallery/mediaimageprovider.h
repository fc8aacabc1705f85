#pragma once
// Serves stored pictures to QML (image://media/<path>) on its own thread pool, decoding each
// at the size asked for: libjpeg scales in the DCT, so a 24-megapixel original becomes a grid
// thumbnail without ever being decoded whole. Derived sizes are kept under the content root's
// cache/, named by content hash and size, so the next start reads a small file instead.

#include <QMutex>
#include <QQuickAsyncImageProvider>
#include <QSet>
#include <QThreadPool>

class MediaImageProvider : public QQuickAsyncImageProvider {
public:
    explicit MediaImageProvider(const QString &contentRoot);
    ~MediaImageProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id,
                                              const QSize &requestedSize) override;

    // Decodes `file` so it covers `requested` (keeping its shape, never enlarging); uses and
    // fills `cacheDir` when it is not empty. Public for the benchmarks and tests.
    static QImage load(const QString &file, const QSize &requested, const QString &cacheDir,
                       QString *error);

    // Drops queued decodes and waits for running ones. Qt Quick keeps the provider alive past
    // the engine, so without this a decode can still run while the program exits.
    void shutdown();

    // Logs each failing id once, however often a view asks for it again.
    void reportFailure(const QString &id, const QString &error);

private:
    QString m_root;
    QThreadPool m_pool;
    QMutex m_mutex;
    QSet<QString> m_reported;
};
