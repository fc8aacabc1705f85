#include "sleepschedule.h"

#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcSleep, "asean.sleep")

namespace {
constexpr qint64 kMaxWaitMs = 60 * 60 * 1000;
}

SleepSchedule::SleepSchedule(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);  // to the second is plenty, and costs least
    connect(&m_timer, &QTimer::timeout, this, &SleepSchedule::update);
}

void SleepSchedule::configure(const OpeningHours &hours, const QString &displayOff,
                              const QString &displayOn)
{
    m_hours = hours;
    m_displayOff = displayOff;
    m_displayOn = displayOn;
    update();
}

void SleepSchedule::update()
{
    const QDateTime now = m_clock();
    const bool asleep = !m_hours.isOpen(now);
    if (asleep != m_asleep) {
        m_asleep = asleep;
        qCInfo(lcSleep) << (asleep ? "closing time: the kiosk sleeps"
                                   : "opening time: the kiosk wakes");
        const QString command = asleep ? m_displayOff : m_displayOn;
        if (!command.isEmpty()) {
            QStringList words = QProcess::splitCommand(command);
            const QString program = words.takeFirst();
            if (!QProcess::startDetached(program, words))
                qCWarning(lcSleep).noquote() << "the display command could not be run:" << command;
        }
        emit asleepChanged();
    }
    const QDateTime next = m_hours.nextChange(now);
    const qint64 wait = next.isValid() ? now.msecsTo(next) : kMaxWaitMs;
    m_timer.start(int(qBound<qint64>(1000, wait, kMaxWaitMs)));
}
