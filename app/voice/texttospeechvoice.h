#pragma once
// Qt TextToSpeech through speech-dispatcher and espeak-ng (../shared/QT64.md). The engine lives
// on a thread of its own: on Debian 12 opening it takes seconds (speech-dispatcher starts, then
// lists thousands of espeak-ng voice variants), and a speech service that hangs must never
// hold up the screen. Utterances asked for while it is busy are not queued: only the latest is
// said. It opens when voice guidance is first turned on, so a kiosk whose visitors never
// turn it on never starts speech-dispatcher.

#include "voice.h"

#include <QAtomicInteger>
#include <QThread>

class SpeechEngine;

class TextToSpeechVoice : public Voice {
    Q_OBJECT

public:
    explicit TextToSpeechVoice(QObject *parent = nullptr);
    // Waits for the engine's thread: at most as long as speech-dispatcher takes to answer.
    ~TextToSpeechVoice() override;

    // espeak-ng in Debian 12 (../shared/ACCESSIBILITY.md): Korean, English, Indonesian, Malay,
    // Thai, Vietnamese and Burmese; not Khmer, Lao, Filipino or Tetum.
    bool speaks(const QString &language) const override;
    void say(const QString &text, const QString &language) override;
    void stop() override;
    void prepare() override;
    void setVolume(double volume) override;
    void setRate(double rate) override;

private:
    SpeechEngine *engine();

    QThread m_thread;
    SpeechEngine *m_engine = nullptr;  // lives on m_thread
    // The number of the latest utterance: the engine skips any older one still waiting.
    QAtomicInteger<quint64> m_latest = 0;
};
