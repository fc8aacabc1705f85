#pragma once
// Serves stored pictures to QML (image://media/<path>) on its own thread pool, decoding each
// at the size asked for: libjpeg scales in the DCT, so a 24-megapixel original becomes a grid
// thumbnail without ever being decoded whole. Derived sizes are kept in this kiosk's cache,
// named by content hash and size, so the next start reads a small file instead; the sizes
// import made in the content root's cache/ are read from there.

#include <QMutex>
#include <QQuickAsyncImageProvider>
#include <QSet>
#include <QThreadPool>

class MediaImageProvider : public QQuickAsyncImageProvider {
public:
    MediaImageProvider(const QString &contentRoot, const QString &cacheDir);
    ~MediaImageProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id,
                                              const QSize &requestedSize) override;

    // Decodes `file` so it covers `requested` (keeping its shape, never enlarging); uses and
    // fills `cacheDir` when it is not empty, and reads `sharedCacheDir` without writing it.
    // Public for the benchmarks and tests.
    static QImage load(const QString &file, const QSize &requested, const QString &cacheDir,
                       QString *error, const QString &sharedCacheDir = {});
    QString cacheDir() const { return m_cacheDir; }
    // The content root's cache/ when it is not this kiosk's own; empty otherwise.
    QString sharedCacheDir() const { return m_sharedCacheDir; }

    // Drops queued decodes and waits for running ones. Qt Quick keeps the provider alive past
    // the engine, so without this a decode can still run while the program exits.
    void shutdown();

    // Stored files (ids as QML asks for them) found missing or damaged: shown as unavailable,
    // never decoded (see LiveCatalogue::mediaChecked).
    void setUnavailable(const QStringList &paths);

    // Logs each failing id once, however often a view asks for it again.
    void reportFailure(const QString &id, const QString &error);

private:
    QString m_root;
    QString m_cacheDir;
    QString m_sharedCacheDir;
    QThreadPool m_pool;
    QMutex m_mutex;
    QSet<QString> m_reported;
    QSet<QString> m_unavailable;
};
