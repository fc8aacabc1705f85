#pragma once
// The hall's running rules, as QML sees them: how long a silence ends a visit, whether the
// kiosk is locked full screen, and whether it sleeps (outside opening hours). Every touch, click
// or key anywhere in the program arrives here as input() (see IdleWatch).

#include "hallconfig.h"
#include "sleepschedule.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>

class Hall : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // Seconds without input before the "Still there?" countdown; 0 turns idle reset off.
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY idleSecondsChanged)
    // Full screen, no cursor, cannot be closed.
    Q_PROPERTY(bool kioskMode READ kioskMode WRITE setKioskMode NOTIFY kioskModeChanged)
    // Outside opening hours: the screen is black and nothing renders.
    Q_PROPERTY(bool asleep READ asleep NOTIFY asleepChanged)
    // The keypad's keys for voice guidance: on and off, repeat, stop (the hall file's [voice]).
    Q_PROPERTY(QString voiceKey READ voiceKey NOTIFY configured)
    Q_PROPERTY(QString repeatKey READ repeatKey NOTIFY configured)
    Q_PROPERTY(QString stopKey READ stopKey NOTIFY configured)

public:
    explicit Hall(QObject *parent = nullptr);

    int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    bool kioskMode() const { return m_kioskMode; }
    void setKioskMode(bool on);
    bool asleep() const { return m_sleep.asleep(); }
    SleepSchedule &sleepSchedule() { return m_sleep; }

    // Takes the hall file's rules (or the defaults, when `config.path` is empty).
    void configure(const HallConfig &config);
    // What was read, for the staff panel.
    const HallConfig &config() const { return m_config; }
    QString voiceKey() const { return m_config.voiceKeys.toggle; }
    QString repeatKey() const { return m_config.voiceKeys.repeat; }
    QString stopKey() const { return m_config.voiceKeys.stop; }

    // Called with every touch, click or key, anywhere.
    void noteInput() { emit input(); }

signals:
    void idleSecondsChanged();
    void kioskModeChanged();
    void asleepChanged();
    void configured();
    void input();

private:
    HallConfig m_config;
    int m_idleSeconds = m_config.idleSeconds;
    bool m_kioskMode = false;
    SleepSchedule m_sleep;
};
