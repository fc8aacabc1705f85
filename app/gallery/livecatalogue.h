#pragma once
// The catalogue the kiosk is showing: a release opened read-only after it was verified in this
// process (its catalogue hashed and quick_checked at every open; nothing on disk vouches for
// it), the newest that verifies when the current one does not (see ReleaseChoice). Its media
// are hashed in the background once the first frame is up; a damaged file shows as
// unavailable. Models read through it; when it switches release (or fails) they are told by
// changed().

#include "catalogue.h"
#include "contentroot.h"
#include "releasechoice.h"

#include <QtQml/qqmlregistration.h>
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

class LiveCatalogue : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Releases owns the catalogue shown")
    Q_PROPERTY(bool ready READ isReady NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(int release READ release NOTIFY changed)
    Q_PROPERTY(QString rootPath READ rootPath NOTIFY changed)
    // Why the release shown is not the one wanted (empty when it is).
    Q_PROPERTY(QString shownBecause READ shownBecause NOTIFY changed)

public:
    explicit LiveCatalogue(QObject *parent = nullptr);
    ~LiveCatalogue() override;

    // Opens the release `wanted` of the content root at `rootPath` (0: the one `current`
    // names), or with Fallback::ToOlder the newest older one that verifies.
    bool openRelease(const QString &rootPath, int wanted = 0,
                     ReleaseChoice::Fallback fallback = ReleaseChoice::Fallback::ToOlder);
    // The same with the choice already made (off the GUI thread, see LiveReleases::choose).
    bool openChosen(const QString &rootPath, int wanted, const ReleaseChoice &choice,
                    ReleaseChoice::Fallback fallback = ReleaseChoice::Fallback::ToOlder);
    // Opens a snapshot of the content root's draft instead of a release (a curator's preview,
    // asean-kiosk --draft): release() is then 0 and isDraft() true. False with error() when
    // there is no draft or it cannot be read.
    bool openDraft(const QString &rootPath);
    bool isDraft() const { return m_draft; }
    // What is read from now on (Catalogue::setShowing), this release and the next; the models
    // read again.
    void setShowing(const Showing &showing);

    bool isReady() const { return m_catalogue.isOpen(); }
    QString error() const { return m_error; }
    int release() const { return m_release; }
    // The release asked for: what `current` named (0: nothing usable), or the pinned one.
    int wanted() const { return m_wanted; }
    QString shownBecause() const { return m_shownBecause; }
    // The content root whose media the catalogue names.
    QString rootPath() const { return m_rootPath; }
    Catalogue &catalogue() { return m_catalogue; }
    // Reads of the shown catalogue that failed since the kiosk started.
    int readErrors() const { return m_readErrors; }
    // Media files of the release shown found missing or damaged by the last media check.
    QStringList damagedMedia() const { return m_damagedMedia; }

    // From now on, each release opened has its media hashed in the background at idle priority
    // (the kiosk calls this after its first frame, so the check never delays it).
    void startMediaChecks();
    void waitForMediaCheck() { m_mediaCheck.waitForFinished(); }

    // The member state an item belongs to, or empty: lets `--open item/ID` show its neighbours.
    Q_INVOKABLE QString countryOfItem(const QString &itemId);
    // Whether the catalogue shown has this member state, or this theme (what --open may name).
    bool hasCountry(const QString &code);
    bool hasTheme(const QString &themeId);
    // An item's title in `language` (with its fallbacks), or empty: names where back leads after
    // a sideways move into another state's item.
    Q_INVOKABLE QString titleOfItem(const QString &itemId, const QString &language);

signals:
    void changed();
    // The media check of the release shown finished; `damaged` lists what shows as unavailable.
    void mediaChecked(const QStringList &damaged);

private:
    void fail(const QString &error);
    void readFailed(const QString &detail);
    void checkMedia();
    void reportDamaged(int number, const QStringList &damaged);

    Catalogue m_catalogue;
    QString m_error;
    int m_release = 0;
    int m_wanted = 0;
    int m_asked = 0;       // what openRelease was asked for, to open the same way again
    bool m_draft = false;  // the draft is shown, not a release
    QString m_shownBecause;
    QString m_rootPath;
    int m_readErrors = 0;
    bool m_rechecked = false;  // a read error already led to one check of this release
    bool m_mediaChecks = false;
    QStringList m_damagedMedia;
    QThreadPool m_checker;
    QFuture<QStringList> m_mediaCheck;
};
