import QtQuick

// One slide of the attract loop: a photo that slowly zooms and drifts while it is shown
// (still with reduced motion), and cross-fades with the next. A photo whose shape is far from
// the frame's (a landscape photo on a portrait panel) is not cut down to a sliver of its
// middle: it is cropped to show at least `minShown` of its width (or height), and the rest of
// the frame is the same photo, soft and dark, behind it.
Item {
    id: slide

    property alias source: photo.source
    // The photo's width over its height; 0 when unknown (then it covers the frame).
    property real aspect: 0
    property bool shown: false
    property bool fade: true

    readonly property real minShown: 0.7
    readonly property bool wide: aspect >= width / height
    // The part of the frame the sharp photo covers.
    readonly property real frameWidth: aspect <= 0 || wide ? width : Math.min(width, height * aspect / minShown)
    readonly property real frameHeight: aspect <= 0 || !wide ? height : Math.min(height, width / (minShown * aspect))
    readonly property bool framed: frameWidth < width || frameHeight < height

    function restart() {
        motion.restart();
    }

    opacity: shown ? 1 : 0
    visible: opacity > 0
    clip: true
    Behavior on opacity  {
        enabled: slide.fade
        NumberAnimation {
            duration: Theme.reducedMotion ? 0 : 1200
            easing.type: Easing.InOutQuad
        }
    }

    // Decoded tiny and drawn large, so it is soft; dark, so the sharp photo stands out.
    Photo {
        anchors.fill: parent
        visible: slide.framed
        source: slide.framed ? photo.source : ""
        decodeWidth: 32
        decodeHeight: 32 * height / Math.max(1, width)
        opacity: 0.45
    }

    Item {
        objectName: "kenBurnsFrame"
        anchors.centerIn: parent
        width: slide.frameWidth
        height: slide.frameHeight
        clip: true

        Photo {
            id: photo
            width: parent.width
            height: parent.height
            decodeWidth: width * Theme.kenBurnsZoom
            decodeHeight: height * Theme.kenBurnsZoom
            transformOrigin: Item.Center
        }
    }

    ParallelAnimation {
        id: motion
        NumberAnimation {
            target: photo
            property: "scale"
            from: 1.0
            to: Theme.kenBurnsZoom
            duration: Theme.slideMs + 1500
        }
        NumberAnimation {
            target: photo
            property: "x"
            from: 0
            to: Theme.reducedMotion ? 0 : (Math.random() < 0.5 ? -1 : 1) * photo.width * 0.03
            duration: Theme.slideMs + 1500
        }
    }
}
