import QtQuick

// A touch scrub bar: the track shows how far the video is; touching or dragging on it seeks.
Item {
    id: scrubber

    property real position: 0
    property real duration: 0
    signal seek(real ms)

    implicitHeight: Theme.touchTarget

    // From the keypad: left and right go back and on ten seconds.
    activeFocusOnTab: true
    Accessible.role: Accessible.Slider
    //: The film player's scrub bar, as a screen reader names it.
    Accessible.name: qsTr("Position in the film")
    Accessible.onIncreaseAction: step(10000)
    Accessible.onDecreaseAction: step(-10000)
    function step(ms: real) {
        if (duration > 0)
            seek(Math.max(0, Math.min(duration, position + ms)));
    }

    function seekTo(x: real) {
        if (duration > 0)
            seek(Math.max(0, Math.min(1, x / width)) * duration);
    }

    Rectangle {
        id: track
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: 8
        radius: 4
        color: Theme.hairline

        Rectangle {
            width: scrubber.duration > 0 ? track.width * scrubber.position / scrubber.duration : 0
            height: parent.height
            radius: parent.radius
            color: Theme.aseanYellow
        }
    }

    Rectangle {
        x: (scrubber.duration > 0 ? track.width * scrubber.position / scrubber.duration : 0) - width / 2
        anchors.verticalCenter: parent.verticalCenter
        width: drag.active ? 36 : 28
        height: width
        radius: width / 2
        color: Theme.text
    }

    TapHandler {
        onTapped: eventPoint => scrubber.seekTo(eventPoint.position.x)
    }
    DragHandler {
        id: drag
        target: null
        yAxis.enabled: false
        onCentroidChanged: {
            if (active)
                scrubber.seekTo(centroid.position.x);
        }
    }
}
