#pragma once
// What QML is given of the running kiosk: the domain objects, each with its own notifications.
// Only Main.qml reads this; the screens take what they need as required properties.

#include "accessibility.h"
#include "hall.h"
#include "languagesession.h"
#include "livereleases.h"
#include "router.h"
#include "speech.h"
#include "staff.h"
#include "staffcall.h"
#include "visit.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>

class KioskRoot : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk session makes the one root")
    Q_PROPERTY(LanguageSession *languages READ languages CONSTANT)
    Q_PROPERTY(Hall *hall READ hall CONSTANT)
    Q_PROPERTY(Staff *staff READ staff CONSTANT)
    Q_PROPERTY(LiveReleases *releases READ releases CONSTANT)
    Q_PROPERTY(Accessibility *accessibility READ accessibility CONSTANT)
    Q_PROPERTY(Visit *visit READ visit CONSTANT)
    Q_PROPERTY(Router *router READ router CONSTANT)
    Q_PROPERTY(StaffCall *staffCall READ staffCall CONSTANT)
    Q_PROPERTY(Speech *speech READ speech CONSTANT)

public:
    explicit KioskRoot(QObject *parent = nullptr) : QObject(parent)
    {
        m_staff.setReleases(&m_releases);
        m_staff.setHall(&m_hall);
        m_staff.setLanguages(&m_languages);
        m_staff.setStaffCall(&m_staffCall);
        // Voice guidance follows the visit's access choices and the visitor's language.
        connect(&m_accessibility, &Accessibility::changed, this, &KioskRoot::tellSpeech);
        connect(&m_languages, &LanguageSession::currentChanged, this, &KioskRoot::tellSpeech);
        tellSpeech();
    }

    LanguageSession *languages() { return &m_languages; }
    Hall *hall() { return &m_hall; }
    Staff *staff() { return &m_staff; }
    LiveReleases *releases() { return &m_releases; }
    Accessibility *accessibility() { return &m_accessibility; }
    Visit *visit() { return &m_visit; }
    Router *router() { return &m_router; }
    StaffCall *staffCall() { return &m_staffCall; }
    Speech *speech() { return &m_speech; }

private:
    void tellSpeech()
    {
        m_speech.setLanguage(m_languages.current());
        m_speech.setStandIn(m_accessibility.voiceStandIn());
        m_speech.setVolume(m_accessibility.voiceVolume());
        m_speech.setRate(m_accessibility.voiceRate());
        m_speech.setOn(m_accessibility.voice());
    }

    LanguageSession m_languages;
    Hall m_hall;
    LiveReleases m_releases;
    Staff m_staff;
    Accessibility m_accessibility;
    Visit m_visit;
    Router m_router;
    StaffCall m_staffCall;
    Speech m_speech;
};
