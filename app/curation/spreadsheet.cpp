#include "spreadsheet.h"

#include "ziparchive.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>
#include <functional>
#include <optional>

namespace {

// An attribute by its local name: "table:name" and "name" alike, whatever prefix the file
// gives its namespace.
QString attribute(const QXmlStreamAttributes &attributes, const char *name)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == QLatin1String(name))
            return a.value().toString();
    return {};
}

QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return attribute(xml.attributes(), name);
}

// Excel's own limits; a file that claims more (repeated rows or cells in .ods) is refused
// rather than spelled out in memory.
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
constexpr qint64 kMaxCells = 4 * 1000 * 1000;

// The cells of a sheet as they are read, by row and column; gaps are filled in at the end.
class Cells {
public:
    explicit Cells(const QString &sheet) : m_sheet(sheet) {}

    // False (and the sheet is too large) when the cell is past the limits.
    bool set(int row, int column, const QString &text)
    {
        if (row < 1 || row > kMaxRows || column < 1 || column > kMaxColumns ||
            ++m_count > kMaxCells)
            return false;
        if (!text.isEmpty())
            m_rows[row][column] = text;
        return true;
    }

    QList<CsvRow> rows() const
    {
        QList<CsvRow> out;
        for (auto row = m_rows.begin(); row != m_rows.end(); ++row) {
            bool blank = true;
            for (const QString &text : *row)
                blank = blank && text.trimmed().isEmpty();
            if (blank)
                continue;
            CsvRow cells;
            const int last = row->lastKey();
            for (int column = 1; column <= last; ++column)
                cells.append({row->value(column), row.key(), column, m_sheet});
            out.append(cells);
        }
        return out;
    }

private:
    QString m_sheet;
    QMap<int, QMap<int, QString>> m_rows;
    qint64 m_count = 0;
};

class Reader {
public:
    Reader(const QByteArray &data, const QString &file, Problems *problems)
        : m_zip(data), m_file(file), m_problems(problems)
    {
    }

    QList<CsvRow> read(const QByteArray &data)
    {
        if (data.startsWith("\xD0\xCF\x11\xE0"))
            return fail(
                QStringLiteral("this is an old Excel 97-2003 workbook (.xls); save it as "
                               "an Excel Workbook (.xlsx)."));
        if (m_zip.contains(QStringLiteral("xl/workbook.xml")))
            return xlsx();
        if (m_zip.contains(QStringLiteral("content.xml")))
            return ods();
        return fail(
            QStringLiteral("this is not an Excel (.xlsx) or OpenDocument (.ods) "
                           "spreadsheet; save it again as one of them, or as CSV UTF-8."));
    }

private:
    QList<CsvRow> fail(const QString &message)
    {
        m_problems->append({m_file, {}, {}, message});
        return {};
    }

    bool entry(const QString &name, QByteArray *out)
    {
        QString error;
        if (m_zip.read(name, out, &error))
            return true;
        fail(error);
        return false;
    }

    // False, with the problem reported, when the XML is broken.
    bool finished(const QXmlStreamReader &xml, const QString &name)
    {
        if (!xml.hasError())
            return true;
        fail(QStringLiteral("the file is damaged (%1, line %2: %3); save it again from the "
                            "spreadsheet program.")
                 .arg(name)
                 .arg(xml.lineNumber())
                 .arg(xml.errorString()));
        return false;
    }

    bool tooLarge()
    {
        fail(QStringLiteral("the sheet has more than %1 rows, %2 columns or %3 cells; a "
                            "catalogue's sheet is far smaller, so it was not read.")
                 .arg(kMaxRows)
                 .arg(kMaxColumns)
                 .arg(kMaxCells));
        return false;
    }

    // --- Excel (Office Open XML) ---

    // The text of a string item (<si> or <is>): its <t>, or the <t> of its runs; phonetic
    // guides (<rPh>) are not part of the text.
    static QString stringItem(QXmlStreamReader &xml)
    {
        QString text;
        const QStringView end = xml.name();
        int skip = 0;
        while (xml.readNext() != QXmlStreamReader::Invalid) {
            if (xml.isEndElement() && xml.name() == end && skip == 0)
                break;
            if (xml.isStartElement() && (xml.name() == u"rPh" || xml.name() == u"phoneticPr"))
                ++skip;
            else if (xml.isEndElement() && (xml.name() == u"rPh" || xml.name() == u"phoneticPr"))
                --skip;
            else if (xml.isStartElement() && xml.name() == u"t" && skip == 0)
                text += xml.readElementText();
        }
        return unescaped(text);
    }

    // Excel writes characters XML cannot hold as _xHHHH_, and a literal "_x" as _x005F_x.
    static QString unescaped(const QString &text)
    {
        if (!text.contains(QLatin1String("_x")))
            return text;
        static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
        QString out;
        qsizetype at = 0;
        for (auto it = escape.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(at, m.capturedStart() - at);
            out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
            at = m.capturedEnd();
        }
        return out + text.mid(at);
    }

    // Reads the XML part `name` token by token, handing each to `step` until it returns false
    // (it has reported why). A part that is not there is fine when it is `optional`. False
    // when the part is missing, damaged or stopped.
    bool walk(const QString &name, bool optional,
              const std::function<bool(QXmlStreamReader &)> &step)
    {
        if (optional && !m_zip.contains(name))
            return true;
        QByteArray data;
        if (!entry(name, &data))
            return false;
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!step(xml))
                return false;
        }
        return finished(xml, name);
    }

    bool sharedStrings()
    {
        return walk(QStringLiteral("xl/sharedStrings.xml"), true, [&](QXmlStreamReader &xml) {
            if (xml.isStartElement() && xml.name() == u"si")
                m_strings.append(stringItem(xml));
            return true;
        });
    }

    // Whether a number format shows a date: a built-in date format, or one of the curator's
    // own that has days or years in it (text in quotes and [colours] aside).
    static bool isDateFormat(int id, const QString &code)
    {
        if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
            return true;
        static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
        const QString bare = QString(code).remove(noise).toLower();
        return bare.contains(QLatin1Char('d')) || bare.contains(QLatin1Char('y'));
    }

    bool styles()
    {
        QHash<int, QString> codes;
        bool inCellXfs = false;
        return walk(QStringLiteral("xl/styles.xml"), true, [&](QXmlStreamReader &xml) {
            if (xml.isStartElement() && xml.name() == u"numFmt") {
                codes.insert(attribute(xml, "numFmtId").toInt(), attribute(xml, "formatCode"));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = xml.isStartElement();
            } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
                const int id = attribute(xml, "numFmtId").toInt();
                m_dateStyles.append(isDateFormat(id, codes.value(id)));
            }
            return true;
        });
    }

    // The first worksheet's part, and whether dates count from 1904.
    QString firstSheet()
    {
        QString id;
        const bool read =
            walk(QStringLiteral("xl/workbook.xml"), false, [&](QXmlStreamReader &xml) {
                if (xml.isStartElement() && xml.name() == u"workbookPr") {
                    const QString value = attribute(xml, "date1904");
                    m_1904 = value == u"1" || value == u"true";
                }
                if (xml.isStartElement() && xml.name() == u"sheet" && id.isEmpty()) {
                    m_sheet = attribute(xml, "name");
                    id = attribute(xml, "id");  // r:id
                }
                return true;
            });
        QString target;
        if (!read ||
            !walk(QStringLiteral("xl/_rels/workbook.xml.rels"), false, [&](QXmlStreamReader &xml) {
                if (xml.isStartElement() && xml.name() == u"Relationship" &&
                    attribute(xml, "Id") == id)
                    target = attribute(xml, "Target");
                return true;
            }))
            return {};
        if (target.isEmpty()) {
            fail(
                QStringLiteral("the workbook has no worksheet; put the rows in its first "
                               "sheet."));
            return {};
        }
        return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
    }

    // "F12" -> row 12, column 6; false when it is no cell reference.
    static bool reference(QStringView ref, int *row, int *column)
    {
        int c = 0;
        qsizetype i = 0;
        for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
            c = c * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
            if (c > kMaxColumns)
                return false;
        }
        bool ok = false;
        const int r = ref.mid(i).toInt(&ok);
        if (i == 0 || !ok)
            return false;
        *row = r, *column = c;
        return true;
    }

    QString cellText(QXmlStreamReader &xml)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString type = attribute(attributes, "t");
        const int style = attribute(attributes, "s").toInt();
        QString value;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v")
                value = xml.readElementText();
            else if (xml.name() == u"is")
                inlineText = stringItem(xml);
            else
                xml.skipCurrentElement();
        }
        if (type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            return ok ? m_strings.value(index) : QString();
        }
        if (type == u"inlineStr")
            return inlineText;
        if (type == u"b")
            return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (type == u"d")
            return value.left(10);
        if (type == u"str" || type == u"e")
            return unescaped(value);
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok && m_dateStyles.value(style)) {
            const QString date = Spreadsheet::dateFromSerial(number, m_1904);
            if (!date.isEmpty())
                return date;
        }
        return Spreadsheet::numberText(value);
    }

    QList<CsvRow> xlsx()
    {
        const QString part = firstSheet();
        if (part.isEmpty() || !sharedStrings() || !styles())
            return {};
        Cells cells(m_sheet);
        int row = 0;
        int column = 0;
        const bool read = walk(part, false, [&](QXmlStreamReader &xml) {
            if (xml.isStartElement() && xml.name() == u"row") {
                const int r = attribute(xml, "r").toInt();
                row = qMin(r > 0 ? r : row + 1, kMaxRows + 1);
                column = 0;
            } else if (xml.isStartElement() && xml.name() == u"c") {
                int r = row;
                int c = column + 1;
                const QString ref = attribute(xml, "r");
                if (!ref.isEmpty() && !reference(ref, &r, &c))
                    c = column + 1;
                column = c;
                if (!cells.set(qMax(r, 1), c, cellText(xml)))
                    return tooLarge();
            }
            return true;
        });
        return read ? cells.rows() : QList<CsvRow>();
    }

    // --- LibreOffice (OpenDocument) ---

    // The text of a cell: its paragraphs on lines of their own, with the spaces, tabs and
    // line breaks ODF writes as elements; notes (office:annotation) are not part of it.
    static void paragraphText(QXmlStreamReader &xml, QString *text)
    {
        while (xml.readNext() != QXmlStreamReader::Invalid && !xml.isEndElement()) {
            if (xml.isCharacters()) {
                *text += xml.text();
            } else if (xml.isStartElement()) {
                if (xml.name() == u"s") {
                    const int n = attribute(xml, "c").toInt();
                    *text += QString(qBound(1, n, 1000), QLatin1Char(' '));
                    xml.skipCurrentElement();
                } else if (xml.name() == u"tab") {
                    *text += QLatin1Char('\t');
                    xml.skipCurrentElement();
                } else if (xml.name() == u"line-break") {
                    *text += QLatin1Char('\n');
                    xml.skipCurrentElement();
                } else if (xml.name() == u"annotation") {
                    xml.skipCurrentElement();
                } else {
                    paragraphText(xml, text);
                }
            }
        }
    }

    static QString odsCellText(QXmlStreamReader &xml)
    {
        const QXmlStreamAttributes a = xml.attributes();
        const QString type = attribute(a, "value-type");
        QStringList paragraphs;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"p") {
                QString text;
                paragraphText(xml, &text);
                paragraphs.append(text);
            } else {
                xml.skipCurrentElement();
            }
        }
        if (type == u"date")
            return attribute(a, "date-value").left(10);
        if (type == u"float" || type == u"percentage" || type == u"currency")
            return Spreadsheet::numberText(attribute(a, "value"));
        if (type == u"boolean")
            return attribute(a, "boolean-value") == u"true" ? QStringLiteral("TRUE")
                                                            : QStringLiteral("FALSE");
        return paragraphs.join(QLatin1Char('\n'));
    }

    static int repeat(const QXmlStreamReader &xml, const char *name)
    {
        const int n = attribute(xml, name).toInt();
        return n > 1 ? n : 1;
    }

    QList<CsvRow> ods()
    {
        const QString part = QStringLiteral("content.xml");
        QByteArray data;
        if (!entry(part, &data))
            return {};
        int row = 0;  // the last row read
        bool done = false;
        std::optional<Cells> cells;
        QXmlStreamReader xml(data);
        while (!xml.atEnd() && !done) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"table" && cells)
                done = true;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"table" && !cells) {
                cells.emplace(attribute(xml, "name"));
            } else if (cells && xml.name() == u"table-row") {
                const int rows = repeat(xml, "number-rows-repeated");
                QList<QPair<int, QString>> texts;  // column, text
                int column = 0;
                while (xml.readNextStartElement()) {
                    if (xml.name() != u"table-cell" && xml.name() != u"covered-table-cell") {
                        xml.skipCurrentElement();
                        continue;
                    }
                    const int columns = repeat(xml, "number-columns-repeated");
                    const QString text = odsCellText(xml);
                    for (int k = 0; k < columns && !text.isEmpty(); ++k) {
                        if (column + k + 1 > kMaxColumns)
                            return tooLarge(), QList<CsvRow>();
                        texts.append({column + k + 1, text});
                    }
                    column = qMin(column + qMin(columns, kMaxColumns), kMaxColumns + 1);
                }
                // Empty rows repeated to the end of the sheet are counted, not spelled out.
                for (int k = 0; k < rows && !texts.isEmpty(); ++k)
                    for (const auto &[c, text] : texts)
                        if (!cells->set(row + k + 1, c, text))
                            return tooLarge(), QList<CsvRow>();
                row = qMin(row + qMin(rows, kMaxRows), kMaxRows + 1);
            }
        }
        if (!finished(xml, part))
            return {};
        if (!cells)
            return fail(
                QStringLiteral("the spreadsheet has no sheet; put the rows in its first "
                               "sheet."));
        return cells->rows();
    }

    ZipArchive m_zip;
    QString m_file;
    Problems *m_problems;
    QStringList m_strings;
    QList<bool> m_dateStyles;  // by style index: does its number format show a date
    QString m_sheet;
    bool m_1904 = false;
};

}  // namespace

namespace Spreadsheet {

bool isSpreadsheet(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods");
}

QList<CsvRow> read(const QByteArray &data, const QString &file, Problems *problems)
{
    return Reader(data, file, problems).read(data);
}

QString numberText(const QString &stored)
{
    bool ok = false;
    const double number = stored.toDouble(&ok);
    if (ok && std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return stored;
}

QString dateFromSerial(double serial, bool from1904)
{
    if (!std::isfinite(serial) || serial < (from1904 ? 0 : 1) || serial > 2958465)
        return {};  // 2958465 is 9999-12-31
    const qint64 day = qint64(std::floor(serial));
    if (from1904)
        return QDate(1904, 1, 1).addDays(day).toString(Qt::ISODate);
    // Excel counts a 29 February 1900 that never was (for Lotus 1-2-3), so from day 61 on
    // the days count from one day earlier.
    return QDate(1899, 12, day < 61 ? 31 : 30).addDays(day).toString(Qt::ISODate);
}

}  // namespace Spreadsheet
