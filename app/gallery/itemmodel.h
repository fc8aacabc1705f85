#pragma once
// Photos and videos, filtered by state and theme. Rows are read from SQLite a page at a time
// as views scroll (fetchMore), so a catalogue of 10,000 items costs no more to open than 60.
// fetchMore only schedules the page: the rows arrive from the event loop, never inside the
// caller's own model-change handling (views and QAbstractItemModelTester call it there).

#include "cataloguemodel.h"

class ItemModel : public CatalogueModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString country READ country WRITE setCountry NOTIFY filterChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY filterChanged)
    Q_PROPERTY(bool featuredOnly READ featuredOnly WRITE setFeaturedOnly NOTIFY filterChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,    // MediaKind::Kind
        SourceRole,  // image:// URL of the photo (or the video's poster)
        VideoRole,   // file URL of the video; empty for photos
        WidthRole,   // pixel size of the original
        HeightRole,
        CountryRole,      // ISO code
        CountryNameRole,  // the state's name in the chosen language
        TitleRole,        // texts in the chosen language, with fallback
        DescriptionRole,
        PlaceRole,
        CreditRole,
        LicenceRole,
        DateRole,  // as written by the curator: YYYY, YYYY-MM or YYYY-MM-DD
        FeaturedRole,
        DurationRole,  // videos: length in ms from the catalogue (0: unknown), shown before playing
        // The title in the state's home language and script, when that is not the visitor's
        // language and the catalogue has it; else empty.
        NativeTitleRole,
        NativeLanguageRole,  // that home language's code, for its font; empty with no native title
        PronunciationRole,   // of the native title, written for the visitor; empty when none
                             // or when it is the visitor's title already
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 48;

    using CatalogueModel::CatalogueModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int count() const override { return m_total; }

    QString country() const { return m_filter.country; }
    void setCountry(const QString &country);
    QString theme() const { return m_filter.theme; }
    void setTheme(const QString &theme);
    bool featuredOnly() const { return m_filter.featuredOnly; }
    void setFeaturedOnly(bool featuredOnly);

    // The row of an item, reading further pages until it is found; -1 when it is not here.
    Q_INVOKABLE int rowOf(const QString &itemId);

signals:
    void filterChanged();

protected:
    void reload() override;
    void retranslate() override;

private:
    bool hasNativeTitle(const ItemRow &row) const;
    void loadNextPage(int generation);
    bool appendPage();

    ItemFilter m_filter;
    int m_generation = 0;  // bumped by every reload, so a page scheduled before it is dropped
    bool m_fetchScheduled = false;
    QList<ItemRow> m_rows;
    int m_total = 0;
};
