#include "scenecapture.h"

#include "wholefile.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>
#include <algorithm>

Q_LOGGING_CATEGORY(lcCapture, "asean.capture")

namespace {
constexpr int kPollMs = 100;
// Four quiet polls in a row means the screen has settled: on a loaded machine a transition can
// start late and run long, so quiet also means that no opacity changed since the last poll.
constexpr int kQuietPolls = 4;
constexpr int kMaxPolls = 300;
constexpr int kLoading = 2;  // Image.Loading and Loader.Loading share the value
}  // namespace

SceneCapture::SceneCapture(QQuickWindow *window, QString path, bool backdrop, QObject *parent)
    : QObject(parent), m_window(window), m_path(std::move(path)), m_backdrop(backdrop)
{
    connect(window, &QQuickWindow::frameSwapped, this, [this] { m_framed = true; });
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &SceneCapture::poll);
    m_timer.start();
}

SceneCapture::Settling SceneCapture::settling(QQuickItem *item)
{
    Settling result;
    if (!item->isVisible())
        return result;
    const QMetaObject *meta = item->metaObject();
    result.loading = meta->indexOfProperty("progress") >= 0 &&
                     meta->indexOfProperty("status") >= 0 &&
                     item->property("status").toInt() == kLoading;
    result.opacities = qHash(item->opacity());
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        const Settling inner = settling(child);
        result.loading = result.loading || inner.loading;
        result.opacities = result.opacities * 31 + inner.opacities;
    }
    return result;
}

void SceneCapture::poll()
{
    if (!m_window)
        return;
    ++m_polls;
    const Settling now = settling(m_window->contentItem());
    const bool still = now.opacities == m_opacities;
    m_opacities = now.opacities;
    const bool quiet = m_framed && still && !now.loading;
    m_quietPolls = quiet ? m_quietPolls + 1 : 0;
    if (m_quietPolls >= kQuietPolls || m_polls >= kMaxPolls) {
        m_timer.stop();
        if (m_polls >= kMaxPolls)
            qCWarning(lcCapture) << "the screen was still loading after" << kMaxPolls * kPollMs
                                 << "ms; saving it as it is";
        save();
    }
}

struct SceneCapture::Scene {
    QJsonArray texts;
    QJsonArray images;
    QJsonArray controls;
};

namespace {

QJsonObject boxOf(const QRectF &box)
{
    return {{QStringLiteral("x"), box.x()},
            {QStringLiteral("y"), box.y()},
            {QStringLiteral("width"), box.width()},
            {QStringLiteral("height"), box.height()}};
}

// The QML type an item belongs to ("RoundButton", "CountryCard"): its own, or the nearest
// enclosing one for the plain items inside a component.
QString typeOf(const QQuickItem *item)
{
    for (; item; item = item->parentItem()) {
        const QString name = QString::fromLatin1(item->metaObject()->className());
        const qsizetype qml = name.indexOf(QLatin1String("_QMLTYPE_"));
        if (qml > 0)
            return name.left(qml);
    }
    return {};
}

// Something a visitor aims a touch at: an item with a TapHandler that is on. Backdrops that
// take a tap anywhere (the viewer's photo, the attract loop, the player) fill the window, and
// are not controls.
bool isControl(const QQuickItem *item, const QSizeF &window)
{
    if (item->width() >= window.width() && item->height() >= window.height())
        return false;
    const auto children = item->children();
    return std::any_of(children.begin(), children.end(), [](const QObject *child) {
        return child->inherits("QQuickTapHandler") && child->property("enabled").toBool();
    });
}

// The opacity the text is drawn with: its own times every enclosing item's.
qreal effectiveOpacity(const QQuickItem *item)
{
    qreal opacity = 1;
    for (; item; item = item->parentItem())
        opacity *= item->opacity();
    return opacity;
}

// Every visible text item under `item`.
void visibleTexts(QQuickItem *item, QList<QQuickItem *> *texts)
{
    if (!item->isVisible())
        return;
    if (item->inherits("QQuickText"))
        texts->append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        visibleTexts(child, texts);
}

}  // namespace

QImage SceneCapture::backdrop() const
{
    QList<QQuickItem *> texts;
    visibleTexts(m_window->contentItem(), &texts);
    QList<qreal> opacities;
    for (QQuickItem *text : std::as_const(texts)) {
        opacities.append(text->opacity());
        text->setOpacity(0);
    }
    const QImage image = m_window->grabWindow();
    for (qsizetype i = 0; i < texts.size(); ++i)
        texts[i]->setOpacity(opacities[i]);
    return image;
}

void SceneCapture::collect(QQuickItem *item, QRectF clip, const QJsonArray &within,
                           Scene *scene) const
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    QJsonArray inside = within;
    if (box.intersects(clip)) {
        if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()) {
            QJsonObject text = boxOf(box);
            text.insert(QStringLiteral("text"), item->property("text").toString());
            text.insert(QStringLiteral("truncated"), item->property("truncated").toBool());
            text.insert(QStringLiteral("elided"), item->property("elide").toInt() != 0);
            text.insert(QStringLiteral("contentWidth"), item->property("contentWidth").toDouble());
            text.insert(QStringLiteral("contentHeight"),
                        item->property("contentHeight").toDouble());
            const QFont font = item->property("font").value<QFont>();
            text.insert(QStringLiteral("font"), font.family());
            // What contrast asks of it: large text (24 px, or 19 px bold) needs 3:1, other 4.5:1.
            text.insert(QStringLiteral("pixelSize"), font.pixelSize() > 0
                                                         ? qreal(font.pixelSize())
                                                         : font.pointSizeF() * 96 / 72);
            text.insert(QStringLiteral("bold"), font.weight() >= QFont::DemiBold);
            text.insert(QStringLiteral("color"),
                        item->property("color").value<QColor>().name(QColor::HexArgb));
            text.insert(QStringLiteral("opacity"), effectiveOpacity(item));
            // Where the letters are, inside the box and as aligned there: what may not touch
            // another text or a control.
            text.insert(QStringLiteral("ink"),
                        boxOf(item->mapRectToScene(item->boundingRect()).intersected(clip)));
            text.insert(QStringLiteral("within"), within);
            scene->texts.append(text);
        } else if (item->inherits("QQuickImageBase")) {
            QJsonObject image = boxOf(box);
            image.insert(QStringLiteral("source"), item->property("source").toUrl().toString());
            image.insert(QStringLiteral("status"), item->property("status").toInt());
            scene->images.append(image);
        }
        if (isControl(item, m_window->size())) {
            QJsonObject control = boxOf(box.intersected(clip));
            control.insert(QStringLiteral("type"), typeOf(item));
            control.insert(QStringLiteral("name"), item->objectName());
            control.insert(QStringLiteral("within"), within);
            inside.append(scene->controls.size());
            scene->controls.append(control);
        }
    }
    // Delegates that a view keeps ready outside its clipped area are not on screen.
    if (item->clip())
        clip = clip.intersected(box);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, clip, inside, scene);
}

namespace {

bool writePng(const QImage &image, const QString &path, QString *error)
{
    QByteArray png;
    QBuffer buffer(&png);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        *error = QStringLiteral("the window could not be captured");
        return false;
    }
    return WholeFile::write(path, png, Access::Shared, error);
}

}  // namespace

void SceneCapture::save()
{
    const QImage image = m_window->grabWindow();
    QString error;
    Scene found;
    collect(m_window->contentItem(), QRectF(QPointF(0, 0), m_window->size()), {}, &found);
    const QByteArray scene =
        QJsonDocument(QJsonObject{{QStringLiteral("width"), m_window->width()},
                                  {QStringLiteral("height"), m_window->height()},
                                  {QStringLiteral("texts"), found.texts},
                                  {QStringLiteral("images"), found.images},
                                  {QStringLiteral("controls"), found.controls}})
            .toJson();
    if (!writePng(image, m_path, &error) ||
        !WholeFile::write(m_path + QStringLiteral(".json"), scene, Access::Shared, &error) ||
        (m_backdrop && !writePng(backdrop(), m_path + QStringLiteral(".backdrop.png"), &error))) {
        qCCritical(lcCapture).noquote() << "cannot save the screenshot:" << error;
        emit done(1);
        return;
    }
    emit done(0);
}
