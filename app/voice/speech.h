#pragma once
// Voice guidance for the visit under way (issue 15): what the interface asks to be said, in the
// visitor's language, through a Voice. With voice on, the screens (VoiceGuide.qml) hand it what
// a blind visitor needs to hear; it chooses the language, cuts off what was being said, keeps
// the last utterance for the repeat key, and writes each utterance to the log
// (asean.voice), where staff and the end-to-end tests read what was said.
//
// Languages espeak-ng cannot speak (Khmer, Lao, Filipino, Tetum) are never sent to a voice.
// The visitor may choose English or Korean words instead (standIn): interface strings are then
// spoken in that language (Phrasebook), texts from the catalogue only when the screens fetched
// them in it; anything else is left unsaid.

#include "phrasebook.h"

#include <QtQml/qqmlregistration.h>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVariantList>

class Voice;

class Speech : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk session makes the one Speech")
    Q_PROPERTY(bool on READ on NOTIFY changed)
    // A voice is there at all (Qt TextToSpeech built in, speech-dispatcher answering).
    Q_PROPERTY(bool available READ available NOTIFY changed)
    // The language of the screen, and the one spoken: the same, the stand-in chosen for a
    // language without a voice, or empty (nothing is spoken).
    Q_PROPERTY(QString language READ language NOTIFY changed)
    Q_PROPERTY(QString voiceLanguage READ voiceLanguage NOTIFY changed)
    // The last thing said, as the voice was given it.
    Q_PROPERTY(QString spoken READ spoken NOTIFY spokenChanged)

public:
    explicit Speech(QObject *parent = nullptr);
    ~Speech() override;

    // The voice to speak through; null leaves the kiosk silent. The first call with a voice
    // (or with none) is said in the log, once.
    void setVoice(Voice *voice, const QString &whyNone = {});

    bool on() const { return m_on; }
    void setOn(bool on);
    bool available() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString standIn() const { return m_standIn; }
    // "en", "ko" or empty: what a language without a voice is spoken as.
    void setStandIn(const QString &language);
    QString voiceLanguage() const;
    // Per cent: 0 to 100.
    void setVolume(int percent);
    // Per cent faster (or, below 0, slower) than normal: -100 to 100.
    void setRate(int percent);
    QString spoken() const { return m_spoken; }

    // Whether `language` has a voice of its own.
    Q_INVOKABLE bool hasVoice(const QString &language) const;
    // Says `parts`, one after another, cutting off what was being said. A part is a string in
    // the screen's language, or {text, language} for a text fetched in another language (the
    // voice language, from the catalogue). Nothing happens while voice is off.
    Q_INVOKABLE void say(const QVariantList &parts);
    // The last utterance again.
    Q_INVOKABLE void repeat();
    Q_INVOKABLE void stop();

signals:
    void changed();
    void spokenChanged();

private:
    void speak();

    QPointer<Voice> m_voice;
    bool m_told = false;  // whether the log heard which voice there is
    bool m_on = false;
    QString m_language = QStringLiteral("ko");
    QString m_standIn;
    QString m_spoken;
    QString m_spokenLanguage;
    QElapsedTimer m_asked;  // since the last utterance was handed to the voice
    double m_volume = 0.7;
    double m_rate = 0;
    Phrasebook m_phrasebook;
};
