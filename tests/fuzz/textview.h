#pragma once
// How an editor shows a curator's file, modelled independently of app/curation/textsource so the
// fuzz target can check the line:column the readers report: a byte order mark at the start is
// not shown (a second one is a character), a line ends at \r\n, \n or a lone \r (old Mac
// Excel; the CSV reader counts it as well), and a column counts characters (code points).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

class TextView {
public:
    explicit TextView(const QByteArray &data)
    {
        for (qsizetype i = 0; i < data.size(); ++i)
            m_lineCount += isLineEnd(data, i);
        // Stateless: a sequence cut off at the end is an error, not a wait for more bytes.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                      QStringDecoder::Flag::ConvertInitialBom);
        QString text = utf8(data);
        m_utf8 = !utf8.hasError();
        if (!m_utf8)
            return;
        if (data.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 1);
        m_lines.append(QList<char32_t>());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\n' || (c == u'\r' && (i + 1 == text.size() || text.at(i + 1) != u'\n'))) {
                m_lines.append(QList<char32_t>());
            } else if (c.isHighSurrogate() && i + 1 < text.size()) {
                m_lines.last().append(QChar::surrogateToUcs4(c, text.at(i + 1)));
                ++i;  // the pair is one character
            } else if (c != u'\r') {
                m_lines.last().append(c.unicode());
            }
        }
    }

    bool isUtf8() const { return m_utf8; }
    int lineCount() const { return m_lineCount; }

    // Characters of a line (1-based); empty past the end or when the text is not UTF-8.
    QList<char32_t> line(int number) const { return m_lines.value(number - 1); }

    // Whether line:column is a place in the text: on one of its lines, at most one past its end
    // (columns are not checked in text that is not UTF-8: it has no characters to count).
    bool contains(int line, int column) const
    {
        if (line < 1 || column < 1 || line > m_lineCount)
            return false;
        return !m_utf8 || column <= this->line(line).size() + 1;
    }

    // The character at line:column, or 0 at a line's end.
    char32_t at(int line, int column) const { return this->line(line).value(column - 1); }

private:
    static bool isLineEnd(const QByteArray &data, qsizetype i)
    {
        return data.at(i) == '\n' ||
               (data.at(i) == '\r' && (i + 1 == data.size() || data.at(i + 1) != '\n'));
    }

    int m_lineCount = 1;
    bool m_utf8 = false;
    QList<QList<char32_t>> m_lines;
};
