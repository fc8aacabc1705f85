#include "textsource.h"

#include <algorithm>

namespace TextSource {

LineIndex::LineIndex(const QByteArray &data) : m_data(data)
{
    // A line ends at \n, \r\n or a lone \r (old Mac Excel), as the CSV reader and editors
    // count them; the byte order mark is not shown, so it is not a column.
    m_starts.append(bomLength(data));
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 == n || data.at(i + 1) != '\n')))
            m_starts.append(i + 1);
    }
}

Position LineIndex::positionOf(qsizetype offset) const
{
    offset = qBound(qsizetype(0), offset, m_data.size());
    // Between the \r and \n of a line end: the end of that line.
    if (offset > 0 && offset < m_data.size() && m_data.at(offset) == '\n' &&
        m_data.at(offset - 1) == '\r')
        --offset;
    if (offset < m_starts.first())
        return {};  // inside the byte order mark
    const auto line = std::upper_bound(m_starts.begin(), m_starts.end(), offset) - 1;
    Position p;
    p.line = int(line - m_starts.begin()) + 1;
    // Columns count characters; a continuation byte is not a character of its own.
    for (qsizetype i = *line; i < offset; ++i)
        p.column += (uchar(m_data.at(i)) & 0xC0) != 0x80;
    return p;
}

Position positionOf(const QByteArray &data, qsizetype offset)
{
    return LineIndex(data).positionOf(offset);
}

qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *s = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, code = c & 0x1F, minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, code = c & 0x0F, minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, code = c & 0x07, minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

qsizetype bomLength(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

}  // namespace TextSource
