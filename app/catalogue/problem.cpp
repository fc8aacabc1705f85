#include "problem.h"

QString Problem::toString() const
{
    QString out = file;
    if (!where.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(":")) + where;
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    return out + message;
}
