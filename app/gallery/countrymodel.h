#pragma once
// The member states, in display order, for the home screen and the state page header.

#include "cataloguemodel.h"

class CountryModel : public CatalogueModel {
    Q_OBJECT
    QML_ELEMENT
    // When set, the model holds just this state (the state page).
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,  // ISO 3166 alpha-2, e.g. "TH"
        NameRole,                     // in the chosen language, with fallback
        NativeNameRole,               // in the state's own language and script; empty when
                                      // the name shown is that already (Indonesia in English)
        CapitalRole,
        LanguagesRole,    // official languages, as one phrase
        DescriptionRole,  // one or two sentences about the state
        JoinedRole,       // date of joining ASEAN (QDate)
        AccentRole,       // the state's colour (QColor)
        FlagRole,         // image:// URL of the flag, or empty
        PhotoRole,        // image:// URL of a photo that stands for the state
        ItemCountRole,    // photos and videos of the state
    };
    Q_ENUM(Role)

    using CatalogueModel::CatalogueModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString code() const { return m_code; }
    void setCode(const QString &code);

    // Row of a state, or -1.
    Q_INVOKABLE int indexOf(const QString &code) const;

signals:
    void codeChanged();

protected:
    void reload() override;
    void retranslate() override;

private:
    QList<CountryRow> load() const;

    QList<CountryRow> m_rows;
    QString m_code;
};
