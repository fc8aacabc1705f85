#pragma once
// A voice that records what it is asked to say, in which language and in which order, and
// what it was saying when cut off, for the tests of voice guidance (issue 15). It speaks the
// languages espeak-ng speaks in Debian 12, as the kiosk's real voice does.

#include "voice.h"

#include <QList>
#include <QStringList>

class RecordingVoice : public Voice {
public:
    struct Said {
        QString text;
        QString language;
        bool cutOff = false;  // a later say() or stop() came before it was done
    };

    using Voice::Voice;

    bool speaks(const QString &language) const override
    {
        return QStringList{"ko", "en", "id", "ms", "th", "vi", "my"}.contains(language);
    }
    void say(const QString &text, const QString &language) override
    {
        cutOff();
        m_said.append({text, language});
        m_speaking = true;
        emit started();
    }
    void stop() override { cutOff(); }
    void prepare() override { ++m_prepared; }
    void setVolume(double volume) override { m_volume = volume; }
    void setRate(double rate) override { m_rate = rate; }

    // The latest utterance came to its end by itself.
    void finish() { m_speaking = false; }

    const QList<Said> &said() const { return m_said; }
    QStringList texts() const
    {
        QStringList texts;
        for (const Said &s : m_said)
            texts << s.text;
        return texts;
    }
    double volume() const { return m_volume; }
    double rate() const { return m_rate; }
    int prepared() const { return m_prepared; }

private:
    void cutOff()
    {
        if (m_speaking && !m_said.isEmpty())
            m_said.last().cutOff = true;
        m_speaking = false;
    }

    QList<Said> m_said;
    bool m_speaking = false;
    double m_volume = -1;
    double m_rate = -2;
    int m_prepared = 0;
};
