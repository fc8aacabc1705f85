#pragma once
// When a hall is open: spans per weekday (a span may run past midnight into the next day) and
// closed dates. The kiosk sleeps outside them and wakes at the next opening.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>

class OpeningHours {
public:
    struct Span {
        QTime open;
        QTime close;  // at or before `open`: the span ends the next day
        bool operator==(const Span &other) const
        {
            return open == other.open && close == other.close;
        }
    };

    // Every day from `open` to `close`, no closed dates.
    static OpeningHours everyDay(QTime open, QTime close);
    // Open day and night: what a kiosk without a hall file does.
    static OpeningHours alwaysOpen() { return everyDay(QTime(0, 0), QTime(0, 0)); }

    // Parses "10:00-18:00", "10:00-12:00, 13:00-18:00", "20:00-02:00" or "" (closed that day).
    // False with a reason when the text is not that.
    static bool parseDay(const QString &text, QList<Span> *spans, QString *error);

    void setDay(int weekday, const QList<Span> &spans);  // Qt weekday: 1 Monday .. 7 Sunday
    void addClosedDate(const QDate &date) { m_closed.insert(date); }

    // For staff: "always open", "every day 10:00-18:00; closed 2026-12-25" or
    // "mon 10:00-18:00; tue closed; wed all day; ...".
    QString describe() const;

    bool isOpen(const QDateTime &at) const;
    // The next moment after `at` where isOpen changes; invalid when it never does.
    QDateTime nextChange(const QDateTime &at) const;

private:
    // The spans that started on `day` (none on a closed date), as absolute times.
    QList<QPair<QDateTime, QDateTime>> spansOf(const QDate &day, const QDateTime &like) const;

    QList<Span> m_days[7];
    QSet<QDate> m_closed;
};
