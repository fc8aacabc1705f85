#include "accessibility.h"

#include <cmath>

void Accessibility::setTextScale(int percent)
{
    if (!AccessChoices::isTextScale(percent) || percent == m_choices.textScale)
        return;
    m_choices.textScale = percent;
    emit changed();
}

void Accessibility::setVoiceVolume(int percent)
{
    if (!AccessChoices::isVoiceVolume(percent) || percent == m_choices.voiceVolume)
        return;
    m_choices.voiceVolume = percent;
    emit changed();
}

void Accessibility::setVoiceRate(int percent)
{
    if (!AccessChoices::isVoiceRate(percent) || percent == m_choices.voiceRate)
        return;
    m_choices.voiceRate = percent;
    emit changed();
}

void Accessibility::setVoiceStandIn(const QString &language)
{
    if (!AccessChoices::isVoiceStandIn(language) || language == m_choices.voiceStandIn)
        return;
    m_choices.voiceStandIn = language;
    emit changed();
}

void Accessibility::change(bool AccessChoices::*choice, bool on)
{
    if (m_choices.*choice == on)
        return;
    m_choices.*choice = on;
    emit changed();
}

void Accessibility::setDefaults(const AccessChoices &defaults)
{
    m_defaults = defaults;
    reset();
}

void Accessibility::reset()
{
    if (m_choices == m_defaults)
        return;
    m_choices = m_defaults;
    emit changed();
}

void Accessibility::setMount(const ScreenMount &mount)
{
    m_mount = mount;
    emit changed();
}

int Accessibility::reachTop(int heightPx, bool portrait) const
{
    return int(std::ceil(heightPx * m_mount.outOfReach(portrait)));
}
