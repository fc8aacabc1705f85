#pragma once
// The lifestyle themes (food, festivals, …) in display order: the second way into the gallery.

#include "cataloguemodel.h"

class ThemeModel : public CatalogueModel {
    Q_OBJECT
    QML_ELEMENT
    // When set, only the themes this state has photos or videos in, counted for it.
    Q_PROPERTY(QString country READ country WRITE setCountry NOTIFY countryChanged)

public:
    enum Role {
        ThemeIdRole = Qt::UserRole + 1,  // stable id, e.g. "food"
        NameRole,                        // in the chosen language, with fallback
        DescriptionRole,
        AccentRole,  // the theme's colour (QColor)
        PhotoRole,   // image:// URL of a photo that stands for the theme
        ItemCountRole,
    };
    Q_ENUM(Role)

    using CatalogueModel::CatalogueModel;

    QString country() const { return m_country; }
    void setCountry(const QString &country);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOf(const QString &themeId) const;

signals:
    void countryChanged();

protected:
    void reload() override;
    void retranslate() override;

private:
    QList<ThemeRow> load() const;

    QList<ThemeRow> m_rows;
    QString m_country;
};
