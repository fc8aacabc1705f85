import QtQuick

// One slide of the attract loop: a photo that slowly zooms and drifts while it is shown
// (still with reduced motion), and cross-fades with the next.
Item {
    id: slide

    property alias source: photo.source
    property bool shown: false
    property bool fade: true

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

    Photo {
        id: photo
        width: parent.width
        height: parent.height
        decodeWidth: width * Theme.kenBurnsZoom
        decodeHeight: height * Theme.kenBurnsZoom
        transformOrigin: Item.Center
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
            to: Theme.reducedMotion ? 0 : (Math.random() < 0.5 ? -1 : 1) * slide.width * 0.03
            duration: Theme.slideMs + 1500
        }
    }
}
