#include "languages.h"

#include <QHash>

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

QString nativeName(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
        {QStringLiteral("ms"), QStringLiteral("Bahasa Melayu")},
        {QStringLiteral("th"), QStringLiteral("ไทย")},
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("km"), QStringLiteral("ខ្មែរ")},
        {QStringLiteral("lo"), QStringLiteral("ພາສາລາວ")},
        {QStringLiteral("my"), QStringLiteral("မြန်မာ")},
        {QStringLiteral("fil"), QStringLiteral("Filipino")},
    };
    return names.value(code, code);
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
