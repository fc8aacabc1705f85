#include "keypad.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <algorithm>
#include <cmath>
#include <functional>

// What has focus and what is pressed, by name: QT_LOGGING_RULES="asean.keypad.debug=true".
Q_LOGGING_CATEGORY(lcKeypad, "asean.keypad", QtInfoMsg)

namespace {

// How often, and how long apart, a settle waits for the screen's start to exist (a view makes
// its delegates at the next polish, after the screen is shown).
constexpr int kSettleTries = 12;
constexpr int kSettleMs = 40;
// Room kept around a control scrolled into view, for the focus ring.
constexpr qreal kRingRoom = 16;

bool isFlickable(const QQuickItem *item)
{
    return item->inherits("QQuickFlickable");
}

QQuickItem *contentOf(const QQuickItem *flickable)
{
    return flickable->property("contentItem").value<QQuickItem *>();
}

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// True when `item` or an item it is in has the QML property `name` set to true.
bool marked(const QQuickItem *item, const char *name)
{
    for (; item; item = item->parentItem()) {
        if (item->property(name).toBool())
            return true;
    }
    return false;
}

// Children in the order they are painted: by z, in declaration order among equals.
QList<QQuickItem *> paintOrder(const QQuickItem *item)
{
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
    return children;
}

// A delegate of a GridView or ListView: the view, and the delegate's index in it.
struct InView {
    QQuickItem *view = nullptr;
    int index = -1;
};

InView viewPlace(QQuickItem *item)
{
    QQuickItem *content = item ? item->parentItem() : nullptr;
    QQuickItem *view = content ? content->parentItem() : nullptr;
    if (!view || !view->inherits("QQuickItemView") || contentOf(view) != content)
        return {};
    int index = -1;
    QMetaObject::invokeMethod(view, "indexAt", Q_RETURN_ARG(int, index),
                              Q_ARG(qreal, item->x() + item->width() / 2),
                              Q_ARG(qreal, item->y() + item->height() / 2));
    if (index < 0)
        return {};  // a header or footer, not a delegate
    return {view, index};
}

// The view's delegate at `index`, scrolled into the view and made if it was not there.
QQuickItem *delegateAt(QQuickItem *view, int index)
{
    const int count = view->property("count").toInt();
    if (index < 0 || index >= count)
        return nullptr;
    const QMetaObject *meta = view->metaObject();
    const QMetaEnum modes = meta->enumerator(meta->indexOfEnumerator("PositionMode"));
    QMetaObject::invokeMethod(view, "positionViewAtIndex", Q_ARG(int, index),
                              Q_ARG(int, modes.keyToValue("Contain")));
    QMetaObject::invokeMethod(view, "forceLayout");
    view->setProperty("currentIndex", index);
    QQuickItem *item = nullptr;
    QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item),
                              Q_ARG(int, index));
    return item;
}

// Reading order: a block of controls inside a scrolled area (a Flickable, a view) stays
// together, placed where its first control is seen, and read in its own content's coordinates,
// so scrolling never reorders anything.
struct Node {
    QQuickItem *area = nullptr;  // the Flickable; null for the window
    QQuickItem *stop = nullptr;  // a control (then no children)
    QRectF key;                  // in the enclosing area's content (the scene for the window)
    QList<Node> children;
};

// Rows top to bottom, and left to right within a row: an item is in the row of the one above
// it when it starts above that one's middle.
void readingSort(QList<Node> *nodes)
{
    std::stable_sort(nodes->begin(), nodes->end(),
                     [](const Node &a, const Node &b) { return a.key.top() < b.key.top(); });
    QList<Node> sorted;
    qsizetype first = 0;
    while (first < nodes->size()) {
        const qreal middle = nodes->at(first).key.center().y();
        qsizetype end = first + 1;
        while (end < nodes->size() && nodes->at(end).key.top() < middle)
            ++end;
        QList<Node> row = nodes->mid(first, end - first);
        std::stable_sort(row.begin(), row.end(),
                         [](const Node &a, const Node &b) { return a.key.left() < b.key.left(); });
        sorted.append(row);
        first = end;
    }
    *nodes = sorted;
}

// Keys of `node`'s children in the coordinates of `area`'s content (the scene when null),
// children sorted; returns the node's own key: its first control's place.
QRectF arrange(Node *node)
{
    for (Node &child : node->children) {
        if (child.stop) {
            const QRectF box(0, 0, child.stop->width(), child.stop->height());
            child.key = node->area ? child.stop->mapRectToItem(contentOf(node->area), box)
                                   : child.stop->mapRectToScene(box);
        } else {
            // The area's first control where it is seen, or where it would come into view when
            // it is scrolled out: however the area is scrolled, it keeps its place among the
            // controls around it (a grid under the themes, the current page of the viewer).
            const QRectF first = contentOf(child.area)->mapRectToScene(arrange(&child));
            const QRectF view = sceneRect(child.area);
            QRectF seen = first.intersected(view);
            if (seen.isEmpty())
                seen = QRectF(std::clamp(first.x(), view.left(), view.right()),
                              std::clamp(first.y(), view.top(), view.bottom()), 1, 1);
            child.key = node->area ? contentOf(node->area)->mapRectFromScene(seen) : seen;
        }
    }
    readingSort(&node->children);
    return node->children.isEmpty() ? QRectF() : node->children.first().key;
}

void flatten(const Node &node, QList<QQuickItem *> *out)
{
    for (const Node &child : node.children) {
        if (child.stop)
            out->append(child.stop);
        else
            flatten(child, out);
    }
}

// Scrolls every area `item` is in so that it is in view; the first control of an area scrolls
// it to its start and the last to its end, so what is written before or after them is seen too.
void bringIntoView(QQuickItem *item, const QList<QQuickItem *> &order)
{
    for (QQuickItem *area = item->parentItem(); area; area = area->parentItem()) {
        if (!isFlickable(area) || area->inherits("QQuickItemView"))
            continue;  // a view scrolls itself to its delegate (delegateAt)
        QQuickItem *content = contentOf(area);
        const auto inArea = [content](QQuickItem *stop) { return content->isAncestorOf(stop); };
        const auto firstIn = std::find_if(order.begin(), order.end(), inArea);
        const auto lastIn = std::find_if(order.rbegin(), order.rend(), inArea);
        const QRectF box = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()))
                               .adjusted(-kRingRoom, -kRingRoom, kRingRoom, kRingRoom);
        for (const bool vertical : {true, false}) {
            const char *at = vertical ? "contentY" : "contentX";
            const qreal origin = area->property(vertical ? "originY" : "originX").toReal();
            const qreal extent =
                area->property(vertical ? "contentHeight" : "contentWidth").toReal();
            const qreal view = vertical ? area->height() : area->width();
            if (extent <= view)
                continue;
            const qreal now = area->property(at).toReal();
            const qreal low = vertical ? box.top() : box.left();
            const qreal high = vertical ? box.bottom() : box.right();
            qreal wanted = now;
            if (firstIn != order.end() && *firstIn == item)
                wanted = origin;
            else if (lastIn != order.rend() && *lastIn == item)
                wanted = origin + extent - view;
            else if (low < now)
                wanted = low;
            else if (high > now + view)
                wanted = high - view;
            wanted = std::clamp(wanted, origin, origin + extent - view);
            if (!qFuzzyCompare(wanted + 1, now + 1))
                area->setProperty(at, wanted);
        }
    }
}

// What a screen reader says for the control.
QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *accessible = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

bool doAccessibleAction(QQuickItem *item, const QString &action)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
    QAccessibleActionInterface *actions = accessible ? accessible->actionInterface() : nullptr;
    if (!actions)
        return false;
    actions->doAction(action);
    return true;
}

}  // namespace

struct Keypad::Layer {
    QQuickItem *overlay = nullptr;  // the topmost open overlay, if any
    QList<QQuickItem *> stops;      // in reading order
};

Keypad::Keypad(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(0);
    connect(&m_settle, &QTimer::timeout, this, &Keypad::settleNow);
    // Focus changes are looked at once the change is over: they also come while a window and
    // its items are being taken apart.
    m_check.setSingleShot(true);
    m_check.setInterval(0);
    connect(&m_check, &QTimer::timeout, this, &Keypad::checkFocus);
}

void Keypad::setWindow(QQuickWindow *window)
{
    if (window == m_window)
        return;
    if (m_window) {
        m_window->removeEventFilter(this);
        disconnect(m_window, nullptr, this, nullptr);
    }
    m_window = window;
    if (m_window) {
        m_window->installEventFilter(this);
        connect(m_window, &QQuickWindow::activeFocusItemChanged, &m_check,
                qOverload<>(&QTimer::start));
        // The ring follows its control as it scrolls or moves.
        connect(m_window, &QQuickWindow::afterAnimating, this, &Keypad::updateRect);
    }
    emit windowChanged();
}

void Keypad::setBlocked(bool blocked)
{
    if (blocked == m_blocked)
        return;
    m_blocked = blocked;
    emit blockedChanged();
}

void Keypad::setRoute(const QString &route)
{
    if (route == m_route)
        return;
    m_route = route;
    emit routeChanged();
    // Another screen: focus goes to it (once it is there).
    m_settleTries = 0;
    m_forced = true;
    m_settle.setInterval(0);
    m_settle.start();
}

Keypad::Action Keypad::actionOf(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return None;
    const bool keypad = modifiers & Qt::KeypadModifier;
    switch (key) {
        case Qt::Key_Tab:
            return modifiers & Qt::ShiftModifier ? Previous : Next;
        case Qt::Key_Backtab:
            return Previous;
        case Qt::Key_Up:
            return Up;
        case Qt::Key_Down:
            return Down;
        case Qt::Key_Left:
            return Left;
        case Qt::Key_Right:
            return Right;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
        case Qt::Key_Select:
        case Qt::Key_Clear:  // keypad 5 without Num Lock
            return Activate;
        case Qt::Key_Backspace:
        case Qt::Key_Escape:
        case Qt::Key_Back:
        case Qt::Key_Insert:  // keypad 0 without Num Lock
            return Back;
        case Qt::Key_Home:
        case Qt::Key_HomePage:
            return Home;
        default:
            break;
    }
    if (!keypad)
        return None;
    // The numeric keypad with Num Lock on.
    switch (key) {
        case Qt::Key_8:
            return Up;
        case Qt::Key_2:
            return Down;
        case Qt::Key_4:
            return Left;
        case Qt::Key_6:
            return Right;
        case Qt::Key_5:
            return Activate;
        case Qt::Key_0:
            return Back;
        case Qt::Key_7:
            return Home;
        case Qt::Key_Plus:
            return Next;
        case Qt::Key_Minus:
            return Previous;
        default:
            return None;
    }
}

bool Keypad::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Action action = actionOf(key->key(), key->modifiers());
    QQuickItem *focused = m_window->activeFocusItem();
    // The staff PIN pad takes its digits, and Backspace, as typed.
    const bool digit = key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9;
    if ((digit || key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete) &&
        marked(focused, "keypadTakesDigits"))
        return false;
    if (action == None)
        return false;
    if (m_blocked)
        return true;
    if (key->isAutoRepeat() && (action == Activate || action == Back || action == Home))
        return true;
    if (!m_used) {
        m_used = true;
        qCInfo(lcKeypad) << "keypad in use";
        emit usedChanged();
        updateRect();
        emit firstKey();
        settle();
        return true;
    }
    perform(action);
    return true;
}

Keypad::Layer Keypad::layer() const
{
    Layer layer;
    if (!m_window)
        return layer;
    QList<QQuickItem *> found;
    // Depth first in paint order: an open overlay drops every control painted before it.
    const std::function<void(QQuickItem *, qreal)> gather = [&](QQuickItem *item, qreal opacity) {
        if (!item->isVisible() || !item->isEnabled())
            return;
        if (item->property("keypadModal").toBool()) {
            found.clear();
            layer.overlay = item;
        }
        opacity *= item->opacity();
        if (opacity <= 0.01)
            return;
        if (item->activeFocusOnTab() && item->width() > 0 && item->height() > 0)
            found.append(item);
        for (QQuickItem *child : paintOrder(item))
            gather(child, opacity);
    };
    gather(m_window->contentItem(), 1);
    // Grouped by the scrolled areas they are in, then read in order.
    Node root;
    for (QQuickItem *stop : std::as_const(found)) {
        QList<QQuickItem *> areas;
        for (QQuickItem *up = stop->parentItem(); up; up = up->parentItem()) {
            if (isFlickable(up))
                areas.prepend(up);
        }
        Node *node = &root;
        for (QQuickItem *area : std::as_const(areas)) {
            auto it = std::find_if(node->children.begin(), node->children.end(),
                                   [area](const Node &n) { return n.area == area; });
            if (it == node->children.end()) {
                node->children.append(Node{area, nullptr, {}, {}});
                it = node->children.end() - 1;
            }
            node = &*it;
        }
        node->children.append(Node{nullptr, stop, {}, {}});
    }
    arrange(&root);
    flatten(root, &layer.stops);
    return layer;
}

QList<QQuickItem *> Keypad::stops() const
{
    return layer().stops;
}

QQuickItem *Keypad::overlay() const
{
    return layer().overlay;
}

bool Keypad::isStop(QQuickItem *item) const
{
    return item && layer().stops.contains(item);
}

bool Keypad::focus(QQuickItem *item)
{
    if (!item)
        return false;
    item->forceActiveFocus(Qt::TabFocusReason);
    if (m_used)
        bringIntoView(item, layer().stops);
    checkFocus();
    return item->hasActiveFocus();
}

bool Keypad::perform(Action action)
{
    switch (action) {
        case Back:
            emit back();
            return true;
        case Home:
            emit home();
            return true;
        case None:
            return false;
        default:
            break;
    }
    // Focus on nothing, or on something now under an overlay: the key puts it where it belongs.
    if (!m_current || !isStop(m_current)) {
        m_forced = false;
        settleNow();
        return m_current != nullptr;
    }
    switch (action) {
        case Next:
            return linear(true);
        case Previous:
            return linear(false);
        case Activate:
            return activate();
        default:
            break;
    }
    // A slider moves with left and right.
    const QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_current);
    if (accessible && accessible->role() == QAccessible::Slider &&
        (action == Left || action == Right))
        return doAccessibleAction(m_current, action == Right
                                                 ? QAccessibleActionInterface::increaseAction()
                                                 : QAccessibleActionInterface::decreaseAction());
    return inView(action) || spatial(action);
}

bool Keypad::linear(bool forward)
{
    const QList<QQuickItem *> order = layer().stops;
    if (order.isEmpty())
        return false;
    // Within a view, by index: its delegates beyond the screen do not exist yet.
    const InView here = viewPlace(m_current);
    if (here.view) {
        if (QQuickItem *item = delegateAt(here.view, here.index + (forward ? 1 : -1)))
            return focus(item);
    }
    const qsizetype at = order.indexOf(m_current);
    qsizetype to = at;
    // Past this view's other delegates to the stop beyond them.
    do {
        to = (to + (forward ? 1 : -1) + order.size()) % order.size();
    } while (here.view && to != at && viewPlace(order.at(to)).view == here.view);
    QQuickItem *next = order.at(to);
    // Into a view at its first delegate, or backwards at its last.
    const InView there = viewPlace(next);
    if (there.view && there.view != here.view) {
        const int count = there.view->property("count").toInt();
        if (QQuickItem *item = delegateAt(there.view, forward ? 0 : count - 1))
            next = item;
    }
    return focus(next);
}

bool Keypad::inView(Action action)
{
    const InView here = viewPlace(m_current);
    if (!here.view)
        return false;
    int step = 0;
    if (here.view->inherits("QQuickGridView")) {
        const qreal cell = here.view->property("cellWidth").toReal();
        const int columns = cell > 0 ? std::max(1, int(here.view->width() / cell)) : 1;
        const int column = here.index % columns;
        step = action == Up      ? -columns
               : action == Down  ? columns
               : action == Left  ? (column > 0 ? -1 : 0)
               : action == Right ? (column < columns - 1 ? 1 : 0)
                                 : 0;
    } else {
        const bool across = here.view->property("orientation").toInt() == Qt::Horizontal;
        step = across ? (action == Left    ? -1
                         : action == Right ? 1
                                           : 0)
                      : (action == Up     ? -1
                         : action == Down ? 1
                                          : 0);
    }
    if (step == 0)
        return false;
    QQuickItem *item = delegateAt(here.view, here.index + step);
    return item && focus(item);
}

bool Keypad::spatial(Action action)
{
    const QList<QQuickItem *> order = layer().stops;
    const QRectF from = sceneRect(m_current);
    QQuickItem *best = nullptr;
    qreal bestScore = 0;
    for (QQuickItem *stop : order) {
        if (stop == m_current)
            continue;
        const QRectF to = sceneRect(stop);
        const bool vertical = action == Up || action == Down;
        const bool forward = action == Down || action == Right;
        // Beyond the control in that direction, not merely further along.
        const qreal along =
            vertical ? to.center().y() - from.center().y() : to.center().x() - from.center().x();
        const qreal edges = vertical
                                ? (forward ? to.top() - from.top() : from.bottom() - to.bottom())
                                : (forward ? to.left() - from.left() : from.right() - to.right());
        if ((forward ? along <= 0 : along >= 0) || edges <= 0)
            continue;
        const qreal gap = vertical
                              ? (forward ? to.top() - from.bottom() : from.top() - to.bottom())
                              : (forward ? to.left() - from.right() : from.left() - to.right());
        // Beside the line it moves along: nothing when the two overlap there.
        const qreal aside =
            vertical ? std::max({0.0, to.left() - from.right(), from.left() - to.right()})
                     : std::max({0.0, to.top() - from.bottom(), from.top() - to.bottom()});
        const qreal offCentre = vertical ? std::abs(to.center().x() - from.center().x())
                                         : std::abs(to.center().y() - from.center().y());
        // Controls in line with this one come first (right from back goes to home, not to a
        // theme below it); the nearest, and the best aligned, among them.
        const qreal outOfLine = aside > 0 ? 1e6 : 0;
        const qreal score = outOfLine + std::max(0.0, gap) + 3 * aside + 0.25 * offCentre;
        if (!best || score < bestScore) {
            best = stop;
            bestScore = score;
        }
    }
    return best && focus(best);
}

bool Keypad::activate()
{
    qCDebug(lcKeypad).noquote() << "press:" << accessibleName(m_current);
    if (!doAccessibleAction(m_current, QAccessibleActionInterface::pressAction())) {
        qCWarning(lcKeypad) << "the focused control has no press action:" << m_current;
        return false;
    }
    return true;
}

void Keypad::settle()
{
    m_settleTries = 0;
    m_settle.setInterval(0);
    m_settle.start();
}

void Keypad::settleNow()
{
    const bool forced = m_forced;
    m_forced = false;
    const Layer now = layer();
    QQuickItem *focused = m_window ? m_window->activeFocusItem() : nullptr;
    if (!forced && focused && now.stops.contains(focused)) {
        checkFocus();
        return;
    }
    QQuickItem *target = nullptr;
    const auto usable = [&now](QQuickItem *item) { return item && now.stops.contains(item); };
    if (!now.overlay) {
        // Back from an overlay to where the visitor was; back on a screen to where they were.
        if (!forced && usable(m_beforeOverlay))
            target = m_beforeOverlay;
        else if (usable(m_onScreen.value(m_route)))
            target = m_onScreen.value(m_route);
    }
    if (!target) {
        const auto start = std::find_if(now.stops.begin(), now.stops.end(), [](QQuickItem *item) {
            return item->property("keypadStart").toBool();
        });
        if (start != now.stops.end())
            target = *start;
    }
    // A screen's start may be a delegate its view makes a moment later.
    if (!target && ++m_settleTries < kSettleTries) {
        m_forced = forced;
        m_settle.setInterval(kSettleMs);
        m_settle.start();
        return;
    }
    if (!target && !now.stops.isEmpty())
        target = now.stops.first();
    if (!target)
        return;
    if (now.overlay && m_current && !now.overlay->isAncestorOf(m_current))
        m_beforeOverlay = m_current;
    focus(target);
}

void Keypad::reset()
{
    m_onScreen.clear();
    m_beforeOverlay = nullptr;
    if (m_used) {
        m_used = false;
        emit usedChanged();
    }
}

void Keypad::checkFocus()
{
    QQuickItem *focused = m_window ? m_window->activeFocusItem() : nullptr;
    const Layer now = layer();
    QQuickItem *control = focused && now.stops.contains(focused) ? focused : nullptr;
    if (control && !now.overlay && marked(control, "keypadScreen"))
        m_onScreen.insert(m_route, control);
    if (control != m_current) {
        m_current = control;
        if (control)
            qCDebug(lcKeypad).noquote() << "focus:" << accessibleName(control);
        emit currentChanged();
    }
    updateRect();
    // Focus went to nothing (its control was hidden, its screen left): put it back.
    if (!control && !m_settle.isActive())
        settle();
}

void Keypad::updateRect()
{
    const QRectF rect = m_current && m_current->isVisible() ? sceneRect(m_current) : QRectF();
    const qreal radius = m_current ? m_current->property("radius").toReal() : 0;
    if (rect == m_rect && qFuzzyCompare(radius + 1, m_radius + 1))
        return;
    m_rect = rect;
    m_radius = radius;
    emit currentRectChanged();
}
