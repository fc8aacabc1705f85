#pragma once
// What QML knows of the running kiosk as a whole: the catalogue it shows, the language the
// visitor chose, and the version. One instance per program, made by KioskApp before QML loads.

#include "livecatalogue.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QTranslator>

class QQmlEngine;
class QJSEngine;

class Kiosk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(LiveCatalogue *catalogue READ catalogue CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    // No default argument: Qt 6.4 prefers a default constructor over create(), and QML must
    // get the one instance the program made.
    explicit Kiosk(QObject *parent);

    static Kiosk *create(QQmlEngine *engine, QJSEngine *);
    // The instance create() hands to QML; KioskApp and test set-ups call this first.
    static void setInstance(Kiosk *kiosk);

    LiveCatalogue *catalogue() { return &m_catalogue; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString version() const;

signals:
    void languageChanged();

private:
    LiveCatalogue m_catalogue;
    QString m_language = QStringLiteral("en");
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
};
