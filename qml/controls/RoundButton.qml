import QtQuick

// A round touch target holding one icon, with an optional label beside it.
Rectangle {
    id: button

    property alias icon: glyph.name
    property string label
    signal clicked

    implicitWidth: label !== "" ? row.implicitWidth + Theme.spacing * 1.5 : Theme.touchTarget
    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: tap.pressed ? Theme.raised : Theme.scrim
    border.color: Theme.hairline
    border.width: 1

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 10

        Icon {
            id: glyph
            width: 34
            height: 34
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            visible: button.label !== ""
            anchors.verticalCenter: parent.verticalCenter
            text: button.label
            color: Theme.text
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.bodySize
        }
    }

    TapHandler {
        id: tap
        // The press is this button's alone: with the default passive grab, a button that
        // slid under the finger as the first one's action changed the layout fired on the same
        // release (Roll back, then Reload, on the staff panel; tests/qml/tst_staffpanel.qml).
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.clicked()
    }
}
