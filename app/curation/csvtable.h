#pragma once
// Comma-separated values as Excel and LibreOffice save them (RFC 4180 and the usual
// departures): UTF-8 with or without a byte order mark, fields in double quotes with "" for a
// quote and line breaks inside, CRLF or LF line ends, and a comma, semicolon or tab between
// fields (Excel uses ';' where the decimal mark is a comma). Every cell keeps its line and
// column so a message can point at it. A cell that a spreadsheet would run as a formula is
// written with a leading apostrophe, which reading removes again (csvtable.cpp).

#include "problem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A cell and where it is: line and column (in characters) of a CSV file, or, when `sheet` is
// set, the row and column of a cell in that worksheet of an .xlsx or .ods file (spreadsheet.h).
struct CsvCell {
    QString text;
    int line = 0;
    int column = 0;
    QString sheet;
};

using CsvRow = QList<CsvCell>;

namespace Csv {

// A problem at a place: "line:column" in a CSV file; in a worksheet, "sheet Items, cell F12",
// the way a spreadsheet program names the cell.
Problem problemAt(const QString &file, const QString &sheet, int line, int column,
                  const QString &field, const QString &message);

// Column letters as spreadsheets show them: 1 is A, 27 is AA.
QString columnName(int column);

// Rows of `data` (the contents of `file`, named in problems). Rows whose cells are all empty
// (spreadsheets save them below the data) are left out. A cell that begins with apostrophes
// and then = + - @, a tab or a carriage return loses its first apostrophe, the one `write`
// adds.
QList<CsvRow> parse(const QByteArray &data, const QString &file, Problems *problems);

// Rows written for a spreadsheet: UTF-8 with a byte order mark (so Excel does not guess a
// legacy code page), CRLF, quotes only where a field needs them, and an apostrophe before a
// cell that begins (after any apostrophes) with = + - @, a tab or a carriage return, so Excel
// and LibreOffice show it as text instead of running it as a formula.
QByteArray write(const QList<QStringList> &rows);

}  // namespace Csv
