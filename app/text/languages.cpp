#include "languages.h"

#include <QHash>

namespace Languages {

const QStringList &all()
{
    // Tetum (tet), Timor-Leste's, is the one Qt 6.4, ICU 72 and espeak-ng know nothing of: its
    // dates and numbers go through localeName(), its lines break at spaces (WordBreaks), and it
    // has no voice (docs/curating.md, "Languages without their own locale").
    static const QStringList codes = {
        QStringLiteral("ko"), QStringLiteral("en"),  QStringLiteral("id"), QStringLiteral("ms"),
        QStringLiteral("th"), QStringLiteral("vi"),  QStringLiteral("km"), QStringLiteral("lo"),
        QStringLiteral("my"), QStringLiteral("fil"), QStringLiteral("tet")};
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
        {QStringLiteral("tet"), QStringLiteral("Tetun")},
    };
    return names.value(code, code);
}

QString localeName(const QString &code)
{
    // Qt 6.4's QLocale and ICU 72 know no Tetum: QLocale("tet") is the C locale, with English
    // month names. Timor-Leste's Portuguese writes dates and numbers as Tetum does
    // (day month year, Latin digits) and Tetum's month names come from Portuguese (docs/
    // curating.md, "Languages without their own locale").
    if (code == QLatin1String("tet"))
        return QStringLiteral("pt_TL");
    return code;
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
