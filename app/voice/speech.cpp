#include "speech.h"

#include "voice.h"

#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcVoice, "asean.voice", QtInfoMsg)

Speech::Speech(QObject *parent) : QObject(parent) {}

Speech::~Speech() = default;

void Speech::setVoice(Voice *voice, const QString &whyNone)
{
    if (m_voice)
        disconnect(m_voice, nullptr, this, nullptr);
    m_voice = voice;
    if (!voice) {
        if (!m_told)
            qCWarning(lcVoice).noquote()
                << "no voice:" << whyNone << "- spoken guidance is off on this kiosk";
        m_told = true;
        emit changed();
        return;
    }
    m_told = true;
    voice->setVolume(m_volume);
    voice->setRate(m_rate);
    if (m_on)
        voice->prepare();
    // When the sound begins, and how long after it was asked for (the benchmark's figure).
    connect(voice, &Voice::started, this, [this] {
        qCInfo(lcVoice).noquote() << QStringLiteral("speaking [%1] %2 ms after it was asked")
                                         .arg(m_spokenLanguage)
                                         .arg(m_asked.elapsed());
    });
    connect(voice, &Voice::unavailable, this, [this](const QString &why) {
        qCWarning(lcVoice).noquote()
            << "no voice:" << why << "- spoken guidance is off on this kiosk";
        m_voice = nullptr;
        emit changed();
    });
    emit changed();
}

void Speech::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (!on)
        stop();
    else if (m_voice)
        m_voice->prepare();
    qCInfo(lcVoice) << "voice guidance" << (on ? "on" : "off");
    emit changed();
}

bool Speech::available() const
{
    return m_voice;
}

void Speech::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit changed();
}

void Speech::setStandIn(const QString &language)
{
    if (language == m_standIn)
        return;
    m_standIn = language;
    emit changed();
}

QString Speech::voiceLanguage() const
{
    if (hasVoice(m_language))
        return m_language;
    return hasVoice(m_standIn) ? m_standIn : QString();
}

void Speech::setVolume(int percent)
{
    m_volume = qBound(0, percent, 100) / 100.0;
    if (m_voice)
        m_voice->setVolume(m_volume);
}

void Speech::setRate(int percent)
{
    m_rate = qBound(-100, percent, 100) / 100.0;
    if (m_voice)
        m_voice->setRate(m_rate);
}

bool Speech::hasVoice(const QString &language) const
{
    return m_voice && !language.isEmpty() && m_voice->speaks(language);
}

void Speech::say(const QVariantList &parts)
{
    const QString spoken = voiceLanguage();
    if (!m_on || spoken.isEmpty())
        return;
    QStringList words;
    for (const QVariant &part : parts) {
        const QVariantMap stated = part.toMap();
        const QString text =
            stated.isEmpty() ? part.toString() : stated.value(QStringLiteral("text")).toString();
        const QString language =
            stated.isEmpty() ? m_language : stated.value(QStringLiteral("language")).toString();
        if (text.trimmed().isEmpty())
            continue;
        const QString said = m_phrasebook.translate(text, language, spoken);
        if (said.isEmpty())
            qCDebug(lcVoice).noquote() << "left unsaid: no" << spoken << "words for" << text;
        else
            words << said;
    }
    if (words.isEmpty())
        return;
    m_spoken = words.join(QLatin1Char(' '));
    m_spokenLanguage = spoken;
    emit spokenChanged();
    speak();
}

void Speech::repeat()
{
    if (m_on && !m_spoken.isEmpty())
        speak();
}

void Speech::stop()
{
    if (m_voice)
        m_voice->stop();
}

void Speech::speak()
{
    if (!m_voice || !m_voice->speaks(m_spokenLanguage))
        return;
    qCInfo(lcVoice).noquote() << QStringLiteral("said [%1]: %2").arg(m_spokenLanguage, m_spoken);
    m_asked.start();
    m_voice->say(m_spoken, m_spokenLanguage);
}
