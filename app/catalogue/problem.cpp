#include "problem.h"

QString Problem::place() const
{
    if (cell)
        return file + QStringLiteral(", ") + where;
    if (where.isEmpty() || file.isEmpty())
        return file + where;
    return file + QLatin1Char(':') + where;
}

QString Problem::toString() const
{
    if (cell)
        return QStringLiteral("%1%2: %3")
            .arg(place(), field.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(field),
                 message);
    QString out = place();
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    return out + message;
}
