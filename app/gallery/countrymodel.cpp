#include "countrymodel.h"

#include "mediaurl.h"

#include <QColor>
#include <QDate>

int CountryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CountryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CountryRow &r = m_rows.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return shown(r.name);
        case CodeRole:
            return r.code;
        case NativeNameRole:
            // Said once: "Indonesia", not "Indonesia / Indonesia" (cards and state pages).
            return r.nativeName.compare(r.name, Qt::CaseInsensitive) == 0 ? QString()
                                                                          : r.nativeName;
        case CapitalRole:
            return shown(r.capital);
        case LanguagesRole:
            return shown(r.languages);
        case DescriptionRole:
            return shown(r.description);
        case JoinedRole:
            return QDate::fromString(r.joined, Qt::ISODate);
        case AccentRole:
            return QColor(r.accent);
        case FlagRole:
            return MediaUrl::of(r.flagPath);
        case PhotoRole:
            return MediaUrl::of(r.photoPath);
        case ItemCountRole:
            return r.itemCount;
    }
    return {};
}

QHash<int, QByteArray> CountryModel::roleNames() const
{
    return {
        {CodeRole, "code"},       {NameRole, "name"},           {NativeNameRole, "nativeName"},
        {CapitalRole, "capital"}, {LanguagesRole, "languages"}, {DescriptionRole, "description"},
        {JoinedRole, "joined"},   {AccentRole, "accent"},       {FlagRole, "flag"},
        {PhotoRole, "photo"},     {ItemCountRole, "itemCount"}};
}

void CountryModel::setCode(const QString &code)
{
    if (m_code == code)
        return;
    m_code = code;
    emit codeChanged();
    reload();
}

int CountryModel::indexOf(const QString &code) const
{
    return rowOf(m_rows, &CountryRow::code, code);
}

QList<CountryRow> CountryModel::load() const
{
    QList<CountryRow> rows;
    if (Catalogue *c = source()) {
        if (m_code.isEmpty()) {
            rows = c->countries(language());
        } else if (const auto row = c->country(m_code, language())) {
            rows.append(*row);
        }
    }
    return rows;
}

void CountryModel::reload()
{
    resetRows(m_rows, load());
}

void CountryModel::retranslate()
{
    replaceRows(m_rows, load());
}
