#pragma once
// The content-addressed store of originals: a file is named by the SHA-256 of its bytes, so
// the same photo is stored once, a stored file is never modified, and any copy can be checked.

#include <QString>

class ContentRoot;

class MediaStore {
public:
    explicit MediaStore(const ContentRoot &root);

    struct Entry {
        QString hash;          // lower-case hex SHA-256
        QString relativePath;  // media/ab/<hash>.<ext>, relative to the content root
        qint64 bytes = 0;
    };

    // Copies `source` into the store (once); the temporary copy is renamed into place only
    // after it was flushed, so a crash never leaves a half file under a valid name.
    bool add(const QString &source, Entry *entry, QString *error) const;

    // SHA-256 of a file as lower-case hex, or empty when it cannot be read.
    static QString hashFile(const QString &path, qint64 *bytes = nullptr);
    static QString relativePathFor(const QString &hash, const QString &suffix);

private:
    QString m_rootPath;
};
