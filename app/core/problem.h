#pragma once
// A content problem found while reading, importing or publishing: where it is and what to do.
// Problems are collected, never thrown, so a curator sees every one of them at once.

#include <QList>
#include <QString>

struct Problem {
    QString file;     // the manifest, media file or database the problem is in
    QString where;    // a line:column, a JSON path such as items[3].title.en, or empty
    QString message;  // one sentence that says what is wrong and what to do

    QString toString() const;
};

using Problems = QList<Problem>;
