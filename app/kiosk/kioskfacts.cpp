#include "kioskfacts.h"

QJsonObject KioskFacts::toStatus() const
{
    return {
        {QStringLiteral("version"), version},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("release"), release},
        {QStringLiteral("current_release"), currentRelease},
        {QStringLiteral("shown_because"), shownBecause},
        {QStringLiteral("catalogue_read_errors"), readErrors},
        {QStringLiteral("damaged_media"), damagedMedia},
        {QStringLiteral("content_error"), contentError},
        {QStringLiteral("state_error"), stateError},
        {QStringLiteral("uptime_s"), uptimeSeconds},
        {QStringLiteral("resident_mb"), qRound(residentMb * 10) / 10.0},
        {QStringLiteral("asleep"), asleep},
        {QStringLiteral("language"), language},
        {QStringLiteral("last_error"), lastError},
        {QStringLiteral("safe_mode"), safeMode},
        {QStringLiteral("staff_called_at"),
         staffCalled.isValid() ? staffCalled.toString(Qt::ISODate) : QString()},
    };
}
