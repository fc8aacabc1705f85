#pragma once
// Which screen is shown: a section and, for a state, a theme or an item, its id. Back returns
// along the visitor's path (a state's page, the theme page it led to, a photo there: back goes
// to the theme, then the state), and the last state and theme stay set under it so their grids
// keep their place. Every change is one screenChanged(section, id), for the log today and for
// analytics and voice.

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
    // Where back leads (the grid the viewer returns to, the state page a theme page was opened
    // from, or home), and the last state and theme shown. Told before the screen itself
    // changes, so the viewer has its list before it looks for the item.
    Q_PROPERTY(Section returnSection READ returnSection NOTIFY placeChanged)
    Q_PROPERTY(QString returnId READ returnId NOTIFY placeChanged)
    Q_PROPERTY(QString countryCode READ countryCode NOTIFY placeChanged)
    Q_PROPERTY(QString themeId READ themeId NOTIFY placeChanged)
    // After a sideways move (across()), the grid the viewer shows: that state's items of the
    // shared theme. Empty while the viewer shows the grid it was opened from.
    Q_PROPERTY(QString acrossCountry READ acrossCountry NOTIFY placeChanged)
    Q_PROPERTY(QString acrossTheme READ acrossTheme NOTIFY placeChanged)
    // A place asked for (--open) that the catalogue does not have, and home shown instead; the
    // screen says so until the next move. missingId is empty when there is none.
    Q_PROPERTY(Section missingSection READ missingSection NOTIFY missingChanged)
    Q_PROPERTY(QString missingId READ missingId NOTIFY missingChanged)

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
    Section returnSection() const
    {
        return m_path.isEmpty() ? Section::Home : m_path.last().section;
    }
    QString returnId() const { return m_path.isEmpty() ? QString() : m_path.last().id; }
    QString countryCode() const { return m_country; }
    QString themeId() const { return m_theme; }
    QString acrossCountry() const { return m_across.country; }
    QString acrossTheme() const { return m_across.theme; }
    Section missingSection() const { return m_missing.section; }
    QString missingId() const { return m_missing.id; }

    // Home (and the attract loop) start the path afresh; a place of the section already shown
    // (a swipe in the viewer, another theme from a theme page's strip) replaces it, so back
    // still leads where it did; any other place is added to the path.
    Q_INVOKABLE void go(Router::Section section, const QString &id = {});
    // From item `from` in the viewer sideways to `to`, shown among `country`'s items of
    // `theme`; back() then returns to `from` in the grid it was shown in.
    Q_INVOKABLE void across(const QString &from, const QString &to, const QString &country,
                            const QString &theme);
    // Home, in place of `section` `id`, which the catalogue does not have (missingId).
    void goHomeForMissing(Router::Section section, const QString &id);
    // One step back along the path: from a sideways move to the item it left, the viewer to its
    // grid, a theme page to the state page it was opened from; home when the path is empty.
    Q_INVOKABLE void back();
    QString route() const { return routeOf(m_section, m_id); }
    static QString routeOf(Section section, const QString &id);
    // Reads a route; false when it is not one.
    static bool parse(const QString &route, Section *section, QString *id);

signals:
    void placeChanged();
    void missingChanged();
    void screenChanged(Router::Section section, const QString &id);

private:
    // The grid the viewer shows after a sideways move (empty: the one it was opened from).
    struct Across {
        QString country;
        QString theme;
    };
    struct Place {
        Section section;
        QString id;
        Across across;  // for an item: the grid it was shown in
    };
    void show(Section section, const QString &id);

    Section m_section = Section::Home;
    QString m_id;
    // The places back returns to, the nearest last; home is not in it.
    QList<Place> m_path;
    QString m_country;
    QString m_theme;
    Across m_across;
    struct Missing {
        Section section = Section::Home;
        QString id;
    };
    Missing m_missing;
};
