#pragma once
// Reading a curator's sheet saved by Excel (.xlsx) or LibreOffice (.ods): both are zip files
// of XML (ziparchive.h), read with QXmlStreamReader. The first worksheet becomes rows of
// cells as the CSV reader gives them (csvtable.h), each cell knowing its sheet, row and
// column, so a problem names "sheet Items, cell F12" as the spreadsheet program shows it.
// Texts come as written (shared strings, inline strings, paragraphs); numbers as their
// shortest text; a date, stored as a serial number with a date format, as YYYY-MM-DD.

#include "csvtable.h"

namespace Spreadsheet {

// Whether `path` names a spreadsheet file this reads (.xlsx or .ods, any capitals).
bool isSpreadsheet(const QString &path);

// Rows of the first worksheet of `data` (the bytes of `file`, named in problems). Rows whose
// cells are all empty are left out, as in Csv::parse.
QList<CsvRow> read(const QByteArray &data, const QString &file, Problems *problems);

// Text for a number a spreadsheet stored: 12 for 12.0, else as stored.
QString numberText(const QString &stored);

// YYYY-MM-DD for a day as a spreadsheet counts it (1 is 1900-01-01, or with the 1904 date
// system, 0 is 1904-01-01); empty when it is no day.
QString dateFromSerial(double serial, bool from1904);

}  // namespace Spreadsheet
