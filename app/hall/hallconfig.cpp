#include "hallconfig.h"

#include "languages.h"

#include <QFileInfo>
#include <QKeySequence>
#include <QRegularExpression>
#include <QSettings>

namespace {

const char *const kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};

// Reads one file into a config, each problem a sentence and the default kept in its place.
class Reader {
public:
    Reader(QSettings &ini, HallConfig &config) : m_ini(ini), m_config(config) {}

    void problem(const QString &key, const QString &what)
    {
        m_config.problems
            << QStringLiteral("%1: [%2] %3; using the default.").arg(m_config.path, key, what);
    }

    void languages()
    {
        if (m_ini.contains(QStringLiteral("languages/offered"))) {
            QStringList offered;
            bool bad = false;
            for (const QString &code :
                 m_ini.value(QStringLiteral("languages/offered")).toStringList()) {
                const QString c = code.trimmed();
                if (Languages::isKnown(c) && !offered.contains(c))
                    offered << c;
                else
                    bad = true;
            }
            if (bad || offered.isEmpty())
                problem(QStringLiteral("languages/offered"),
                        QStringLiteral("lists codes that are not among %1")
                            .arg(Languages::all().join(QStringLiteral(", "))));
            if (!offered.isEmpty())
                m_config.languages = offered;
        }
        const QString fallback = m_config.languages.contains(m_config.defaultLanguage)
                                     ? m_config.defaultLanguage
                                     : m_config.languages.first();
        m_config.defaultLanguage =
            m_ini.value(QStringLiteral("languages/default"), fallback).toString();
        if (!m_config.languages.contains(m_config.defaultLanguage)) {
            problem(QStringLiteral("languages/default"),
                    QStringLiteral("is not one of the offered languages"));
            m_config.defaultLanguage = fallback;
        }
    }

    void number(const QString &key, int min, int max, int *target)
    {
        if (!m_ini.contains(key))
            return;
        bool ok = false;
        const int value = m_ini.value(key).toInt(&ok);
        if (ok && value >= min && value <= max)
            *target = value;
        else
            problem(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    }

    void flag(const QString &key, bool *target)
    {
        if (!m_ini.contains(key))
            return;
        const QString value = m_ini.value(key).toString().trimmed().toLower();
        if (value == QLatin1String("true") || value == QLatin1String("on"))
            *target = true;
        else if (value == QLatin1String("false") || value == QLatin1String("off"))
            *target = false;
        else
            problem(key, QStringLiteral("must be true or false"));
    }

    // [hall] id: the name the catalogue's `halls` lists use (the rule of Schedules::isHallName,
    // app/catalogue/schedule.h, which this library does not link).
    void hallId()
    {
        static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        const QString id = m_ini.value(QStringLiteral("hall/id")).toString().trimmed();
        if (name.match(id).hasMatch())
            m_config.hallId = id;
        else if (!id.isEmpty())
            problem(QStringLiteral("hall/id"),
                    QStringLiteral("\"%1\" must be lower-case letters, digits and dashes, as "
                                   "the catalogue's halls column writes it (seoul)")
                        .arg(id));
    }

    // [access]: the choices on for every visit.
    void access()
    {
        AccessChoices &access = m_config.access;
        int scale = access.textScale;
        number(QStringLiteral("access/text_scale"), 100, 200, &scale);
        if (AccessChoices::isTextScale(scale))
            access.textScale = scale;
        else
            problem(QStringLiteral("access/text_scale"), QStringLiteral("must be 100, 150 or 200"));
        flag(QStringLiteral("access/high_contrast"), &access.highContrast);
        flag(QStringLiteral("access/low_reach"), &access.lowReach);
        flag(QStringLiteral("access/reduced_motion"), &access.reducedMotion);
        flag(QStringLiteral("access/more_time"), &access.moreTime);
        flag(QStringLiteral("access/voice"), &access.voice);
        int volume = access.voiceVolume;
        number(QStringLiteral("access/voice_volume"), 0, 100, &volume);
        if (AccessChoices::isVoiceVolume(volume))
            access.voiceVolume = volume;
        else
            problem(QStringLiteral("access/voice_volume"), QStringLiteral("must be 40, 70 or 100"));
        int rate = access.voiceRate;
        number(QStringLiteral("access/voice_rate"), -100, 100, &rate);
        if (AccessChoices::isVoiceRate(rate))
            access.voiceRate = rate;
        else
            problem(QStringLiteral("access/voice_rate"), QStringLiteral("must be -40, 0 or 40"));
    }

    // [voice]: the keypad's keys for voice guidance; a name Qt cannot read keeps the default.
    void voiceKeys()
    {
        HallConfig::VoiceKeys &keys = m_config.voiceKeys;
        for (auto [name, key] :
             {std::pair{"voice/key", &keys.toggle}, std::pair{"voice/repeat_key", &keys.repeat},
              std::pair{"voice/stop_key", &keys.stop}}) {
            const QString setting = QLatin1String(name);
            if (!m_ini.contains(setting))
                continue;
            const QString value = m_ini.value(setting).toString().trimmed();
            const QKeySequence sequence(value);
            if (sequence.count() == 1 && sequence.toString() == value)
                *key = value;
            else
                problem(setting, QStringLiteral("\"%1\" is not a key Qt knows (write F9, "
                                                "Ctrl+F1, Media Play and the like)")
                                     .arg(value));
        }
    }

    // [screen]: how the screen is mounted, in cm (ScreenMount).
    void screen()
    {
        ScreenMount &screen = m_config.screen;
        centimetres(QStringLiteral("screen/bottom_cm"), 0, 300, &screen.bottomCm);
        centimetres(QStringLiteral("screen/height_cm"), 10, 300, &screen.heightCm);
        centimetres(QStringLiteral("screen/reach_cm"), 40, 250, &screen.reachCm);
        for (const bool portrait : {true, false}) {
            if (screen.tooHigh(portrait)) {
                m_config.problems << QStringLiteral(
                                         "%1: [screen] a seated visitor reaches less than a "
                                         "quarter of the screen (reach %2 cm, bottom edge %3 cm, "
                                         "%4 cm high); \"everything within reach\" uses its "
                                         "lowest quarter.")
                                         .arg(m_config.path)
                                         .arg(screen.reachCm)
                                         .arg(screen.bottomFor(portrait))
                                         .arg(screen.heightFor(portrait));
                break;
            }
        }
    }

    void centimetres(const QString &key, double min, double max, double *target)
    {
        if (!m_ini.contains(key))
            return;
        bool ok = false;
        const double value = m_ini.value(key).toString().trimmed().toDouble(&ok);
        if (ok && value >= min && value <= max)
            *target = value;
        else
            problem(
                key,
                QStringLiteral("must be a number of centimetres from %1 to %2").arg(min).arg(max));
    }

    // [hours]: a span list per weekday and closed dates; any bad day keeps the default hours.
    void hours()
    {
        m_ini.beginGroup(QStringLiteral("hours"));
        if (!m_ini.childKeys().isEmpty()) {
            OpeningHours hours;
            bool ok = true;
            for (int day = 1; day <= 7; ++day) {
                QList<OpeningHours::Span> spans;
                QString error;
                // QSettings splits "10:00-12:00, 13:00-18:00" into a list; join it back.
                const QString text = m_ini.value(QLatin1String(kWeekdays[day - 1]))
                                         .toStringList()
                                         .join(QLatin1Char(','));
                if (!OpeningHours::parseDay(text, &spans, &error)) {
                    problem(QStringLiteral("hours/%1").arg(QLatin1String(kWeekdays[day - 1])),
                            error);
                    ok = false;
                }
                hours.setDay(day, spans);
            }
            closedDates(&hours);
            if (ok)
                m_config.hours = hours;
        }
        m_ini.endGroup();
    }

private:
    void closedDates(OpeningHours *hours)
    {
        for (const QString &text : m_ini.value(QStringLiteral("closed")).toStringList()) {
            const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
            if (date.isValid())
                hours->addClosedDate(date);
            else if (!text.trimmed().isEmpty())
                problem(
                    QStringLiteral("hours/closed"),
                    QStringLiteral("\"%1\" is not a date (write YYYY-MM-DD)").arg(text.trimmed()));
        }
    }

    QSettings &m_ini;
    HallConfig &m_config;
};

}  // namespace

HallConfig HallConfig::load(const QString &path)
{
    HallConfig config;
    config.path = path;
    if (!QFileInfo(path).isFile()) {
        config.problems << QStringLiteral(
                               "%1 was not found; using the defaults (always open, every "
                               "language, Korean first, 90 s idle).")
                               .arg(path);
        return config;
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        config.problems
            << QStringLiteral("%1 cannot be read as an INI file; using the defaults.").arg(path);
        return config;
    }
    Reader read(ini, config);
    config.hallName = ini.value(QStringLiteral("hall/name"), config.hallName).toString();
    config.contentRoot = ini.value(QStringLiteral("hall/content")).toString();
    read.hallId();
    read.languages();
    read.number(QStringLiteral("idle/seconds"), 10, 3600, &config.idleSeconds);
    read.number(QStringLiteral("recovery/crashes"), 1, 100, &config.recovery.crashes);
    read.number(QStringLiteral("recovery/window_seconds"), 10, 24 * 3600,
                &config.recovery.windowSeconds);
    read.number(QStringLiteral("recovery/proven_seconds"), 1, 24 * 3600,
                &config.recovery.provenSeconds);
    read.hours();
    read.access();
    read.voiceKeys();
    read.screen();
    config.staffCallCommand = ini.value(QStringLiteral("staff/call")).toString();
    config.displayOffCommand = ini.value(QStringLiteral("display/off_command")).toString();
    config.displayOnCommand = ini.value(QStringLiteral("display/on_command")).toString();
    return config;
}

QStringList HallConfig::summary() const
{
    return {
        QStringLiteral("hall: %1 (in the catalogue's halls: %2)")
            .arg(hallName, hallId.isEmpty() ? QStringLiteral("none") : hallId),
        QStringLiteral("languages: %1 (default %2)")
            .arg(languages.join(QStringLiteral(", ")), defaultLanguage),
        QStringLiteral("idle reset after: %1 s").arg(idleSeconds),
        QStringLiteral("hours: %1").arg(hours.describe()),
        QStringLiteral("access for every visit: %1").arg(access.describe()),
        QStringLiteral("voice keys: %1 on and off, %2 repeat, %3 stop")
            .arg(voiceKeys.toggle, voiceKeys.repeat, voiceKeys.stop),
        QStringLiteral("screen mounting: %1").arg(screen.describe()),
        QStringLiteral("staff call command: %1")
            .arg(staffCallCommand.isEmpty() ? QStringLiteral("none") : staffCallCommand),
        QStringLiteral("safe mode after: %1 crashes in %2 s; proven after %3 s")
            .arg(recovery.crashes)
            .arg(recovery.windowSeconds)
            .arg(recovery.provenSeconds),
    };
}
