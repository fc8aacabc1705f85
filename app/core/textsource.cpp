#include "textsource.h"

#include <QString>

namespace TextSource {

Position positionOf(const QByteArray &data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    const QByteArrayView before(data.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    Position p;
    p.line = int(before.count('\n')) + 1;
    // Columns count characters; a continuation byte is not a character of its own.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        column += (uchar(data.at(i)) & 0xC0) != 0x80;
    p.column = column;
    return p;
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
