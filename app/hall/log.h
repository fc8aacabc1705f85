#pragma once
// Where the kiosk's messages go. Under systemd (JOURNAL_STREAM set) each message is sent to the
// journal with its priority and category, so `journalctl -u asean-kiosk -p warning` works;
// otherwise to standard error and to logs/kiosk.log in the state folder, rotated by size so that a
// year of unattended days cannot fill the disk. The last warning or error is kept for the status
// file and the staff panel.

#include <QString>
#include <QStringList>

namespace Log {

// Installs the message handler (standard error only until toFolder is called).
void install();
// Also writes to `folder`/kiosk.log, rotated at `maxBytes`, keeping `keep` older files
// (kiosk.log.1 is the newest). Ignored under the journal. False when the folder is unusable.
bool toFolder(const QString &folder, qint64 maxBytes = 2 * 1024 * 1024, int keep = 5);
// The last warning, critical or fatal message with its time; empty when there was none.
QString lastError();
// The last few of them, newest first; Qt's notes on font fallback are left out.
QStringList recentErrors();

}  // namespace Log
