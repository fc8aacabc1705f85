#pragma once
// Puts the kiosk to sleep outside opening hours and wakes it at opening time: one timer armed
// for the next change (re-checked at least hourly, so clock changes are caught), and the
// hall's optional display-off and display-on commands run at each change.

#include "openinghours.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

class SleepSchedule : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit SleepSchedule(QObject *parent = nullptr);

    void configure(const OpeningHours &hours, const QString &displayOff, const QString &displayOn);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool asleep() const { return m_asleep; }
    // Re-reads the clock, changes state (running the display command) and re-arms the timer.
    void update();
    int msUntilNextCheck() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

signals:
    void asleepChanged();

private:
    OpeningHours m_hours = OpeningHours::alwaysOpen();
    QString m_displayOff;
    QString m_displayOn;
    Clock m_clock = [] { return QDateTime::currentDateTime(); };
    QTimer m_timer;
    bool m_asleep = false;
};
