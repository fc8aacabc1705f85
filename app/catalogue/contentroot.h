#pragma once
// The one folder of curated content every kiosk reads (see docs/architecture.md). Every name
// inside it comes from here:
//   draft/catalogue.sqlite   curators' working copy
//   media/<2 hex>/<sha256>.<ext>  originals, named by content, never modified
//   media/.incoming/         files being copied in, renamed into place when whole
//   releases/NNNN/           published and immutable: catalogue.sqlite + release.json
//   releases/.staging-NNNN/  a release being written; .removing-NNNN one being pruned
//   current                  the number of the release kiosks show, replaced atomically
//   cache/                   derived images; safe to delete at any time
//   .curator.lock            held while a curator's tool writes
// `current` is a one-line file rather than a symlink so that it survives any file sync and
// any file system (a FAT USB stick has no symlinks); it is replaced by rename, which is atomic.

#include <QString>
#include <QStringList>

class ContentRoot {
public:
    explicit ContentRoot(const QString &path);

    QString path() const { return m_path; }
    QString draftDir() const;
    QString draftCatalogue() const;
    QString mediaDir() const;
    QString releasesDir() const;
    QString releaseDir(int number) const;
    QString currentFile() const;
    QString cacheDir() const;
    QString incomingDir() const;
    QString stagingDir(int number) const;
    QString removingDir(int number) const;
    QString curatorLock() const;
    // Name patterns, in releasesDir(), of releases a killed curator's tool left half made.
    static QStringList unfinishedReleases();
    // The two files of a release folder (a published, staging or copied one).
    static QString catalogueIn(const QString &releaseFolder);
    static QString manifestIn(const QString &releaseFolder);

    // Absolute path of a path stored relative to the root; empty when it would leave the root.
    QString resolve(const QString &relative) const;

    enum class State {
        Missing,      // nothing there yet
        Empty,        // an empty folder
        ContentRoot,  // has our layout
        Foreign,      // a folder with other things in it: never written to
        NotAFolder,   // a file or something else
    };
    State state() const;

    // Creates the folders of the layout; false with a reason when that is not possible.
    bool ensureLayout(QString *error) const;

    // The release `current` names, or 0 when there is none (or it cannot be read).
    int currentRelease() const;
    // Empty when `current` is missing or names a release number; else a sentence saying what
    // it holds instead.
    QString currentProblem() const;
    // Replaces `current` atomically (write a temporary file, flush, rename).
    bool setCurrentRelease(int number, QString *error) const;

    static QString releaseName(int number);

private:
    QString m_path;
};
