#include "mediastore.h"

#include "contentroot.h"
#include "folders.h"
#include "wholefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

MediaStore::MediaStore(const ContentRoot &root) : m_rootPath(root.path()) {}

QString MediaStore::hashFile(const QString &path, qint64 *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    if (bytes)
        *bytes = file.size();
    return QString::fromLatin1(hash.result().toHex());
}

QString MediaStore::relativePathFor(const QString &hash, const QString &suffix)
{
    QString name = QStringLiteral("media/%1/%2").arg(hash.left(2), hash);
    if (!suffix.isEmpty())
        name += QLatin1Char('.') + suffix.toLower();
    return name;
}

bool MediaStore::add(const QString &source, Entry *entry, QString *error) const
{
    // Hash while copying into a temporary file, so each byte is read once; the copy is flushed
    // to disk (WholeFile) before it is moved under its content name.
    const QString tmpDir = ContentRoot(m_rootPath).incomingDir();
    const QString staged = tmpDir + QStringLiteral("/") + QFileInfo(source).fileName();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QString problem;
    if (!Folders::make(tmpDir, Access::Shared, &problem) ||
        !WholeFile::copy(source, staged, Access::Media, &problem, [&](QByteArrayView chunk) {
            hash.addData(chunk);
            total += chunk.size();
        })) {
        *error = problem + QStringLiteral(
                               "; check that the original can be read and that the content "
                               "folder has room and can be written");
        return false;
    }
    entry->hash = QString::fromLatin1(hash.result().toHex());
    entry->bytes = total;
    entry->relativePath = relativePathFor(entry->hash, QFileInfo(source).suffix());
    const QString target = m_rootPath + QLatin1Char('/') + entry->relativePath;
    if (QFileInfo::exists(target)) {
        QFile::remove(staged);
        return true;
    }
    if (!Folders::make(QFileInfo(target).absolutePath(), Access::Shared, &problem) ||
        !QFile::rename(staged, target)) {
        QFile::remove(staged);
        *error = QStringLiteral("cannot move %1 into the media store (%2)")
                     .arg(source, problem.isEmpty() ? QStringLiteral("rename failed") : problem);
        return false;
    }
    return true;
}
