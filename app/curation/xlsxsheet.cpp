#include "xlsxsheet.h"

#include "wholefile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <vector>

namespace {

// Excel's longest list written into a validation itself; longer lists go on a hidden sheet.
constexpr qsizetype kMaxInlineList = 255;

// The bytes of a cell's text. Excel reads _xHHHH_ in a cell as the character HHHH and writes
// a text that has one as _x005F_xHHHH_; libxlsxwriter does not, so it is done here, and a
// curator's "_x0041_" stays as written (the reader, spreadsheet.cpp, undoes it).
QByteArray cellText(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    return QString(text).replace(escape, QStringLiteral("_x005F_\\1")).toUtf8();
}

class Writer {
public:
    Writer(const QString &file, const QString &sheet)
        : m_book(workbook_new(file.toUtf8().constData())),
          m_sheet(m_book ? workbook_add_worksheet(m_book, sheet.toUtf8().constData()) : nullptr)
    {
        if (!m_sheet)
            return;
        m_text = workbook_add_format(m_book);
        format_set_num_format_index(m_text, 49);  // Text ("@")
        m_header = workbook_add_format(m_book);
        format_set_num_format_index(m_header, 49);
        format_set_bold(m_header);
    }

    ~Writer()
    {
        if (m_book && !m_closed)
            workbook_close(m_book);
    }

    bool ok() const { return m_sheet != nullptr; }

    void rows(const QList<QStringList> &rows, const QMap<QString, double> &widths)
    {
        const QStringList header = rows.value(0);
        for (int c = 0; c < header.size(); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c),
                                 widths.value(header.at(c), 14), m_text);
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows.at(r).size(); ++c)
                worksheet_write_string(m_sheet, lxw_row_t(r), lxw_col_t(c),
                                       cellText(rows.at(r).at(c)).constData(),
                                       r == 0 ? m_header : m_text);
        worksheet_freeze_panes(m_sheet, 1, 0);
    }

    void choices(int column, const XlsxSheet::Choices &choices)
    {
        if (choices.values.isEmpty())
            return;
        lxw_data_validation validation = {};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.error_type =
            choices.strict ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_INFORMATION;
        // libxlsxwriter copies the list or formula during the call.
        std::vector<QByteArray> values;
        std::vector<const char *> pointers;
        QByteArray formula;
        if (choices.values.join(QLatin1Char(',')).size() <= kMaxInlineList) {
            for (const QString &v : choices.values)
                values.push_back(v.toUtf8());
            for (const QByteArray &v : values)
                pointers.push_back(v.constData());
            pointers.push_back(nullptr);
            validation.value_list = const_cast<char **>(pointers.data());
        } else {
            formula = listRange(choices.values);
            validation.value_formula = formula.data();
        }
        worksheet_data_validation_range(m_sheet, 1, lxw_col_t(column), LXW_ROW_MAX - 1,
                                        lxw_col_t(column), &validation);
    }

    bool close()
    {
        m_closed = true;
        return workbook_close(m_book) == LXW_NO_ERROR;
    }

private:
    // Writes a long list into a column of the hidden "lists" sheet and returns its range.
    QByteArray listRange(const QStringList &values)
    {
        if (!m_lists) {
            m_lists = workbook_add_worksheet(m_book, "lists");
            worksheet_hide(m_lists);
        }
        const lxw_col_t column = m_listColumns++;
        for (int r = 0; r < values.size(); ++r)
            worksheet_write_string(m_lists, lxw_row_t(r), column,
                                   cellText(values.at(r)).constData(), m_text);
        char first[32];
        char last[32];
        lxw_rowcol_to_cell_abs(first, 0, column, 1, 1);
        lxw_rowcol_to_cell_abs(last, lxw_row_t(values.size() - 1), column, 1, 1);
        return QByteArrayLiteral("=lists!") + first + ':' + last;
    }

    lxw_workbook *m_book;
    lxw_worksheet *m_sheet;
    lxw_worksheet *m_lists = nullptr;
    lxw_col_t m_listColumns = 0;
    lxw_format *m_text = nullptr;
    lxw_format *m_header = nullptr;
    bool m_closed = false;
};

}  // namespace

namespace XlsxSheet {

bool write(const QString &path, const QString &sheet, const QList<QStringList> &rows,
           const QMap<QString, double> &widths, const QMap<QString, Choices> &choices,
           QString *error)
{
    // libxlsxwriter writes a file by name; it is made aside, then written in one go
    // (wholefile.h) so a full disk never leaves half a workbook in the export.
    QTemporaryDir scratch;
    const QString made = scratch.filePath(QStringLiteral("sheet.xlsx"));
    {
        Writer writer(made, sheet);
        if (!writer.ok()) {
            *error = QStringLiteral("cannot make the workbook %1").arg(path);
            return false;
        }
        writer.rows(rows, widths);
        const QStringList header = rows.value(0);
        for (int c = 0; c < header.size(); ++c)
            if (choices.contains(header.at(c)))
                writer.choices(c, choices.value(header.at(c)));
        if (!writer.close()) {
            *error = QStringLiteral("cannot write the workbook %1 (is the disk full?)").arg(path);
            return false;
        }
    }
    QFile file(made);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read back the workbook made for %1").arg(path);
        return false;
    }
    return WholeFile::write(path, file.readAll(), Access::Shared, error);
}

}  // namespace XlsxSheet
