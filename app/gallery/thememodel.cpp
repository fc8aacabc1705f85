#include "thememodel.h"

#include "mediaurl.h"

#include <QColor>

int ThemeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThemeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThemeRow &r = m_rows.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return shown(r.name);
        case ThemeIdRole:
            return r.id;
        case DescriptionRole:
            return shown(r.description);
        case AccentRole:
            return QColor(r.accent);
        case PhotoRole:
            return MediaUrl::of(r.photoPath);
        case ItemCountRole:
            return r.itemCount;
    }
    return {};
}

QHash<int, QByteArray> ThemeModel::roleNames() const
{
    return {{ThemeIdRole, "themeId"}, {NameRole, "name"},   {DescriptionRole, "description"},
            {AccentRole, "accent"},   {PhotoRole, "photo"}, {ItemCountRole, "itemCount"}};
}

int ThemeModel::indexOf(const QString &themeId) const
{
    return rowOf(m_rows, &ThemeRow::id, themeId);
}

void ThemeModel::setCountry(const QString &country)
{
    if (m_country == country)
        return;
    m_country = country;
    emit countryChanged();
    reload();
}

QList<ThemeRow> ThemeModel::load() const
{
    Catalogue *c = source();
    return c ? c->themes(language(), m_country) : QList<ThemeRow>();
}

void ThemeModel::reload()
{
    resetRows(m_rows, load());
}

void ThemeModel::retranslate()
{
    replaceRows(m_rows, load());
}
