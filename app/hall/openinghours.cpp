#include "openinghours.h"

#include <QStringList>
#include <algorithm>

#include <QRegularExpression>

OpeningHours OpeningHours::everyDay(QTime open, QTime close)
{
    OpeningHours hours;
    for (int day = 1; day <= 7; ++day)
        hours.setDay(day, {{open, close}});
    return hours;
}

bool OpeningHours::parseDay(const QString &text, QList<Span> *spans, QString *error)
{
    static const QRegularExpression span(
        QStringLiteral("^\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*$"));
    spans->clear();
    if (text.trimmed().isEmpty())
        return true;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const auto match = span.match(part);
        const QTime open = QTime::fromString(match.captured(1), QStringLiteral("H:mm"));
        QTime close = QTime::fromString(match.captured(2), QStringLiteral("H:mm"));
        if (match.captured(2) == QLatin1String("24:00"))
            close = QTime(0, 0);
        if (!match.hasMatch() || !open.isValid() || !close.isValid()) {
            *error = QStringLiteral("\"%1\" is not a time span; write it as 10:00-18:00")
                         .arg(part.trimmed());
            return false;
        }
        spans->append({open, close});
    }
    return true;
}

void OpeningHours::setDay(int weekday, const QList<Span> &spans)
{
    if (weekday >= 1 && weekday <= 7)
        m_days[weekday - 1] = spans;
}

QList<QPair<QDateTime, QDateTime>> OpeningHours::spansOf(const QDate &day,
                                                         const QDateTime &like) const
{
    QList<QPair<QDateTime, QDateTime>> result;
    if (m_closed.contains(day))
        return result;
    for (const Span &s : m_days[day.dayOfWeek() - 1]) {
        QDateTime open(day, s.open, like.timeSpec());
        QDateTime close(s.close > s.open ? day : day.addDays(1), s.close, like.timeSpec());
        result.append({open, close});
    }
    return result;
}

bool OpeningHours::isOpen(const QDateTime &at) const
{
    // A span that began yesterday may still be running after midnight.
    for (const QDate &day : {at.date().addDays(-1), at.date()}) {
        for (const auto &[open, close] : spansOf(day, at)) {
            if (open <= at && at < close)
                return true;
        }
    }
    return false;
}

QDateTime OpeningHours::nextChange(const QDateTime &at) const
{
    const bool open = isOpen(at);
    // Look a little over a year ahead: far enough for any closed season.
    QDateTime best;
    for (int offset = -1; offset <= 370 && !best.isValid(); ++offset) {
        const QDate day = at.date().addDays(offset);
        for (const auto &[start, end] : spansOf(day, at)) {
            const QDateTime candidate = open ? end : start;
            if (candidate > at && (!best.isValid() || candidate < best) &&
                isOpen(candidate) != open)
                best = candidate;
        }
    }
    return best;
}

QString OpeningHours::describe() const
{
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    // A hall open day and night (what a kiosk without a hall file does) reads as such, not as
    // spans of "00:00-00:00"; one schedule for the whole week is said once.
    const Span allDay{QTime(0, 0), QTime(0, 0)};
    const auto spansOfDay = [&](int day) {
        QStringList spans;
        for (const Span &span : m_days[day])
            spans << (span == allDay
                          ? QStringLiteral("all day")
                          : span.open.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') +
                                span.close.toString(QStringLiteral("HH:mm")));
        return spans.isEmpty() ? QStringLiteral("closed") : spans.join(QLatin1Char(','));
    };
    QStringList parts;
    if (std::all_of(std::begin(m_days), std::end(m_days),
                    [this](const QList<Span> &day) { return day == m_days[0]; })) {
        parts << (m_days[0] == QList<Span>{allDay} ? QStringLiteral("always open")
                                                   : QStringLiteral("every day ") + spansOfDay(0));
    } else {
        for (int day = 0; day < 7; ++day)
            parts << QLatin1String(days[day]) + QLatin1Char(' ') + spansOfDay(day);
    }
    QList<QDate> closed(m_closed.begin(), m_closed.end());
    std::sort(closed.begin(), closed.end());
    for (const QDate &date : std::as_const(closed))
        parts << QStringLiteral("closed ") + date.toString(Qt::ISODate);
    return parts.join(QStringLiteral("; "));
}
