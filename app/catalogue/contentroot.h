#pragma once
// The one folder that holds everything a hall needs (see ARCHITECTURE.md):
//   draft/catalogue.sqlite   curators' working copy
//   media/<2 hex>/<sha256>.<ext>  originals, named by content, never modified
//   releases/NNNN/           published and immutable: catalogue.sqlite + release.json
//   current                  the number of the release kiosks show, replaced atomically
//   cache/                   derived images; safe to delete at any time
// `current` is a one-line file rather than a symlink so that it survives any file sync and
// any file system (a FAT USB stick has no symlinks); it is replaced by rename, which is atomic.

#include <QString>

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
    // Replaces `current` atomically (write a temporary file, flush, rename).
    bool setCurrentRelease(int number, QString *error) const;

    static QString releaseName(int number);

private:
    QString m_path;
};
