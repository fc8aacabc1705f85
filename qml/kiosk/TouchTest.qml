import QtQuick
import Asean.Controls

// For staff: checks a touch screen. Every cell a finger passes over turns green, so a dead strip
// of the panel shows as a line of dark cells; each finger in contact draws a ring with its
// number, so multi-touch (pinch needs two) is seen to work. "Done" returns to the panel.
Rectangle {
    id: test

    property int columns: 16
    property int rows: 9
    property var touched: []  // cell index -> true
    readonly property int touchedCount: touched.filter(Boolean).length
    property int mostFingers: 0
    signal done

    color: "#000000"
    // Over the staff panel, focus stays here (Keypad).
    readonly property bool keypadModal: true

    function reset() {
        touched = [];
        mostFingers = 0;
    }
    // Every cell on the way from the point's last position: moves that come faster than frames
    // are merged, and a quick stroke must not leave dark cells that are not dead.
    function stroke(fromX: real, fromY: real, x: real, y: real) {
        const steps = Math.ceil(2 * Math.max(Math.abs(x - fromX) / (width / columns), Math.abs(y - fromY) / (height / rows)));
        for (let step = 0; step <= steps; ++step) {
            const along = steps > 0 ? step / steps : 1;
            mark(fromX + (x - fromX) * along, fromY + (y - fromY) * along);
        }
    }
    function mark(x: real, y: real) {
        const column = Math.floor(x / (width / columns));
        const row = Math.floor(y / (height / rows));
        if (column < 0 || column >= columns || row < 0 || row >= rows)
            return;
        const cell = row * columns + column;
        if (!touched[cell]) {
            const next = touched.slice();
            next[cell] = true;
            touched = next;
        }
    }

    onVisibleChanged: if (visible)
        reset()

    Grid {
        anchors.fill: parent
        columns: test.columns
        Repeater {
            model: test.columns * test.rows
            // qmllint disable unqualified
            delegate: Rectangle {
                required property int index
                width: test.width / test.columns
                height: test.height / test.rows
                color: test.touched[index] ? "#2e7d4f" : "#15181c"
                border.color: "#2a2f36"
            }
            // qmllint enable unqualified
        }
    }

    MultiPointTouchArea {
        id: area
        anchors.fill: parent
        mouseEnabled: true
        maximumTouchPoints: 10
        touchPoints: [
            TouchPoint {
            },
            TouchPoint {
            },
            TouchPoint {
            },
            TouchPoint {
            },
            TouchPoint {
            },
            TouchPoint {
            },
            TouchPoint {
            },
            TouchPoint {
            },
            TouchPoint {
            },
            TouchPoint {
            }
        ]
        function follow(moved: bool) {
            let down = 0;
            // A list property: no for...of on it in Qt 6.4.
            for (let i = 0; i < touchPoints.length; ++i) {
                const point = touchPoints[i];
                if (point.pressed) {
                    if (moved)
                        test.stroke(point.previousX, point.previousY, point.x, point.y);
                    else
                        test.mark(point.x, point.y);
                    ++down;
                }
            }
            test.mostFingers = Math.max(test.mostFingers, down);
        }
        onPressed: area.follow(false)
        onUpdated: area.follow(true)
    }

    Repeater {
        model: 10  // the area's touch points; the list property itself has no change signal
        // qmllint disable unqualified
        delegate: Rectangle {
            required property int index
            // Taken once: the list never changes, and a binding to it would warn.
            property TouchPoint point: null
            Component.onCompleted: point = area.touchPoints[index]
            visible: point !== null && point.pressed
            x: point ? point.x - width / 2 : 0
            y: point ? point.y - height / 2 : 0
            width: 120
            height: 120
            radius: 60
            color: "transparent"
            border.color: Theme.aseanYellow
            border.width: 4
            Text {
                anchors.centerIn: parent
                text: parent.index + 1
                color: Theme.aseanYellow
                font.pixelSize: Theme.headingSize
            }
        }
        // qmllint enable unqualified
    }

    Text {
        objectName: "touchTestSummary"
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.spacing
        //: Touch test: %1 of %2 cells touched; %3 fingers at once at most.
        text: qsTr("%1 of %2 cells touched, up to %3 fingers at once").arg(test.touchedCount).arg(test.columns * test.rows).arg(test.mostFingers)
        color: Theme.text
        style: Text.Outline
        styleColor: "#000000"
        font.family: Theme.fontFamily(Theme.language)
        font.pixelSize: Theme.bodySize
    }

    RoundButton {
        objectName: "touchTestDone"
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.margin
        icon: "back"
        label: qsTr("Done")
        onClicked: test.done()
    }
}
