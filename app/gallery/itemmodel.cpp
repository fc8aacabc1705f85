#include "itemmodel.h"

#include "mediakind.h"
#include "mediaurl.h"
#include "wordbreaks.h"

#include <QUrl>

int ItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemRow &r = m_rows.at(index.row());
    const MediaKind::Kind kind = MediaKind::fromCatalogue(r.kind);
    const bool video = kind == MediaKind::Video;
    switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return shown(r.title);
        case IdRole:
            return r.id;
        case KindRole:
            return int(kind);
        case SourceRole:
            return MediaUrl::of(video ? r.posterPath : r.mediaPath);
        case VideoRole:
            return video && catalogue() ? QUrl::fromLocalFile(catalogue()->rootPath() +
                                                              QLatin1Char('/') + r.mediaPath)
                                        : QUrl();
        case WidthRole:
            return r.width;
        case HeightRole:
            return r.height;
        case CountryRole:
            return r.country;
        case CountryNameRole:
            return shown(r.countryName);
        case DescriptionRole:
            return shown(r.description);
        case PlaceRole:
            return shown(r.place);
        case CreditRole:
            return shown(r.credit);
        case LicenceRole:
            return r.licence;
        case DateRole:
            return r.date;
        case FeaturedRole:
            return r.featured;
        case DurationRole:
            return r.durationMs;
        case NativeTitleRole:
            return hasNativeTitle(r) ? WordBreaks::mark(r.homeTitle, r.homeLanguage) : QString();
        case NativeLanguageRole:
            return hasNativeTitle(r) ? r.homeLanguage : QString();
        case PronunciationRole:
            // A Korean title is often the pronunciation already (똠얌꿍): not shown twice.
            return hasNativeTitle(r) && r.pronunciation != r.title ? shown(r.pronunciation)
                                                                   : QString();
    }
    return {};
}

bool ItemModel::hasNativeTitle(const ItemRow &r) const
{
    return !r.homeTitle.isEmpty() && r.homeLanguage != language() && r.homeTitle != r.title;
}

QHash<int, QByteArray> ItemModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {KindRole, "kind"},
            {SourceRole, "source"},
            {VideoRole, "video"},
            {WidthRole, "pixelWidth"},
            {HeightRole, "pixelHeight"},
            {CountryRole, "country"},
            {CountryNameRole, "countryName"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {PlaceRole, "place"},
            {CreditRole, "credit"},
            {LicenceRole, "licence"},
            {DateRole, "date"},
            {FeaturedRole, "featured"},
            {DurationRole, "duration"},
            {NativeTitleRole, "nativeTitle"},
            {NativeLanguageRole, "nativeLanguage"},
            {PronunciationRole, "pronunciation"}};
}

bool ItemModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ItemModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetchScheduled)
        return;
    m_fetchScheduled = true;
    QMetaObject::invokeMethod(
        this, [this, generation = m_generation] { loadNextPage(generation); },
        Qt::QueuedConnection);
}

void ItemModel::loadNextPage(int generation)
{
    m_fetchScheduled = false;
    if (generation == m_generation)
        appendPage();
}

bool ItemModel::appendPage()
{
    Catalogue *c = source();
    if (!c || m_rows.size() >= m_total)
        return false;
    const QList<ItemRow> page = c->items(m_filter, language(), int(m_rows.size()), kPageSize);
    if (page.isEmpty()) {
        m_total = int(m_rows.size());  // the catalogue had fewer rows than it counted
        emit countChanged();
        return false;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    return true;
}

int ItemModel::rowOf(const QString &itemId)
{
    for (int row = 0;; ++row) {
        if (row == m_rows.size() && !appendPage())
            return -1;
        if (m_rows.at(row).id == itemId)
            return row;
    }
}

void ItemModel::setFeaturedOnly(bool featuredOnly)
{
    if (m_filter.featuredOnly == featuredOnly)
        return;
    m_filter.featuredOnly = featuredOnly;
    emit filterChanged();
    reload();
}

void ItemModel::setCountry(const QString &country)
{
    if (m_filter.country == country)
        return;
    m_filter.country = country;
    emit filterChanged();
    reload();
}

void ItemModel::setTheme(const QString &theme)
{
    if (m_filter.theme == theme)
        return;
    m_filter.theme = theme;
    emit filterChanged();
    reload();
}

void ItemModel::reload()
{
    ++m_generation;
    m_fetchScheduled = false;
    beginResetModel();
    m_rows.clear();
    Catalogue *c = source();
    m_total = c ? c->itemCount(m_filter) : 0;
    if (c)
        m_rows = c->items(m_filter, language(), 0, kPageSize);
    endResetModel();
    emit countChanged();
}

void ItemModel::retranslate()
{
    Catalogue *c = source();
    if (!c || m_rows.isEmpty())
        return reload();
    QList<ItemRow> rows = c->items(m_filter, language(), 0, int(m_rows.size()));
    // Fewer or more rows: the catalogue changed, so the count and the pages start again too.
    if (rows.size() != m_rows.size())
        return reload();
    replaceRows(m_rows, std::move(rows));
}
