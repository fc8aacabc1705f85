import QtQuick

// A round touch target holding one icon, with an optional label beside it.
Rectangle {
    id: button

    property alias icon: glyph.name
    property string label
    // A label longer than this is cut short with an ellipsis (a film's title as the way back).
    property real maximumWidth: Infinity
    // What a screen reader or the voice says for it: the label, or for a button that shows
    // only its icon, what it does ("Home", "Next photo").
    property string accessibleName: label
    signal clicked

    readonly property real padding: Theme.spacing * 1.5
    implicitWidth: label !== "" ? Math.min(glyph.width + row.spacing + words.implicitWidth + padding, maximumWidth) : Theme.touchTarget
    implicitHeight: Theme.controlHeight
    radius: height / 2
    color: tap.pressed ? Theme.raised : Theme.scrim
    border.color: Theme.hairline
    border.width: Theme.outline

    // A stop for the keypad (Keypad): Enter presses it.
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName
    Accessible.onPressAction: button.clicked()

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
            id: words
            width: Math.min(implicitWidth, button.width - button.padding - glyph.width - row.spacing)
            visible: button.label !== ""
            anchors.verticalCenter: parent.verticalCenter
            text: button.label
            color: Theme.text
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
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
