#include "folders.h"

#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>

namespace Folders {

bool make(const QString &path, Access access, QString *error)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    const QByteArray native = QFile::encodeName(clean);
    struct stat info;
    if (::stat(native.constData(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return true;
        errno = ENOTDIR;
    } else if (errno == ENOENT) {
        const qsizetype slash = clean.lastIndexOf(QLatin1Char('/'));
        if (slash > 0 && !make(clean.left(slash), access, error))
            return false;
        // mkdir applies the umask; chmod then gives exactly the mode (the umask only removes).
        if ((::mkdir(native.constData(), folderMode(access)) == 0 &&
             ::chmod(native.constData(), folderMode(access)) == 0) ||
            (errno == EEXIST && QFileInfo(clean).isDir()))
            return true;
    }
    if (error)
        *error = QStringLiteral("cannot make %1 (%2)").arg(clean, qt_error_string(errno));
    return false;
}

}  // namespace Folders
