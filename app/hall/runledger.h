#pragma once
// The kiosk's own record of its starts and ends (runs.json in its state folder), so that a start
// can tell whether the kiosk keeps dying and which release last ran well. A run that has no clean
// end died: a crash, SIGKILL, the watchdog, a power cut. After `crashes` such deaths within
// `windowSeconds` (and no clean exit since), the next start is in safe mode: the last release
// that once ran cleanly for `provenSeconds`, with video off, until staff restart it.

#include <QDateTime>
#include <QString>

struct RecoveryPolicy {
    int crashes = 3;
    int windowSeconds = 10 * 60;
    int provenSeconds = 10 * 60;
};

class RunLedger {
public:
    explicit RunLedger(QString path);

    struct Decision {
        bool safeMode = false;
        int release = 0;  // the release to show; 0: whatever `current` names
        int abnormalExits = 0;
        QString reason;  // for the log, empty unless in safe mode
        // Why this start could not be recorded ("cannot write …"); empty when it was. Then a
        // death of this run goes uncounted: crash recovery is off.
        QString error;
    };
    // Reads the ledger, decides how this run starts and records its start.
    Decision begin(const RecoveryPolicy &policy, const QDateTime &now);
    // This run showed `release` for the proven time without dying. False with `error` when
    // that could not be recorded (the ledger as it was stays).
    bool markProven(int release, QString *error = nullptr);
    // This run is ending on purpose (staff exit or restart, SIGTERM from the service manager).
    bool markCleanExit(const QDateTime &now, QString *error = nullptr);
    // The last release that ran cleanly for the proven time; 0 when none has.
    int provenRelease() const;

private:
    QString m_path;
    qint64 m_pid = 0;
};
