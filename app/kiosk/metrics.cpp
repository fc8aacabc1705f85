#include "metrics.h"

#include "kioskfacts.h"

#include <QDateTime>

namespace {

class Writer {
public:
    void gauge(const char *name, const char *help, double value, const QByteArray &labels = {})
    {
        m_text += QByteArray("# HELP ") + name + ' ' + help + '\n';
        m_text += QByteArray("# TYPE ") + name + " gauge\n";
        m_text += name + labels + ' ' + QByteArray::number(value, 'g', 12) + '\n';
    }
    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
};

// A label value in the text format: backslash, quote and newline escaped.
QByteArray labelValue(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

// Log::lastError() begins with the message's local ISO time (app/hall/log.cpp).
double lastErrorSeconds(const QString &lastError)
{
    const QDateTime at =
        QDateTime::fromString(lastError.section(QLatin1Char(' '), 0, 0), Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() / 1000.0 : 0;
}

}  // namespace

namespace Metrics {

QByteArray text(const KioskFacts &facts, double framesPerMinute, bool running)
{
    Writer w;
    w.gauge("asean_kiosk_up", "1 while the kiosk runs; 0 after an orderly end.", running ? 1 : 0);
    w.gauge("asean_kiosk_info", "The kiosk's version, as a label.", 1,
            "{version=\"" + labelValue(facts.version) + "\"}");
    w.gauge("asean_kiosk_release_shown", "The release on screen (0: none).", facts.release);
    w.gauge("asean_kiosk_release_current",
            "The release `current` names (0: nothing usable); differs from the shown one when "
            "it does not verify.",
            facts.currentRelease);
    w.gauge("asean_kiosk_release_pending",
            "A verified release waiting for the next idle moment (0: none).", facts.pendingRelease);
    w.gauge("asean_kiosk_safe_mode", "1 in safe mode after repeated crashes.", facts.safeMode);
    w.gauge("asean_kiosk_content_problem", "1 while the content has a problem staff should see.",
            facts.contentError.isEmpty() ? 0 : 1);
    w.gauge("asean_kiosk_damaged_media", "Media files of the shown release missing or damaged.",
            facts.damagedMedia);
    w.gauge("asean_kiosk_frames_per_minute",
            "Frames presented per minute since the last write (0 while asleep: nothing changes).",
            framesPerMinute);
    w.gauge("asean_kiosk_resident_bytes", "Resident memory of the kiosk process.",
            facts.residentMb * 1024 * 1024);
    w.gauge("asean_kiosk_uptime_seconds", "Seconds since this kiosk process started.",
            double(facts.uptimeSeconds));
    w.gauge("asean_kiosk_last_error_timestamp_seconds",
            "When the last warning or error was logged (0: none since the start).",
            lastErrorSeconds(facts.lastError));
    w.gauge("asean_kiosk_asleep", "1 outside opening hours (screen off).", facts.asleep);
    w.gauge("asean_kiosk_state_writable", "0 when the state folder cannot be written.",
            facts.stateError.isEmpty() ? 1 : 0);
    return w.text();
}

}  // namespace Metrics
