#pragma once
// Turns the draft catalogue into the next immutable release and makes it current. The release
// is built in a hidden folder, checked, and only then renamed into place and named in
// `current`, so a kiosk (or a crash) sees either the old release or the whole new one. plan()
// says first what the new release changes against the current one.

#include "changes.h"

#include <QString>
#include <QStringList>

class ContentRoot;
class SqlConnection;
struct ReleaseInfo;

class Publisher {
public:
    explicit Publisher(const ContentRoot &root);

    struct Result {
        bool ok = false;
        int number = 0;
        QString error;  // a sentence for the curator
    };

    // What publishing the draft now would change against the current release.
    struct Plan {
        int current = 0;  // the release compared with (what `current` names); 0: none yet
        int next = 0;     // the number the new release gets
        CatalogueChanges changes;
        QString error;  // the draft or the current release could not be read and compared
        // The draft is what kiosks show already.
        bool unchanged() const { return error.isEmpty() && current > 0 && changes.isEmpty(); }
        // For the curator: the changes, entries and texts per language; when unchanged, that
        // nothing will be published unless `force`.
        QStringList lines(bool force) const;
    };
    Plan plan() const;

    // Publishes the draft as it is, changed or not (plan() says whether it is).
    Result publish(const QString &note);

private:
    // Each returns an empty string on success, else the sentence for the curator.
    QString openDraft(SqlConnection *draft) const;
    int nextNumber() const;
    // The release, complete and flushed, in the hidden folder `staging`.
    QString stage(SqlConnection &draft, const QString &staging, int number,
                  const QString &note) const;
    // Schema, counts and the media the snapshot's entries use, with their checksums.
    QString describe(const QString &snapshot, ReleaseInfo *info) const;

    const ContentRoot &m_root;
};
