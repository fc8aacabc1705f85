#pragma once
// The catalogue the kiosk is showing: the current release, opened read-only and verified.
// Models read through it; when it switches release (or fails) they are told by changed().

#include "catalogue.h"

#include <QtQml/qqmlregistration.h>
#include "contentroot.h"

#include <QFuture>
#include <QObject>

class LiveCatalogue : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Releases owns the catalogue shown")
    Q_PROPERTY(bool ready READ isReady NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(int release READ release NOTIFY changed)
    Q_PROPERTY(QString rootPath READ rootPath NOTIFY changed)

public:
    explicit LiveCatalogue(QObject *parent = nullptr);
    ~LiveCatalogue() override;

    // Opens the current release of the content root at `rootPath` (or release `pinned`, when
    // not 0) after verifying it.
    bool openRelease(const QString &rootPath, int pinned = 0);

    bool isReady() const { return m_catalogue.isOpen(); }
    QString error() const { return m_error; }
    int release() const { return m_release; }
    // The content root whose media the catalogue names.
    QString rootPath() const { return m_rootPath; }
    Catalogue &catalogue() { return m_catalogue; }

    // The member state an item belongs to, or empty: lets `--open item/ID` show its neighbours.
    Q_INVOKABLE QString countryOfItem(const QString &itemId);

signals:
    void changed();

private:
    void fail(const QString &error);
    void checkMediaInBackground(const ContentRoot &root, int number);

    Catalogue m_catalogue;
    QString m_error;
    int m_release = 0;
    QString m_rootPath;
    QFuture<void> m_mediaCheck;
};
