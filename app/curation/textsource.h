#pragma once
// Reading a curator's text file: where a byte offset is as line and column, and whether the
// bytes are UTF-8 at all. Shared by the CSV and JSON manifest readers so both point at the
// same place an editor shows.

#include <QByteArray>
#include <QList>

namespace TextSource {

struct Position {
    int line = 1;
    int column = 1;  // in characters, as editors count them
};

Position positionOf(const QByteArray &data, qsizetype offset);

// The same for many offsets of one text: the line starts are found once (a manifest has
// thousands of values; finding each from the start would be quadratic).
class LineIndex {
public:
    explicit LineIndex(const QByteArray &data);
    Position positionOf(qsizetype offset) const;

private:
    const QByteArray &m_data;
    QList<qsizetype> m_starts;  // offset of each line's first byte
};

// Offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and
// code points past U+10FFFF included), or -1 when all of it is valid.
qsizetype firstInvalidUtf8(const QByteArray &data);

// Length of a UTF-8 byte order mark at the start (Excel writes one), else 0.
qsizetype bomLength(const QByteArray &data);

}  // namespace TextSource
