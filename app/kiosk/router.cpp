#include "router.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRouter, "asean.router")

namespace {

const char *nameOf(Router::Section section)
{
    switch (section) {
        case Router::Section::Attract:
            return "attract";
        case Router::Section::Home:
            return "home";
        case Router::Section::Country:
            return "country";
        case Router::Section::Theme:
            return "theme";
        case Router::Section::Item:
            return "item";
    }
    return "home";
}

bool hasId(Router::Section section)
{
    return section == Router::Section::Country || section == Router::Section::Theme ||
           section == Router::Section::Item;
}

}  // namespace

void Router::go(Section section, const QString &id)
{
    const QString wanted = hasId(section) ? id : QString();
    if (section == Section::Item && m_section != Section::Item)
        m_return = m_section == Section::Country || m_section == Section::Theme ? m_section
                                                                                : Section::Home;
    if (section == Section::Country)
        m_country = wanted;
    if (section == Section::Theme)
        m_theme = wanted;
    if (section != Section::Item) {
        m_path.clear();
        m_across = {};
    }
    emit placeChanged();
    const bool changed = section != m_section || wanted != m_id;
    m_section = section;
    m_id = wanted;
    if (changed)
        qCInfo(lcRouter).noquote() << "screen:" << route();
    emit screenChanged(m_section, m_id);
}

void Router::across(const QString &from, const QString &to, const QString &country,
                    const QString &theme)
{
    if (m_section != Section::Item)
        return;
    m_path.append({from, m_across.country, m_across.theme});
    m_across = {to, country, theme};
    go(Section::Item, to);
}

void Router::back()
{
    if (m_section == Section::Item && !m_path.isEmpty()) {
        m_across = m_path.takeLast();
        go(Section::Item, m_across.item);
        return;
    }
    go(m_return, m_return == Section::Country ? m_country
                 : m_return == Section::Theme ? m_theme
                                              : QString());
}

QString Router::routeOf(Section section, const QString &id)
{
    const QString name = QString::fromLatin1(nameOf(section));
    return hasId(section) ? name + QLatin1Char('/') + id : name;
}

bool Router::parse(const QString &route, Section *section, QString *id)
{
    const QString name = route.section(QLatin1Char('/'), 0, 0);
    const QString rest = route.section(QLatin1Char('/'), 1);
    for (Section s :
         {Section::Attract, Section::Home, Section::Country, Section::Theme, Section::Item}) {
        if (name == QLatin1String(nameOf(s)) && hasId(s) == !rest.isEmpty()) {
            *section = s;
            *id = rest;
            return true;
        }
    }
    return false;
}
