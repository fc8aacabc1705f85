#include "ziparchive.h"

#include <zip.h>

ZipArchive::ZipArchive(const QByteArray &data) : m_data(data)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &error);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!m_zip)
            zip_source_free(source);
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::contains(const QString &name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

bool ZipArchive::read(const QString &name, QByteArray *out, QString *error)
{
    const auto damaged = [&]() {
        *error = QStringLiteral(
                     "the file is damaged (%1 cannot be read); save it again from "
                     "the spreadsheet program.")
                     .arg(name);
        return false;
    };
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (!m_zip || zip_stat(m_zip, name.toUtf8().constData(), 0, &stat) != 0) {
        *error = QStringLiteral(
                     "the file has no %1; save it again as an Excel (.xlsx) or "
                     "OpenDocument (.ods) spreadsheet.")
                     .arg(name);
        return false;
    }
    if (!(stat.valid & ZIP_STAT_SIZE))
        return damaged();
    // Refused on the size the archive declares, before inflating a byte of it.
    const qint64 size = qint64(qMin<zip_uint64_t>(stat.size, zip_uint64_t(kMaxInflated) + 1));
    if (m_inflated + size > kMaxInflated) {
        *error = QStringLiteral(
                     "the file would unpack to more than %1 MB, far more than a sheet "
                     "of a catalogue; it was not read.")
                     .arg(kMaxInflated / (1024 * 1024));
        return false;
    }
    zip_file_t *file = zip_fopen(m_zip, name.toUtf8().constData(), 0);
    if (!file)
        return damaged();
    // One byte more than declared: an entry that inflates past its declared size is damaged
    // (or a bomb that lies), and reading stops there.
    out->resize(size + 1);
    qint64 got = 0;
    while (got < out->size()) {
        const zip_int64_t n = zip_fread(file, out->data() + got, zip_uint64_t(out->size() - got));
        if (n < 0) {
            zip_fclose(file);
            return damaged();
        }
        if (n == 0)
            break;
        got += n;
    }
    zip_fclose(file);
    if (got != size)
        return damaged();
    out->resize(size);
    m_inflated += size;
    return true;
}
