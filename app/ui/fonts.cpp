#include "fonts.h"

#include <QFont>
#include <QGuiApplication>
#include <QStringList>

namespace Fonts {

void install()
{
    const QStringList scripts = {QStringLiteral("Noto Sans Khmer"),
                                 QStringLiteral("Noto Sans Myanmar"),
                                 QStringLiteral("Noto Sans Thai"), QStringLiteral("Noto Sans Lao"),
                                 QStringLiteral("Noto Sans CJK KR")};
    QFont::insertSubstitutions(QStringLiteral("Noto Sans"), scripts);
    QStringList serif = scripts;
    serif.replaceInStrings(QStringLiteral("Sans"), QStringLiteral("Serif"));
    QFont::insertSubstitutions(QStringLiteral("Noto Serif"), serif);
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans")));
}

}  // namespace Fonts
