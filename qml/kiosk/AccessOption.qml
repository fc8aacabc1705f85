import QtQuick
import Asean.Controls

// One choice on the access panel: a pill with a box that is ticked while the choice is on,
// and its name, which wraps rather than being cut at 200 % text. A text size is one of three
// (a radio button); the others turn on and off (a check box).
Rectangle {
    id: option

    property string text
    property bool checked: false
    property bool exclusive: false
    signal chosen

    implicitWidth: Math.min(box.width + 3 * Theme.spacing + words.implicitWidth, maximumWidth)
    implicitHeight: Math.max(Theme.controlHeight, words.height + Theme.spacing)
    property real maximumWidth: Infinity
    radius: Theme.controlHeight / 2
    color: tap.pressed ? Theme.raised : checked ? Theme.aseanBlue : Theme.surface
    border.color: checked ? Theme.text : Theme.hairline
    border.width: Theme.outline

    activeFocusOnTab: true
    Accessible.role: exclusive ? Accessible.RadioButton : Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.onPressAction: option.chosen()

    Rectangle {
        id: box
        x: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        width: 34
        height: 34
        radius: option.exclusive ? 17 : 6
        color: option.checked ? Theme.text : "transparent"
        border.color: Theme.text
        border.width: 3
    }
    Text {
        id: words
        anchors.left: box.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        text: option.text
        color: Theme.text
        font.family: Theme.fontFamily(Theme.language)
        lineHeight: Theme.lineHeight(Theme.language)
        font.pixelSize: Theme.bodySize
        font.weight: option.checked ? Font.DemiBold : Font.Normal
        wrapMode: Text.WordWrap
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: option.chosen()
    }
}
