#pragma once
// The hall's running rules, as QML sees them: how long a silence ends a visit, whether the
// kiosk is locked full screen, and whether it sleeps (outside opening hours). Every touch, click
// or key anywhere in the program arrives here as input() (see IdleWatch).

#include "sleepschedule.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QStringList>

class Hall : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // Seconds without input before the "Still there?" countdown; 0 turns idle reset off.
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY idleSecondsChanged)
    // Full screen, no cursor, cannot be closed.
    Q_PROPERTY(bool kioskMode READ kioskMode WRITE setKioskMode NOTIFY kioskModeChanged)
    // Outside opening hours: the screen is black and nothing renders.
    Q_PROPERTY(bool asleep READ asleep NOTIFY asleepChanged)

public:
    explicit Hall(QObject *parent = nullptr);

    int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    bool kioskMode() const { return m_kioskMode; }
    void setKioskMode(bool on);
    bool asleep() const { return m_sleep.asleep(); }
    SleepSchedule &sleepSchedule() { return m_sleep; }

    // What was read from the hall file (or the defaults), for the staff panel.
    void setHallFile(const QString &path, const QStringList &summary, const QStringList &problems);
    QString hallFile() const { return m_hallFile; }
    QStringList summary() const { return m_summary; }
    QStringList problems() const { return m_problems; }

    // Called with every touch, click or key, anywhere.
    void noteInput() { emit input(); }

signals:
    void idleSecondsChanged();
    void kioskModeChanged();
    void asleepChanged();
    void input();

private:
    int m_idleSeconds = 90;
    bool m_kioskMode = false;
    SleepSchedule m_sleep;
    QString m_hallFile;
    QStringList m_summary;
    QStringList m_problems;
};
