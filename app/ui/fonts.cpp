#include "fonts.h"

#include <QFont>
#include <QGuiApplication>
#include <QStringList>

namespace Fonts {

void install()
{
    // Noto Sans falls back to every script family the theme names, and each script family to
    // Noto Sans for the Latin letters, digits and punctuation inside its text. Not each to all:
    // substitutions are followed when a glyph is missing, and a ring of them is slow to search.
    const QStringList scripts = {QStringLiteral("Noto Sans Khmer"),
                                 QStringLiteral("Noto Sans Myanmar"),
                                 QStringLiteral("Noto Sans Thai"), QStringLiteral("Noto Sans Lao"),
                                 QStringLiteral("Noto Sans CJK KR")};
    QFont::insertSubstitutions(QStringLiteral("Noto Sans"), scripts);
    for (const QString &family : scripts)
        QFont::insertSubstitution(family, QStringLiteral("Noto Sans"));
    QStringList serif = scripts;
    serif.replaceInStrings(QStringLiteral("Sans"), QStringLiteral("Serif"));
    QFont::insertSubstitutions(QStringLiteral("Noto Serif"), serif);
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans")));
}

}  // namespace Fonts
