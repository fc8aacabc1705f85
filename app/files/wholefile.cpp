#include "wholefile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>

WholeFile::WholeFile(QString path, Access access) : m_path(std::move(path)), m_access(access) {}

WholeFile::~WholeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_temporary.isEmpty())
        ::unlink(QFile::encodeName(m_temporary).constData());
}

bool WholeFile::write(const QString &path, const QByteArray &bytes, Access access, QString *error)
{
    WholeFile file(path, access);
    if (file.open() && file.write(bytes) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool WholeFile::copy(const QString &source, const QString &path, Access access, QString *error,
                     const std::function<void(QByteArrayView)> &seen)
{
    constexpr qint64 kChunk = 1024 * 1024;
    QFile in(source);
    WholeFile out(path, access);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1 (%2)").arg(source, in.errorString());
        return false;
    }
    if (!out.open()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 read = in.read(chunk.data(), kChunk);
        if (read < 0) {
            if (error)
                *error = QStringLiteral("cannot read %1 (%2)").arg(source, in.errorString());
            return false;
        }
        if (read == 0)
            break;
        if (seen)
            seen(QByteArrayView(chunk.constData(), read));
        if (!out.write(chunk.constData(), read))
            break;
    }
    if (out.commit())
        return true;
    if (error)
        *error = out.errorString();
    return false;
}

bool WholeFile::open()
{
    const QFileInfo info(m_path);
    // Hidden, beside the file: the rename stays within one file system and one folder.
    QByteArray name = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") +
                                        info.fileName() + QStringLiteral(".XXXXXX"));
    m_fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (m_fd < 0)
        return fail(errno);
    m_temporary = QFile::decodeName(name);
    // mkostemp makes it 0600 whatever the umask; it gets its own mode before it gets its name.
    if (::fchmod(m_fd, fileMode(m_access)) != 0)
        return fail(errno);
    return true;
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0 && errno != EINTR)
            return false;
        if (written > 0) {
            data += written;
            size -= written;
        }
    }
    return true;
}

bool WholeFile::write(const char *data, qint64 size)
{
    return m_fd >= 0 && (writeAll(m_fd, data, size) || fail(errno));
}

bool WholeFile::commit()
{
    if (m_fd < 0)
        return false;
    // Data on disk before the name points at it: a power cut never leaves an empty file.
    if (::fsync(m_fd) != 0)
        return fail(errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        return fail(errno);
    if (std::rename(QFile::encodeName(m_temporary).constData(),
                    QFile::encodeName(m_path).constData()) != 0)
        return fail(errno);
    m_temporary.clear();
    // The rename itself, on disk: fsync the folder (where the file system allows it).
    const int folder = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}

bool WholeFile::fail(int error)
{
    m_error = QStringLiteral("cannot write %1 (%2)").arg(m_path, qt_error_string(error));
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    return false;
}
