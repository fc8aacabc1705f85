#pragma once
// A visitor's access choices (issue 14, ../shared/ACCESSIBILITY.md): as the hall file turns them
// on for every visit (HallConfig), and as the visit under way holds them (Accessibility).

#include <QString>
#include <QStringList>

struct AccessChoices {
    int textScale = 100;  // per cent: 100, 150 or 200
    bool highContrast = false;
    bool lowReach = false;  // every control within reach of a seated visitor
    bool reducedMotion = false;
    bool moreTime = false;  // idle times tripled

    static bool isTextScale(int percent)
    {
        return percent == 100 || percent == 150 || percent == 200;
    }
    // "text 150 %, high contrast", for the staff panel.
    QString describe() const
    {
        QStringList on{QStringLiteral("text %1 %").arg(textScale)};
        if (highContrast)
            on << QStringLiteral("high contrast");
        if (lowReach)
            on << QStringLiteral("within reach");
        if (reducedMotion)
            on << QStringLiteral("reduced motion");
        if (moreTime)
            on << QStringLiteral("more time");
        return on.join(QStringLiteral(", "));
    }
    bool operator==(const AccessChoices &o) const
    {
        return textScale == o.textScale && highContrast == o.highContrast &&
               lowReach == o.lowReach && reducedMotion == o.reducedMotion && moreTime == o.moreTime;
    }
};
