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
// And those whose SHA-256 is not the one listed (every file is read).
QStringList damagedMedia(const ContentRoot &root, const ReleaseInfo &info);

// Reads release.json of release `number` without checking the files it lists.
bool read(const ContentRoot &root, int number, ReleaseInfo *info, QString *error);

// Size and time of the release's two files: a changed signature means changed files (what
// ReleaseWatch looks at before checking a refused release again; never proof of a check).
QString signature(const ContentRoot &root, int number);

// Reads and checks release `number`; on success fills `info`.
bool verify(const ContentRoot &root, int number, Check check, ReleaseInfo *info, QString *error);

// Every release folder present, oldest first (those whose release.json can be read).
QList<ReleaseInfo> list(const ContentRoot &root);

// The newest release older than `shown`; 0 when there is none (what a roll back goes to).
int previous(const QList<ReleaseInfo> &releases, int shown);

}  // namespace Release
