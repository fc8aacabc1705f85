#pragma once
// The catalogue's schema and its migrations. The version lives in PRAGMA user_version; each
// migration step runs in one transaction that also sets the new version, so a failed step
// leaves the file exactly at the version before it.

#include <QString>

class QSqlDatabase;

namespace Schema {

// SQL condition on media.hash: the files the catalogue's entries name (items' media and
// posters, states' flags). Other rows stay behind when an import replaces a file.
QString mediaInUse();

// The version this program writes and understands.
int latestVersion();
// The first version with schedules (shown_from, shown_until, halls): an older draft has none.
constexpr int kSchedules = 5;

// The version a database file reports, or -1 when it cannot be read.
int versionOf(QSqlDatabase &db);

struct Result {
    bool ok = false;
    int from = 0;
    int to = 0;
    QString error;  // a sentence for staff or curators; empty when ok
};

// Brings the database up to latestVersion(), or to `target` when given (tests use this to
// build old versions). A database newer than this program is refused and left untouched.
Result migrate(QSqlDatabase &db, int target = -1);

}  // namespace Schema
