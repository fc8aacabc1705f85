#include "csvtable.h"

#include "textsource.h"

#include <QStringDecoder>

namespace {

// The separator is whichever of , ; and tab the header line uses most, outside quotes.
QChar sniffSeparator(const QString &text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k];
    }
    int best = 0;
    for (int k = 1; k < 3; ++k)
        if (counts[k] > counts[best])
            best = k;
    return candidates[best];
}

class Parser {
public:
    Parser(const QString &text, const QString &file, Problems *problems)
        : m_text(text), m_file(file), m_problems(problems), m_separator(sniffSeparator(text))
    {
    }

    QList<CsvRow> rows()
    {
        QList<CsvRow> rows;
        CsvRow row;
        while (m_at < m_text.size()) {
            row.append(field());
            if (m_at >= m_text.size())
                break;
            const QChar c = m_text.at(m_at);
            if (c == m_separator) {
                advance();
                if (m_at >= m_text.size())
                    row.append(CsvCell{QString(), m_line, m_column, {}});
                continue;
            }
            // A line end: \r\n, \n or a lone \r (old Mac Excel).
            advance();
            if (c == QLatin1Char('\r') && m_at < m_text.size() &&
                m_text.at(m_at) == QLatin1Char('\n'))
                advance();
            keep(&rows, &row);
        }
        keep(&rows, &row);
        return rows;
    }

private:
    static void keep(QList<CsvRow> *rows, CsvRow *row)
    {
        for (const CsvCell &cell : std::as_const(*row)) {
            if (!cell.text.trimmed().isEmpty()) {
                rows->append(*row);
                break;
            }
        }
        row->clear();
    }

    void advance()
    {
        if (m_text.at(m_at) == QLatin1Char('\n') ||
            (m_text.at(m_at) == QLatin1Char('\r') &&
             (m_at + 1 >= m_text.size() || m_text.at(m_at + 1) != QLatin1Char('\n')))) {
            ++m_line;
            m_column = 1;
        } else if (!m_text.at(m_at).isLowSurrogate()) {
            ++m_column;
        }
        ++m_at;
    }

    bool atFieldEnd() const
    {
        if (m_at >= m_text.size())
            return true;
        const QChar c = m_text.at(m_at);
        return c == m_separator || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }

    CsvCell field()
    {
        CsvCell cell{QString(), m_line, m_column, {}};
        if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('"'))
            return quoted(cell);
        while (!atFieldEnd()) {
            cell.text.append(m_text.at(m_at));
            advance();
        }
        return cell;
    }

    CsvCell quoted(CsvCell cell)
    {
        advance();  // the opening quote
        for (;;) {
            if (m_at >= m_text.size()) {
                m_problems->append(
                    {m_file,
                     QStringLiteral("%1:%2").arg(cell.line).arg(cell.column),
                     {},
                     QStringLiteral("this quoted field is never closed; add the closing \" (a "
                                    "quote inside a field is written twice: \"\").")});
                return cell;
            }
            const QChar c = m_text.at(m_at);
            advance();
            if (c == QLatin1Char('\r')) {
                // A line break inside a cell is one \n, however the file ends its lines.
                if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('\n'))
                    continue;
                cell.text.append(QLatin1Char('\n'));
            } else if (c != QLatin1Char('"')) {
                cell.text.append(c);
            } else if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('"')) {
                cell.text.append(c);
                advance();
            } else {
                break;
            }
        }
        if (!atFieldEnd()) {
            m_problems->append(
                {m_file,
                 QStringLiteral("%1:%2").arg(m_line).arg(m_column),
                 {},
                 QStringLiteral("there is text after the closing quote of a field; put the "
                                "whole field in quotes and write a quote inside it as \"\".")});
            while (!atFieldEnd()) {
                cell.text.append(m_text.at(m_at));
                advance();
            }
        }
        return cell;
    }

    const QString &m_text;
    QString m_file;
    Problems *m_problems;
    QChar m_separator;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
};

// A cell a spreadsheet would run as a formula (OWASP's "CSV injection"): it starts with = + - @,
// a tab or a carriage return, after any apostrophes.
bool looksLikeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && QStringLiteral("=+-@\t\r").contains(text.at(i));
}

// Written with one more leading apostrophe, which makes a spreadsheet take the cell as text;
// read back with one fewer. Counting the apostrophes already there keeps the two inverse:
// "'=x" is written "''=x".
QString neutralised(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString restored(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && looksLikeFormula(text) ? text.mid(1) : text;
}

QString quote(const QString &field)
{
    static const QString special = QStringLiteral(",;\t\"\r\n");
    bool needs = field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    for (const QChar c : field)
        needs = needs || special.contains(c);
    if (!needs)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

}  // namespace

namespace Csv {

Problem problemAt(const QString &file, const QString &sheet, int line, int column,
                  const QString &field, const QString &message)
{
    if (sheet.isEmpty())
        return {file, QStringLiteral("%1:%2").arg(line).arg(column), field, message};
    Problem p{file, QStringLiteral("sheet %1, cell %2%3").arg(sheet, columnName(column)).arg(line),
              field, message};
    p.cell = true;
    return p;
}

QString columnName(int column)
{
    QString name;
    for (; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

QList<CsvRow> parse(const QByteArray &data, const QString &file, Problems *problems)
{
    const qsizetype invalid = TextSource::firstInvalidUtf8(data);
    if (invalid >= 0) {
        const TextSource::Position p = TextSource::positionOf(data, invalid);
        problems->append({file,
                          QStringLiteral("%1:%2").arg(p.line).arg(p.column),
                          {},
                          QStringLiteral("this is not UTF-8 text; save the sheet as \"CSV UTF-8 "
                                         "(comma delimited)\" (Excel) or with the character set "
                                         "Unicode (UTF-8) (LibreOffice).")});
        return {};
    }
    // One byte order mark is skipped; QString::fromUtf8 would drop a second one as well,
    // losing a U+FEFF that begins the first cell and shifting the columns of the first line.
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = utf8(data.mid(TextSource::bomLength(data)));
    QList<CsvRow> rows = Parser(text, file, problems).rows();
    for (CsvRow &row : rows)
        for (CsvCell &cell : row)
            cell.text = restored(cell.text);
    return rows;
}

QByteArray write(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &field : row)
            fields.append(quote(neutralised(field)));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

}  // namespace Csv
