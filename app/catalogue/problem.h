#pragma once
// A content problem found while reading, importing or publishing: where it is and what to do.
// Problems are collected, never thrown, so a curator sees every one of them at once.

#include <QList>
#include <QString>

struct Problem {
    QString file;       // the manifest, media file or database the problem is in
    QString where;      // line:column in `file`, or empty when the whole file is meant
    QString field;      // what is wrong there: a JSON path such as items[3].title.en or a column
    QString message;    // one sentence that says what is wrong and what to do
    bool cell = false;  // `where` names a spreadsheet cell ("sheet Items, cell F12")

    // file:line:column: field: message, the way compilers say it, so editors can jump there;
    // for a cell of a spreadsheet file "items.xlsx, sheet Items, cell F12 (themes): message",
    // the way a spreadsheet program names it.
    QString toString() const;
    // The place alone: "file:line:column" or "items.xlsx, sheet Items, cell F12".
    QString place() const;
};

using Problems = QList<Problem>;
