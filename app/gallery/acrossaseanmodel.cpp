#include "acrossaseanmodel.h"

#include "mediakind.h"
#include "mediaurl.h"

int AcrossAseanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AcrossAseanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemRow &r = m_rows.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return shown(r.title);
        case IdRole:
            return r.id;
        case CountryRole:
            return r.country;
        case CountryNameRole:
            return shown(r.countryName);
        case FlagRole:
            return MediaUrl::of(r.flagPath);
        case SourceRole:
            return MediaUrl::of(MediaKind::fromCatalogue(r.kind) == MediaKind::Video ? r.posterPath
                                                                                     : r.mediaPath);
    }
    return {};
}

QHash<int, QByteArray> AcrossAseanModel::roleNames() const
{
    return {{IdRole, "itemId"}, {CountryRole, "country"}, {CountryNameRole, "countryName"},
            {FlagRole, "flag"}, {TitleRole, "title"},     {SourceRole, "source"}};
}

void AcrossAseanModel::setItemId(const QString &itemId)
{
    if (m_itemId == itemId)
        return;
    m_itemId = itemId;
    emit itemIdChanged();
    reload();
}

void AcrossAseanModel::setTheme(const QString &theme)
{
    if (m_theme == theme)
        return;
    m_theme = theme;
    emit themeChanged();
    reload();
}

void AcrossAseanModel::setSharedTheme(const QString &theme)
{
    if (m_sharedTheme == theme)
        return;
    m_sharedTheme = theme;
    emit sharedThemeChanged();
}

AcrossRow AcrossAseanModel::load() const
{
    Catalogue *c = source();
    return c && !m_itemId.isEmpty() ? c->acrossAsean(m_itemId, m_theme, language()) : AcrossRow{};
}

void AcrossAseanModel::reload()
{
    AcrossRow across = load();
    setSharedTheme(across.theme);
    resetRows(m_rows, std::move(across.items));
}

void AcrossAseanModel::retranslate()
{
    replaceRows(m_rows, load().items);
}
