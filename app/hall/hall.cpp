#include "hall.h"

Hall::Hall(QObject *parent) : QObject(parent)
{
    connect(&m_sleep, &SleepSchedule::asleepChanged, this, &Hall::asleepChanged);
}

void Hall::setIdleSeconds(int seconds)
{
    if (seconds == m_idleSeconds)
        return;
    m_idleSeconds = seconds;
    emit idleSecondsChanged();
}

void Hall::setKioskMode(bool on)
{
    if (on == m_kioskMode)
        return;
    m_kioskMode = on;
    emit kioskModeChanged();
}

void Hall::configure(const HallConfig &config)
{
    m_config = config;
    setIdleSeconds(config.idleSeconds);
    m_sleep.configure(config.hours, config.displayOffCommand, config.displayOnCommand);
    emit configured();
}
