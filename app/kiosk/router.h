#pragma once
// Which screen is shown: a section and, for a state, a theme or an item, its id. The viewer
// returns to the grid it was opened from, and the last state and theme stay set under it so
// their grids keep their place. Every change is one screenChanged(section, id), for the log
// today and for analytics and voice.

#include <QtQml/qqmlregistration.h>
#include <QList>
#include <QObject>
#include <QString>

class Router : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Section section READ section NOTIFY screenChanged)
    Q_PROPERTY(QString id READ id NOTIFY screenChanged)
    // "country/TH" and the like, as --open takes and the log shows.
    Q_PROPERTY(QString route READ route NOTIFY screenChanged)
    // The grid the viewer returns to, and the last state and theme shown. Told before the
    // screen itself changes, so the viewer has its list before it looks for the item.
    Q_PROPERTY(Section returnSection READ returnSection NOTIFY placeChanged)
    Q_PROPERTY(QString countryCode READ countryCode NOTIFY placeChanged)
    Q_PROPERTY(QString themeId READ themeId NOTIFY placeChanged)
    // After a sideways move (across()), the grid the viewer shows: that state's items of the
    // shared theme. Empty while the viewer shows the grid it was opened from.
    Q_PROPERTY(QString acrossCountry READ acrossCountry NOTIFY placeChanged)
    Q_PROPERTY(QString acrossTheme READ acrossTheme NOTIFY placeChanged)

public:
    explicit Router(QObject *parent = nullptr) : QObject(parent) {}

    enum class Section {
        Attract,  // the loop between visitors
        Home,     // every member state, and the themes
        Country,  // one member state's page; id: its ISO code
        Theme,    // one theme across the states; id: the theme's id
        Item,     // the full-screen viewer; id: the item's id
    };
    Q_ENUM(Section)

    Section section() const { return m_section; }
    QString id() const { return m_id; }
    Section returnSection() const { return m_return; }
    QString countryCode() const { return m_country; }
    QString themeId() const { return m_theme; }
    QString acrossCountry() const { return m_across.country; }
    QString acrossTheme() const { return m_across.theme; }

    Q_INVOKABLE void go(Router::Section section, const QString &id = {});
    // From item `from` in the viewer sideways to `to`, shown among `country`'s items of
    // `theme`; back() then returns to `from` in the grid it was shown in.
    Q_INVOKABLE void across(const QString &from, const QString &to, const QString &country,
                            const QString &theme);
    // Back along the visitor's sideways moves, then closes the viewer: back to the grid it was
    // opened from.
    Q_INVOKABLE void back();
    QString route() const { return routeOf(m_section, m_id); }
    static QString routeOf(Section section, const QString &id);
    // Reads a route; false when it is not one.
    static bool parse(const QString &route, Section *section, QString *id);

signals:
    void placeChanged();
    void screenChanged(Router::Section section, const QString &id);

private:
    // An item in the viewer and the grid it was shown in (empty: the one it was opened from).
    struct ViewerPlace {
        QString item;
        QString country;
        QString theme;
    };

    Section m_section = Section::Home;
    QString m_id;
    Section m_return = Section::Home;
    QString m_country;
    QString m_theme;
    ViewerPlace m_across;
    QList<ViewerPlace> m_path;  // the places sideways moves left, newest last
};
