#pragma once
// The viewer's "Across ASEAN" rail: for the item on screen, the same theme in the other member
// states (Catalogue::acrossAsean), so a visitor looking at tom yum goong sees rendang, fish
// amok and ambuyat beside it and can move sideways into any of them.

#include "cataloguemodel.h"

class AcrossAseanModel : public CatalogueModel {
    Q_OBJECT
    QML_ELEMENT
    // The item the rail stands beside; empty shows nothing.
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY itemIdChanged)
    // The theme wanted (the viewer's filter); when empty or not the item's, its first theme.
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    // The theme the rows share, for the grid a sideways move opens.
    Q_PROPERTY(QString sharedTheme READ sharedTheme NOTIFY sharedThemeChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CountryRole,      // ISO code
        CountryNameRole,  // in the chosen language
        FlagRole,         // image:// URL of the state's flag, or empty
        TitleRole,        // in the chosen language, with fallback
        SourceRole,       // image:// URL of the photo (or the video's poster)
    };
    Q_ENUM(Role)

    using CatalogueModel::CatalogueModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString itemId() const { return m_itemId; }
    void setItemId(const QString &itemId);
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QString sharedTheme() const { return m_sharedTheme; }

signals:
    void itemIdChanged();
    void themeChanged();
    void sharedThemeChanged();

protected:
    void reload() override;
    void retranslate() override;

private:
    AcrossRow load() const;
    void setSharedTheme(const QString &theme);

    QString m_itemId;
    QString m_theme;
    QString m_sharedTheme;
    QList<ItemRow> m_rows;
};
