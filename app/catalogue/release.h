#pragma once
// A published release: an immutable folder with a catalogue snapshot and release.json, which
// lists the SHA-256 of the catalogue and of every media file it uses, so a release that was
// copied to another hall can prove it arrived whole before a kiosk shows it.

#include "problem.h"

#include <QDateTime>
#include <QList>
#include <QString>

class ContentRoot;

struct ReleaseInfo {
    int number = 0;
    QDateTime created;
    QString note;
    int schema = 0;
    int countries = 0;
    int themes = 0;
    int items = 0;
    QString catalogueSha256;
    struct Media {
        QString path;  // relative to the content root
        QString sha256;
        qint64 bytes = 0;
    };
    QList<Media> media;

    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, ReleaseInfo *info, QString *error);
};

namespace Release {

enum class Check {
    Catalogue,  // release.json, the catalogue's checksum and quick_check
    Quick,      // and every media file present with the right size
    Full,       // and every media file hashed
};

// Media files the release lists that are missing or of the wrong size (paths as listed).
QStringList missingMedia(const ContentRoot &root, const ReleaseInfo &info);

// Reads release.json of release `number` without checking the files it lists.
bool read(const ContentRoot &root, int number, ReleaseInfo *info, QString *error);

// Size and time of the release's two files: the same signature means the same files as when
// they were last verified (releases are immutable; a changed file changes it).
QString signature(const ContentRoot &root, int number);

// Reads and checks release `number`; on success fills `info`.
bool verify(const ContentRoot &root, int number, Check check, ReleaseInfo *info, QString *error);

// Every release folder present, oldest first (those whose release.json can be read).
QList<ReleaseInfo> list(const ContentRoot &root);

// The newest release older than `shown`; 0 when there is none (what a roll back goes to).
int previous(const QList<ReleaseInfo> &releases, int shown);

// Whether release `number` passed a check on this machine and its files are unchanged since
// (a stamp in cache/ holding its signature), so opening it need not hash it again.
bool isVerified(const ContentRoot &root, int number);
// Records that release `number` just passed a check; best effort (the cache may be read-only).
void markVerified(const ContentRoot &root, int number);

}  // namespace Release
