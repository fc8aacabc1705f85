#pragma once
// A zip file held in memory, read with libzip: .xlsx and .ods files are zip files of XML. The
// size an entry declares is checked before anything is inflated, and inflating stops at that
// size, so a small file that would inflate to gigabytes (a zip bomb) is refused, not read.

#include <QByteArray>
#include <QString>

struct zip;

class ZipArchive {
public:
    // What the entries read from one archive may inflate to, together. A curator's sheet of
    // a few thousand rows is a few MB.
    static constexpr qint64 kMaxInflated = 64 * 1024 * 1024;

    explicit ZipArchive(const QByteArray &data);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    bool contains(const QString &name) const;

    // The inflated bytes of `name`; false with `error` (a sentence for the curator) when it is
    // missing, too large or damaged.
    bool read(const QString &name, QByteArray *out, QString *error);

private:
    QByteArray m_data;  // libzip reads from it for the archive's whole life
    zip *m_zip = nullptr;
    qint64 m_inflated = 0;
};
