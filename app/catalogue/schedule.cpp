#include "schedule.h"

#include <QRegularExpression>

QString Schedule::hallsColumn() const
{
    return halls.isEmpty() ? QStringLiteral("*") : halls.join(QLatin1Char(' '));
}

QStringList Schedule::hallsFrom(const QString &column)
{
    return column == QLatin1String("*") ? QStringList()
                                        : column.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

namespace Schedules {

bool isHallName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern.match(name).hasMatch();
}

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

}  // namespace Schedules
