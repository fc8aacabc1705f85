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
    bool voice = false;     // voice guidance (issue 15, app/voice)
    int voiceVolume = 70;   // per cent: 40, 70 or 100
    int voiceRate = 0;      // per cent faster than normal (slower below 0): -40, 0 or 40
    // For a language without a voice (Khmer, Lao, Filipino, Tetum): "en" or "ko" words instead,
    // or empty: none chosen, nothing spoken.
    QString voiceStandIn;

    static bool isTextScale(int percent)
    {
        return percent == 100 || percent == 150 || percent == 200;
    }
    static bool isVoiceVolume(int percent)
    {
        return percent == 40 || percent == 70 || percent == 100;
    }
    static bool isVoiceRate(int percent) { return percent == -40 || percent == 0 || percent == 40; }
    static bool isVoiceStandIn(const QString &language)
    {
        return language.isEmpty() || language == QLatin1String("en") ||
               language == QLatin1String("ko");
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
        if (voice)
            on << QStringLiteral("voice (volume %1 %, rate %2 %)").arg(voiceVolume).arg(voiceRate);
        return on.join(QStringLiteral(", "));
    }
    bool operator==(const AccessChoices &o) const
    {
        return textScale == o.textScale && highContrast == o.highContrast &&
               lowReach == o.lowReach && reducedMotion == o.reducedMotion &&
               moreTime == o.moreTime && voice == o.voice && voiceVolume == o.voiceVolume &&
               voiceRate == o.voiceRate && voiceStandIn == o.voiceStandIn;
    }
};
