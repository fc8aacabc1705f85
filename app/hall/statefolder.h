#pragma once
// One kiosk's own files, kept apart from the content curators publish and sync: the status
// file, the run ledger, the staff PIN's hash and the log. A sync of the content root (rsync
// --delete, Syncthing, a USB stick) never reaches them, and several kiosks can read one
// content root while each keeps its own.
//
//   status.json   health, rewritten every minute (asean-kiosk --status prints it)
//   runs.json     starts and ends, for crash recovery (see RunLedger)
//   staff.pin     the staff PIN as a salted hash (asean-kiosk --set-pin)
//   logs/         kiosk.log and its rotations, when not logging to the journal
//   metrics/      asean_kiosk.prom, the status for Prometheus's node_exporter (readable by all)

#include <QString>
#include <QStringList>

class StateFolder {
public:
    explicit StateFolder(QString path);

    // $STATE_DIRECTORY under systemd (StateDirectory=), else $XDG_STATE_HOME/asean-kiosk, else
    // ~/.local/state/asean-kiosk. Qt 6.4 has no state location, and its app data location is
    // where the default content root lives, so neither is used.
    static QString defaultPath();

    QString path() const { return m_path; }
    QString statusFile() const;
    QString runLedgerFile() const;
    QString pinFile() const;
    QString logFolder() const;
    QString metricsFile() const;

    // Makes the folder; false with a sentence (see unwritable) when it cannot be made or written.
    bool make(QString *error) const;
    // `why` a state file or folder cannot be written ("cannot write …"), as a sentence that says
    // what to do; empty when `why` is.
    static QString unwritable(const QString &why);

    // Moves the state an older version kept in `contentRoot` here, file by file, leaving any
    // this folder already has (it is newer). Returns a line per file moved, for the log.
    QStringList adoptFrom(const QString &contentRoot) const;

private:
    QString m_path;
};
