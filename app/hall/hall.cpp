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

void Hall::setHallFile(const QString &path, const QStringList &summary, const QStringList &problems)
{
    m_hallFile = path;
    m_summary = summary;
    m_problems = problems;
}
