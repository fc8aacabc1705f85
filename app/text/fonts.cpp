#include "fonts.h"

#include <QFont>
#include <QGuiApplication>
#include <QStringList>

namespace Fonts {

void install()
{
    // Every family the theme names falls back to all the others, Latin first, for sans and
    // serif alike: a Latin word in a Thai caption, a Lao name on an English card, a Korean
    // title in a Burmese list all draw in Noto, never in an unrelated system font.
    const QStringList families = {
        QStringLiteral("Noto Sans"),         QStringLiteral("Noto Sans Thai"),
        QStringLiteral("Noto Sans Lao"),     QStringLiteral("Noto Sans Khmer"),
        QStringLiteral("Noto Sans Myanmar"), QStringLiteral("Noto Sans CJK KR")};
    for (const QString &family : families) {
        QStringList others = families;
        others.removeAll(family);
        QFont::insertSubstitutions(family, others);
        QString serif = family;
        serif.replace(QStringLiteral("Sans"), QStringLiteral("Serif"));
        others.replaceInStrings(QStringLiteral("Sans"), QStringLiteral("Serif"));
        QFont::insertSubstitutions(serif, others);
    }
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans")));
}

}  // namespace Fonts
