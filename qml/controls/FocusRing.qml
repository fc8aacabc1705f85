import QtQuick

// The keypad's focus ring, drawn over everything around the control that has focus: a thick
// yellow band between two black lines, a little outside the control so that it hides none of
// it. Against a dark ground the yellow stands out, against a light photo the black does
// (tests/qml/tst_keypad.qml measures both).
Item {
    id: ring

    // The focused control's box in this item's parent, and its corner radius.
    property rect target
    property real targetRadius: 0
    readonly property int band: Theme.focusRingWidth
    readonly property int edge: 2
    readonly property int gap: 3

    // Whole pixels, so that its lines are sharp.
    x: Math.round(target.x) - gap - band - 2 * edge
    y: Math.round(target.y) - gap - band - 2 * edge
    width: Math.round(target.width) + 2 * (gap + band + 2 * edge)
    height: Math.round(target.height) + 2 * (gap + band + 2 * edge)

    // Outer black line, the yellow band, the inner black line.
    Rectangle {
        objectName: "focusRingOuter"
        anchors.fill: parent
        radius: ring.targetRadius > 0 ? ring.targetRadius + ring.gap + ring.band + 2 * ring.edge : 4
        color: "transparent"
        border.color: Theme.focusRingEdge
        border.width: ring.edge
    }
    Rectangle {
        objectName: "focusRingBand"
        anchors.fill: parent
        anchors.margins: ring.edge
        radius: ring.targetRadius > 0 ? ring.targetRadius + ring.gap + ring.band + ring.edge : 3
        color: "transparent"
        border.color: Theme.focusRing
        border.width: ring.band
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: ring.edge + ring.band
        radius: ring.targetRadius > 0 ? ring.targetRadius + ring.gap + ring.edge : 2
        color: "transparent"
        border.color: Theme.focusRingEdge
        border.width: ring.edge
    }
}
