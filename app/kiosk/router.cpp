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
    if (section == Section::Home || section == Section::Attract)
        m_path.clear();
    else if (!m_path.isEmpty() && m_path.last().section == section && m_path.last().id == wanted)
        m_path.removeLast();  // where back leads, reached another way: that step is taken
    else if (section != m_section && m_section != Section::Home && m_section != Section::Attract)
        m_path.append({m_section, m_id, m_across});
    if (section != Section::Item)
        m_across = {};
    show(section, wanted);
}

void Router::across(const QString &from, const QString &to, const QString &country,
                    const QString &theme)
{
    if (m_section != Section::Item)
        return;
    m_path.append({Section::Item, from, m_across});
    m_across = {country, theme};
    show(Section::Item, to);
}

void Router::back()
{
    const Place to = m_path.isEmpty() ? Place{Section::Home, QString(), {}} : m_path.takeLast();
    m_across = to.across;
    show(to.section, to.id);
}

void Router::goHomeForMissing(Section section, const QString &id)
{
    go(Section::Home);
    m_missing = {section, id};
    emit missingChanged();
}

void Router::show(Section section, const QString &id)
{
    if (!m_missing.id.isEmpty()) {
        m_missing = {};
        emit missingChanged();
    }
    if (section == Section::Country)
        m_country = id;
    if (section == Section::Theme)
        m_theme = id;
    emit placeChanged();
    const bool changed = section != m_section || id != m_id;
    m_section = section;
    m_id = id;
    if (changed)
        qCInfo(lcRouter).noquote() << "screen:" << route();
    emit screenChanged(m_section, m_id);
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
