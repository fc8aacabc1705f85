#pragma once
// The physical keypad and keyboard (issue 14): every visitor screen can be used without touching
// it. Keys are read before the window delivers them (an event filter on the window), mapped to
// what they do, and done here:
//
//   Tab, keypad +          next control in reading order (wraps: no control is a trap)
//   Shift+Tab, keypad -    previous control
//   arrows, keypad 8 2 4 6 the nearest control that way; a slider (the film's scrub bar) moves
//   Enter, OK, Space, 5    choose: the control's Accessible press action, as Orca would
//   Backspace, Escape, 0   back (signal back(); Main.qml closes an overlay or goes back)
//   Home, keypad 7         home (signal home())
//
// The focus stops are the items with activeFocusOnTab that are visible, enabled and not beneath
// an overlay: an item whose QML property `keypadModal` is true hides everything painted before
// it, so focus never lands under the access panel, the language list, "Still there?", the
// player or the staff pad. A view's delegates (GridView, ListView) are reached by index, so
// focus walks a grid longer than the screen. The focused control is always the window's
// activeFocusItem: its Accessible.name is what a voice layer speaks.
//
// Controls mark themselves; screens and overlays mark where focus starts (`keypadStart: true`);
// an item under which digit keys are typed rather than moved with (the staff PIN pad) says
// `keypadTakesDigits: true`.

#include <QtQml/qqmlregistration.h>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRectF>
#include <QTimer>

class Keypad : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickWindow *window READ window WRITE setWindow NOTIFY windowChanged)
    // A key was used in this visit: the focus ring shows. reset() ends it.
    Q_PROPERTY(bool used READ used NOTIFY usedChanged)
    // Keys do nothing while this is true (the key that answers "Still there?" only answers it).
    Q_PROPERTY(bool blocked READ blocked WRITE setBlocked NOTIFY blockedChanged)
    // The screen shown ("country/TH"): where focus was on each is remembered for the way back.
    Q_PROPERTY(QString route READ route WRITE setRoute NOTIFY routeChanged)
    // The focused control, or null when focus is on none; and where it is in the window, for the
    // focus ring.
    Q_PROPERTY(QQuickItem *current READ current NOTIFY currentChanged)
    Q_PROPERTY(QRectF currentRect READ currentRect NOTIFY currentRectChanged)
    Q_PROPERTY(qreal currentRadius READ currentRadius NOTIFY currentRectChanged)

public:
    enum Action { None, Next, Previous, Up, Down, Left, Right, Activate, Back, Home };
    Q_ENUM(Action)

    explicit Keypad(QObject *parent = nullptr);

    QQuickWindow *window() const { return m_window; }
    void setWindow(QQuickWindow *window);
    bool used() const { return m_used; }
    bool blocked() const { return m_blocked; }
    void setBlocked(bool blocked);
    QString route() const { return m_route; }
    void setRoute(const QString &route);
    QQuickItem *current() const { return m_current; }
    QRectF currentRect() const { return m_rect; }
    qreal currentRadius() const { return m_radius; }

    // What a key does; None for keys the keypad leaves alone.
    static Action actionOf(int key, Qt::KeyboardModifiers modifiers);

    // The focus stops now, in reading order (a view's delegates as far as they exist).
    Q_INVOKABLE QList<QQuickItem *> stops() const;
    // The overlay that holds focus now, or null when none is open.
    Q_INVOKABLE QQuickItem *overlay() const;
    // Does what `action` does, as if its key had been pressed; false when nothing moved or
    // happened.
    Q_INVOKABLE bool perform(Keypad::Action action);
    // Puts focus where it belongs when it is on no stop (a screen shown, an overlay opened or
    // closed): back where it was on this screen, else the screen's start, else the first stop.
    Q_INVOKABLE void settle();
    // The visit ended: no key used, nothing remembered.
    Q_INVOKABLE void reset();

signals:
    void windowChanged();
    void usedChanged();
    void blockedChanged();
    void routeChanged();
    void currentChanged();
    void currentRectChanged();
    // The first key of a visit: Main.qml opens the access panel's "keypad in use" hint.
    void firstKey();
    void back();
    void home();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Layer;
    Layer layer() const;
    bool isStop(QQuickItem *item) const;
    bool focus(QQuickItem *item);
    bool linear(bool forward);
    bool spatial(Action action);
    bool inView(Action action);
    bool activate();
    void settleNow();
    void checkFocus();
    void updateRect();

    QPointer<QQuickWindow> m_window;
    bool m_used = false;
    bool m_blocked = false;
    QString m_route;
    QPointer<QQuickItem> m_current;
    QRectF m_rect;
    qreal m_radius = 0;
    // Where focus was on each screen, and before the open overlay took it.
    QHash<QString, QPointer<QQuickItem>> m_onScreen;
    QPointer<QQuickItem> m_beforeOverlay;
    QTimer m_settle;
    QTimer m_check;
    int m_settleTries = 0;
    // The next settle chooses afresh even when focus is on a control (another screen).
    bool m_forced = false;
};
