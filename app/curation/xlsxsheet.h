#pragma once
// Writes a sheet of the curators' export as an Excel workbook (.xlsx) with libxlsxwriter, made
// so that Excel and LibreOffice keep what a curator did not touch: every cell is text (no date
// or number reformatting, no leading zeros lost, no formulas run), the header row is bold and
// frozen, each column has a width for what it holds, and columns with a fixed set of values
// offer them as a drop-down list.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace XlsxSheet {

struct Choices {
    QStringList values;
    // Whether a value outside the list is refused, or only warned about (a cell that holds
    // several themes, "food festivals", is not one of the list's values).
    bool strict = true;
};

// Writes `rows` (the first one the header) to `path` as one worksheet named `sheet`.
// `widths` and `choices` are by column name; a column without a width gets 14 characters.
// False with `error` (a clause for the curator) when it cannot be written.
bool write(const QString &path, const QString &sheet, const QList<QStringList> &rows,
           const QMap<QString, double> &widths, const QMap<QString, Choices> &choices,
           QString *error);

}  // namespace XlsxSheet
