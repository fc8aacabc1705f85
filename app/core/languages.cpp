#include "languages.h"

namespace Languages {

const QStringList &all()
{
    static const QStringList codes = {
        QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("id"), QStringLiteral("ms"),
        QStringLiteral("th"), QStringLiteral("vi"), QStringLiteral("km"), QStringLiteral("lo"),
        QStringLiteral("my"), QStringLiteral("fil")};
    return codes;
}

bool isKnown(const QString &code)
{
    return all().contains(code);
}

QStringList fallbackChain(const QString &code)
{
    QStringList chain;
    for (const QString &c : {code, QStringLiteral("en"), QStringLiteral("ko")}) {
        if (isKnown(c) && !chain.contains(c))
            chain.append(c);
    }
    return chain;
}

}  // namespace Languages
