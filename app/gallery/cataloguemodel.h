#pragma once
// Base of the list models QML binds to: each reads from a LiveCatalogue in one language and
// reloads when either changes. Subclasses say how to load; QML never sees SQL.

#include "livecatalogue.h"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QPointer>

class CatalogueModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(LiveCatalogue *catalogue READ catalogue WRITE setCatalogue NOTIFY catalogueChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    LiveCatalogue *catalogue() const { return m_catalogue; }
    void setCatalogue(LiveCatalogue *catalogue);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // Every row there is, loaded or not (ItemModel pages).
    virtual int count() const { return rowCount(); }
    // One role of one row by its QML name, for QML that shows a single row.
    Q_INVOKABLE QVariant get(int row, const QString &roleName) const;

signals:
    void catalogueChanged();
    void languageChanged();
    void countChanged();

protected:
    // Reads everything again, for a new catalogue or a new filter.
    virtual void reload() = 0;
    // Reads the texts of the rows already shown again, so views keep their place.
    virtual void retranslate() { reload(); }
    Catalogue *source() const;
    // Rows read again in a new language: the same number of rows keep their delegates (and the
    // visitor's place); anything else resets the model.
    template <typename Row>
    void replaceRows(QList<Row> &rows, QList<Row> fresh)
    {
        if (fresh.size() != rows.size() || fresh.isEmpty()) {
            resetRows(rows, std::move(fresh));
            return;
        }
        rows = std::move(fresh);
        emit dataChanged(index(0), index(int(rows.size()) - 1));
    }
    // Rows read again for a new catalogue or filter: views start over.
    template <typename Row>
    void resetRows(QList<Row> &rows, QList<Row> fresh)
    {
        beginResetModel();
        rows = std::move(fresh);
        endResetModel();
        emit countChanged();
    }
    // The row whose `key` is `value`, or -1.
    template <typename Row>
    static int rowOf(const QList<Row> &rows, QString Row::*key, const QString &value)
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).*key == value)
                return i;
        }
        return -1;
    }
    // A text as it is shown in the model's language (word-break marks in Thai, Lao, Khmer and
    // Burmese, see WordBreaks).
    QString shown(const QString &text) const;

private:
    QPointer<LiveCatalogue> m_catalogue;
    QString m_language = QStringLiteral("en");
};
