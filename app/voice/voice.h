#pragma once
// A voice that Speech talks through (issue 15): text-to-speech today, a recording in tests. It
// hides what makes the sound, as Kasts' media-backend interface hides its player, so that
// Speech decides what is said and in which language, and a voice only says it.

#include <QObject>
#include <QString>

class Voice : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Whether this voice can speak `language` (a code as Languages knows it). Speech never hands
    // a voice text in a language it does not speak.
    virtual bool speaks(const QString &language) const = 0;
    // Starts saying `text` in `language` and returns at once; whatever the voice was saying is
    // cut off.
    virtual void say(const QString &text, const QString &language) = 0;
    virtual void stop() = 0;
    // Voice guidance was turned on: get ready to speak soon (a slow service starts now rather
    // than at the first utterance).
    virtual void prepare() {}
    // 0 (silent) to 1 (the loudest).
    virtual void setVolume(double volume) = 0;
    // -1 (slowest) to 1 (fastest); 0 is normal speed.
    virtual void setRate(double rate) = 0;

signals:
    // The latest utterance began to sound.
    void started();
    // The voice cannot speak at all, with why; said once.
    void unavailable(const QString &why);
};
