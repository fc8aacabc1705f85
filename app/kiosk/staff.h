#pragma once
// What hall staff can do behind the PIN pad: open the panel with the PIN (locked for five
// minutes after five wrong tries, see PinLock), read the kiosk's facts, reload the content and
// roll back to the release before the one shown.

#include "hall.h"
#include "kioskfacts.h"
#include "languagesession.h"
#include "livereleases.h"
#include "pinlock.h"
#include "staffcall.h"

#include <QtQml/qqmlregistration.h>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class Staff : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LiveReleases *releases READ releases WRITE setReleases NOTIFY wiringChanged)
    Q_PROPERTY(Hall *hall READ hall WRITE setHall NOTIFY wiringChanged)
    Q_PROPERTY(LanguageSession *languages READ languages WRITE setLanguages NOTIFY wiringChanged)

public:
    explicit Staff(QObject *parent = nullptr);

    enum class PinResult {
        Accepted,  // the panel opens
        Wrong,     // tries are left
        Locked,    // five wrong tries: the pad waits pinLockSeconds()
        NoPin,     // no PIN was ever set (asean-kiosk --set-pin)
    };
    Q_ENUM(PinResult)

    LiveReleases *releases() const { return m_releases; }
    void setReleases(LiveReleases *releases);
    Hall *hall() const { return m_hall; }
    void setHall(Hall *hall);
    LanguageSession *languages() const { return m_languages; }
    void setLanguages(LanguageSession *languages);
    // Where a visitor's call for staff is kept, for facts().
    void setStaffCall(const StaffCall *call) { m_call = call; }
    // The stored PIN's salted hash (see Pin::hash); empty: no PIN set, the panel stays shut.
    Q_INVOKABLE void setPinHash(const QString &hash) { m_pinLock = PinLock(hash); }
    // Why crash recovery and status are off, for facts(); empty when they are on.
    void setStateError(const QString &error) { m_stateError = error; }

    Q_INVOKABLE PinResult tryPin(const QString &pin);
    Q_INVOKABLE int pinTriesLeft() const { return m_pinLock.triesLeft(); }
    // Seconds until the pad unlocks; 0 when it is not locked.
    Q_INVOKABLE int pinLockSeconds() const;
    // The PIN pad or panel closed (`why`: by staff, the visit ended, no input for a while):
    // logged, so hall IT can see that a panel left open did not stay open.
    Q_INVOKABLE void closed(const QString &why);

    Q_INVOKABLE KioskFacts facts() const;
    // Reads the current release again (after a publish or a repair); in safe mode the proven
    // release stays.
    Q_INVOKABLE void reload();
    // Makes the release before the one shown current again and shows it; an empty string on
    // success, else a sentence for staff.
    Q_INVOKABLE QString rollBack();

signals:
    void wiringChanged();

private:
    QPointer<LiveReleases> m_releases;
    QPointer<Hall> m_hall;
    QPointer<LanguageSession> m_languages;
    QPointer<const StaffCall> m_call;
    PinLock m_pinLock{QString()};
    QString m_stateError;
    QElapsedTimer m_uptime;
};
