#include "mediastore.h"

#include "contentroot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
constexpr qint64 kChunk = 1 << 20;
}

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
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(source, in.errorString());
        return false;
    }
    // Hash while copying into a temporary file, so each byte is read once.
    const QString tmpDir = ContentRoot(m_rootPath).incomingDir();
    QDir().mkpath(tmpDir);
    QSaveFile out(tmpDir + QStringLiteral("/") + QFileInfo(source).fileName());
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write to the media store: %1").arg(out.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            break;
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            *error = QStringLiteral("cannot write to the media store (is the disk full?): %1")
                         .arg(out.errorString());
            out.cancelWriting();
            return false;
        }
        total += chunk.size();
    }
    if (in.error() != QFileDevice::NoError) {
        *error = QStringLiteral("cannot read %1: %2").arg(source, in.errorString());
        out.cancelWriting();
        return false;
    }
    entry->hash = QString::fromLatin1(hash.result().toHex());
    entry->bytes = total;
    entry->relativePath = relativePathFor(entry->hash, QFileInfo(source).suffix());
    const QString target = m_rootPath + QLatin1Char('/') + entry->relativePath;
    if (QFileInfo::exists(target)) {
        out.cancelWriting();
        return true;
    }
    // QSaveFile flushes and syncs before its rename; then the file is moved under its name.
    const QString staged = out.fileName();
    if (!out.commit()) {
        *error = QStringLiteral("cannot write to the media store (is the disk full?): %1")
                     .arg(out.errorString());
        return false;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (!QFile::rename(staged, target)) {
        QFile::remove(staged);
        *error = QStringLiteral("cannot move %1 into the media store").arg(source);
        return false;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}
