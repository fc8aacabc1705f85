#pragma once
// What staff and monitoring are told about a running kiosk, gathered in one place (Staff::facts)
// for both the staff panel and status.json (see Health), so the two never disagree.

#include <QtQml/qqmlregistration.h>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

struct KioskFacts {
    Q_GADGET
    QML_VALUE_TYPE(kioskFacts)
    Q_PROPERTY(QString version MEMBER version)
    Q_PROPERTY(int release MEMBER release)
    Q_PROPERTY(QString contentError MEMBER contentError)
    Q_PROPERTY(QString stateError MEMBER stateError)
    Q_PROPERTY(int uptimeMinutes READ uptimeMinutes)
    Q_PROPERTY(int residentMb READ residentMbRounded)
    Q_PROPERTY(double diskFreeGb MEMBER diskFreeGb)
    Q_PROPERTY(QString recentErrors MEMBER recentErrors)
    Q_PROPERTY(QString hallFile MEMBER hallFile)
    Q_PROPERTY(QString hallSummary MEMBER hallSummary)
    Q_PROPERTY(QString hallProblems MEMBER hallProblems)
    Q_PROPERTY(bool safeMode MEMBER safeMode)
    Q_PROPERTY(int safeCrashes MEMBER safeCrashes)
    Q_PROPERTY(int safeWindowMinutes MEMBER safeWindowMinutes)
    Q_PROPERTY(int safeRelease MEMBER safeRelease)
    Q_PROPERTY(int previousRelease MEMBER previousRelease)
    Q_PROPERTY(int pendingRelease MEMBER pendingRelease)
    Q_PROPERTY(QString staffCalledAt READ staffCalledAt)

public:
    QString version;
    qint64 pid = 0;
    int release = 0;
    int currentRelease = 0;  // what `current` names (0: nothing usable)
    QString shownBecause;    // why `release` is not `currentRelease`
    int readErrors = 0;      // failed reads of the shown catalogue
    int damagedMedia = 0;    // media files of the shown release missing or damaged
    QString contentError;    // every content problem, a sentence each
    // Why crash recovery and status are off (the state folder cannot be written); empty: on.
    QString stateError;
    qint64 uptimeSeconds = 0;
    double residentMb = 0;
    double diskFreeGb = 0;
    bool asleep = false;
    QString language;
    QString lastError;
    QString recentErrors;  // newest first, a line each
    QString hallFile;
    QString hallSummary;
    QString hallProblems;
    bool safeMode = false;
    int safeCrashes = 0;
    int safeWindowMinutes = 0;
    int safeRelease = 0;
    int previousRelease = 0;  // what a roll back goes to; 0: none
    int pendingRelease = 0;
    QDateTime staffCalled;  // a visitor's last call for staff (StaffCall); invalid: none

    // "2026-11-29 14:05:09" in the kiosk's local time; empty: no call since the start.
    QString staffCalledAt() const
    {
        return staffCalled.isValid() ? staffCalled.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                     : QString();
    }

    int uptimeMinutes() const { return int(uptimeSeconds / 60); }
    int residentMbRounded() const { return qRound(residentMb); }
    // The status file's fields (monitoring reads these names; keep them).
    QJsonObject toStatus() const;
};

Q_DECLARE_METATYPE(KioskFacts)
