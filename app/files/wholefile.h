#pragma once
// A whole file replaced so that readers see the old one or the new one, never a part of
// either: the bytes go to a temporary file in the same folder, every write, the fsync and the
// close are checked, and only then the temporary file is renamed over the old one. On any
// failure (a full or read-only disk) the old file stays as it was and the caller gets the
// reason. QSaveFile does not do this alone: its buffer is written when it closes, and an error
// there was not reported, so a full disk turned status.json and the staff PIN into empty files.
// Every program writes whole files through this; the file has its mode before it has its name.

#include "access.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>

// Writes all `size` bytes of `data` to `fd`, going on after short writes; false with errno set
// when it cannot. WholeFile writes with it, and so does the log, which appends.
bool writeAll(int fd, const char *data, qint64 size);

class WholeFile {
public:
    WholeFile(QString path, Access access);
    // Removes the temporary file unless it was committed.
    ~WholeFile();
    WholeFile(const WholeFile &) = delete;
    WholeFile &operator=(const WholeFile &) = delete;

    // Writes `bytes` to `path` in one go; false with `error` (a clause naming the file and the
    // system's reason) when it could not, and then the old file is unchanged.
    static bool write(const QString &path, const QByteArray &bytes, Access access,
                      QString *error = nullptr);

    // Copies `source` to `path` the same way, showing each chunk to `seen` (a hash, say) as it
    // passes, so each byte is read once. False with `error` when `source` cannot be read or
    // `path` cannot be written.
    static bool copy(const QString &source, const QString &path, Access access, QString *error,
                     const std::function<void(QByteArrayView)> &seen = {});

    // Makes the temporary file; then write() as often as needed, then commit().
    bool open();
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    // fsyncs, closes and renames the temporary file over `path`.
    bool commit();

    QString path() const { return m_path; }
    // "cannot write /x/status.json (No space left on device)"; empty while all went well.
    QString errorString() const { return m_error; }

private:
    bool fail(int error);

    QString m_path;
    Access m_access;
    QString m_temporary;
    int m_fd = -1;
    QString m_error;
};
