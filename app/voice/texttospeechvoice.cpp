#include "texttospeechvoice.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

// On the engine's thread: the QTextToSpeech, made there on first use.
class SpeechEngine : public QObject {
    Q_OBJECT

public:
    SpeechEngine(QAtomicInteger<quint64> *latest, Voice *voice) : m_latest(latest), m_voice(voice)
    {
    }

    void say(const QString &text, const QString &language, quint64 number)
    {
        if (number != m_latest->loadAcquire() || !open())
            return;
        m_tts->stop(QTextToSpeech::BoundaryHint::Immediate);
        // Only languages the voice speaks come here: espeak-ng has a voice for each.
        m_tts->setLocale(QLocale(language));
        m_tts->say(text);
    }
    // Opens the engine: seconds, but on this thread.
    bool open()
    {
        if (m_tts || m_failed)
            return m_tts;
        return openEngine();
    }
    void stop()
    {
        if (m_tts)
            m_tts->stop(QTextToSpeech::BoundaryHint::Immediate);
    }
    void setVolume(double volume)
    {
        m_volume = volume;
        if (m_tts)
            m_tts->setVolume(volume);
    }
    void setRate(double rate)
    {
        m_rate = rate;
        if (m_tts)
            m_tts->setRate(rate);
    }

private:
    bool openEngine()
    {
        const QString engine = QStringLiteral("speechd");
        if (!QTextToSpeech::availableEngines().contains(engine)) {
            fail(
                QStringLiteral("Qt TextToSpeech has no speech-dispatcher plugin (install "
                               "qt6-speech-speechd-plugin)"));
            return false;
        }
        auto tts = std::make_unique<QTextToSpeech>(engine);
        if (tts->state() == QTextToSpeech::Error) {
            fail(
                QStringLiteral("speech-dispatcher cannot be reached (%1)").arg(tts->errorString()));
            return false;
        }
        m_tts = tts.release();
        m_tts->setParent(this);
        m_tts->setVolume(m_volume);
        m_tts->setRate(m_rate);
        connect(m_tts, &QTextToSpeech::stateChanged, m_voice, [this](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Speaking)
                emit m_voice->started();
        });
        connect(m_tts, &QTextToSpeech::errorOccurred, this,
                [](QTextToSpeech::ErrorReason, const QString &why) {
                    qCWarning(lcVoice).noquote() << "speech-dispatcher:" << why;
                });
        return true;
    }
    void fail(const QString &why)
    {
        m_failed = true;
        emit m_voice->unavailable(why);
    }

    QAtomicInteger<quint64> *m_latest;
    Voice *m_voice;
    QTextToSpeech *m_tts = nullptr;
    bool m_failed = false;
    double m_volume = 0.7;
    double m_rate = 0;
};

TextToSpeechVoice::TextToSpeechVoice(QObject *parent) : Voice(parent)
{
    m_thread.setObjectName(QStringLiteral("speech"));
}

TextToSpeechVoice::~TextToSpeechVoice()
{
    if (!m_engine)
        return;
    QMetaObject::invokeMethod(m_engine, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

SpeechEngine *TextToSpeechVoice::engine()
{
    if (!m_engine) {
        m_engine = new SpeechEngine(&m_latest, this);
        m_engine->moveToThread(&m_thread);
        m_thread.start();
    }
    return m_engine;
}

bool TextToSpeechVoice::speaks(const QString &language) const
{
    static const QStringList spoken{
        QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("id"), QStringLiteral("ms"),
        QStringLiteral("th"), QStringLiteral("vi"), QStringLiteral("my")};
    return spoken.contains(language);
}

void TextToSpeechVoice::say(const QString &text, const QString &language)
{
    const quint64 number = ++m_latest;
    SpeechEngine *e = engine();
    QMetaObject::invokeMethod(e, [e, text, language, number] { e->say(text, language, number); });
}

void TextToSpeechVoice::stop()
{
    ++m_latest;
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [e = m_engine] { e->stop(); });
}

void TextToSpeechVoice::prepare()
{
    SpeechEngine *e = engine();
    QMetaObject::invokeMethod(e, [e] { e->open(); });
}

void TextToSpeechVoice::setVolume(double volume)
{
    SpeechEngine *e = engine();
    QMetaObject::invokeMethod(e, [e, volume] { e->setVolume(volume); });
}

void TextToSpeechVoice::setRate(double rate)
{
    SpeechEngine *e = engine();
    QMetaObject::invokeMethod(e, [e, rate] { e->setRate(rate); });
}

#include "texttospeechvoice.moc"
