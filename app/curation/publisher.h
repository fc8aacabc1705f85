#pragma once
// Turns the draft catalogue into the next immutable release and makes it current. The release
// is built in a hidden folder, checked, and only then renamed into place and named in
// `current`, so a kiosk (or a crash) sees either the old release or the whole new one.

#include <QString>

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
