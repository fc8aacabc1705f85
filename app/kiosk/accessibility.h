#pragma once
// The access choices of the visit under way (issue 14): text size, high contrast, everything
// within reach, reduced motion and more time, and voice guidance (issue 15). The access panel
// (AccessPanel.qml) changes them, each at once; Theme reads them (Main.qml passes them on); the
// idle reset returns them to the hall's defaults (the hall file's [access], see
// docs/hall-config.md).

#include "accesschoices.h"
#include "screenmount.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>

class Accessibility : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // Per cent: 100, 150 or 200; other values are refused.
    Q_PROPERTY(int textScale READ textScale WRITE setTextScale NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(bool lowReach READ lowReach WRITE setLowReach NOTIFY changed)
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY changed)
    Q_PROPERTY(bool moreTime READ moreTime WRITE setMoreTime NOTIFY changed)
    // Voice guidance (issue 15), its volume (40, 70 or 100 %) and rate (-40, 0 or 40 %), and
    // the stand-in for a language without a voice ("en", "ko" or none); other values are
    // refused.
    Q_PROPERTY(bool voice READ voice WRITE setVoice NOTIFY changed)
    Q_PROPERTY(int voiceVolume READ voiceVolume WRITE setVoiceVolume NOTIFY changed)
    Q_PROPERTY(int voiceRate READ voiceRate WRITE setVoiceRate NOTIFY changed)
    Q_PROPERTY(QString voiceStandIn READ voiceStandIn WRITE setVoiceStandIn NOTIFY changed)
    // What idle times are multiplied by: 3 with more time, else 1.
    Q_PROPERTY(int idleFactor READ idleFactor NOTIFY changed)

public:
    explicit Accessibility(QObject *parent = nullptr) : QObject(parent) {}

    int textScale() const { return m_choices.textScale; }
    void setTextScale(int percent);
    bool highContrast() const { return m_choices.highContrast; }
    void setHighContrast(bool on) { change(&AccessChoices::highContrast, on); }
    bool lowReach() const { return m_choices.lowReach; }
    void setLowReach(bool on) { change(&AccessChoices::lowReach, on); }
    bool reducedMotion() const { return m_choices.reducedMotion; }
    void setReducedMotion(bool on) { change(&AccessChoices::reducedMotion, on); }
    bool moreTime() const { return m_choices.moreTime; }
    void setMoreTime(bool on) { change(&AccessChoices::moreTime, on); }
    bool voice() const { return m_choices.voice; }
    void setVoice(bool on) { change(&AccessChoices::voice, on); }
    int voiceVolume() const { return m_choices.voiceVolume; }
    void setVoiceVolume(int percent);
    int voiceRate() const { return m_choices.voiceRate; }
    void setVoiceRate(int percent);
    QString voiceStandIn() const { return m_choices.voiceStandIn; }
    void setVoiceStandIn(const QString &language);
    int idleFactor() const { return m_choices.moreTime ? 3 : 1; }

    // The hall's choices for every visit; they are in force from now on.
    void setDefaults(const AccessChoices &defaults);
    // The visit ended: the hall's choices again.
    Q_INVOKABLE void reset();

    // How the screen is mounted (the hall file's [screen]).
    void setMount(const ScreenMount &mount);
    // Everything within reach: the first pixel row of a screen `heightPx` high that a seated
    // visitor reaches; operable parts lie from there down.
    Q_INVOKABLE int reachTop(int heightPx, bool portrait) const;

signals:
    void changed();

private:
    void change(bool AccessChoices::*choice, bool on);

    ScreenMount m_mount;
    AccessChoices m_defaults;
    AccessChoices m_choices;
};
