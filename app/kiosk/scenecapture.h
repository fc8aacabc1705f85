#pragma once
// --screenshot: waits until the window has drawn and nothing on it is still loading, then
// saves a PNG of it and, beside it, PATH.json listing every visible text, picture and control
// (an item that takes a tap) with its box. Tests read that list to check what a person would
// see: eleven states, no clipped text, no text under a button, no card alone in a row.

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QTimer>

class QQuickWindow;
class QQuickItem;
class QJsonArray;

class SceneCapture : public QObject {
    Q_OBJECT
public:
    SceneCapture(QQuickWindow *window, QString path, QObject *parent = nullptr);

signals:
    // 0 when the picture was saved.
    void done(int exitCode);

private:
    void poll();
    bool busy(QQuickItem *item) const;
    struct Scene;
    // `within`: the indices in Scene::controls of the controls `item` is part of.
    void collect(QQuickItem *item, QRectF clip, const QJsonArray &within, Scene *scene) const;
    void save();

    QPointer<QQuickWindow> m_window;
    QString m_path;
    QTimer m_timer;
    int m_quietPolls = 0;
    int m_polls = 0;
    bool m_framed = false;
};
