#include "cataloguemodel.h"

#include "wordbreaks.h"

void CatalogueModel::setCatalogue(LiveCatalogue *catalogue)
{
    if (m_catalogue == catalogue)
        return;
    if (m_catalogue)
        disconnect(m_catalogue, nullptr, this, nullptr);
    m_catalogue = catalogue;
    if (m_catalogue)
        connect(m_catalogue, &LiveCatalogue::changed, this, &CatalogueModel::reload);
    emit catalogueChanged();
    reload();
}

void CatalogueModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    emit languageChanged();
    retranslate();
}

QVariant CatalogueModel::get(int row, const QString &roleName) const
{
    const int role = roleNames().key(roleName.toUtf8(), -1);
    return role < 0 ? QVariant() : data(index(row, 0), role);
}

Catalogue *CatalogueModel::source() const
{
    return m_catalogue && m_catalogue->isReady() ? &m_catalogue->catalogue() : nullptr;
}

QString CatalogueModel::shown(const QString &text) const
{
    return WordBreaks::mark(text, m_language);
}
