#pragma once
// --screenshot: waits until the window has drawn, nothing on it is still loading and nothing
// fades in or out any more (a screen left as the one asked for opens), then
// saves a PNG of it and, beside it, PATH.json listing every visible text, picture and control
// (an item that takes a tap) with its box. Tests read that list to check what a person would
// see: eleven states, no clipped text, no text under a button, no card alone in a row. With
// `backdrop`, PATH.backdrop.png is the same screen drawn without its texts: what lies behind
// each letter, to measure the contrast of each text's colour against it.

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QTimer>

class QQuickWindow;
class QQuickItem;
class QJsonArray;
class QImage;

class SceneCapture : public QObject {
    Q_OBJECT
public:
    SceneCapture(QQuickWindow *window, QString path, bool backdrop, QObject *parent = nullptr);

signals:
    // 0 when the picture was saved.
    void done(int exitCode);

private:
    void poll();
    // One walk over the visible items: whether a picture or loader is still loading, and their
    // opacities folded into one number, which stays the same once no screen, picture or overlay
    // is fading in or out.
    struct Settling {
        bool loading = false;
        size_t opacities = 0;
    };
    static Settling settling(QQuickItem *item);
    struct Scene;
    // `within`: the indices in Scene::controls of the controls `item` is part of.
    void collect(QQuickItem *item, QRectF clip, const QJsonArray &within, Scene *scene) const;
    void save();
    QImage backdrop() const;

    QPointer<QQuickWindow> m_window;
    QString m_path;
    bool m_backdrop = false;
    QTimer m_timer;
    int m_quietPolls = 0;
    int m_polls = 0;
    bool m_framed = false;
    size_t m_opacities = 0;
};
