#include "problem.h"

QString Problem::toString() const
{
    if (cell)
        return QStringLiteral("%1, %2%3: %4")
            .arg(file, where, field.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(field),
                 message);
    QString out = file;
    if (!where.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(":")) + where;
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    return out + message;
}
