#pragma once
// When and where a member state, theme or item is shown (docs/curating.md, "Content by date and
// by hall"): from a first day to a last day, both included, in the hall's local time, and in
// the halls named (a hall file's [hall] id; none: every hall). The same struct carries what a
// sheet says and what the draft stores; Catalogue::setShowing applies it to what is read.

#include <QDate>
#include <QString>
#include <QStringList>

struct Schedule {
    QString from;       // YYYY-MM-DD, the first day shown; empty: from the start
    QString until;      // YYYY-MM-DD, the last day shown; empty: no end
    QStringList halls;  // hall names; empty: every hall

    // The halls as the catalogue stores them: names separated by spaces, "*" for every hall.
    QString hallsColumn() const;
    static QStringList hallsFrom(const QString &column);
    bool operator==(const Schedule &other) const
    {
        return from == other.from && until == other.until && halls == other.halls;
    }
};

namespace Schedules {

// A hall's name as hall files and the `halls` column write it: lower-case letters, digits and
// dashes (seoul, jeju, seoul-lobby).
bool isHallName(const QString &name);
// A day as the catalogue stores it; an empty text for an invalid date.
QString dayText(const QDate &day);

}  // namespace Schedules
