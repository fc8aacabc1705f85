import QtQuick
import Asean.Controls

// One theme as a pill: a dot of the theme's colour and its name; filled with the colour when
// selected.
Item {
    id: chip

    required property string themeId
    required property string name
    required property color accent
    property bool selected: false
    signal chosen

    implicitWidth: row.implicitWidth + 40
    width: implicitWidth
    height: Theme.controlHeight
    // For the focus ring (Keypad).
    readonly property real radius: height / 2

    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: chip.name
    Accessible.checkable: chip.selected
    Accessible.checked: chip.selected
    Accessible.onPressAction: chip.chosen()

    Rectangle {
        anchors.fill: parent
        radius: height / 2
        color: chip.selected ? chip.accent : (tap.pressed ? Theme.raised : Theme.surface)
        border.color: chip.selected ? chip.accent : Theme.hairline
        border.width: Theme.outline
        scale: tap.pressed ? 0.97 : 1
        Behavior on color  {
            ColorAnimation {
                duration: Theme.fast
            }
        }
    }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 14

        Rectangle {
            width: 16
            height: 16
            radius: 8
            anchors.verticalCenter: parent.verticalCenter
            color: chip.selected ? Theme.text : chip.accent
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: chip.name
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.bodySize
            font.weight: chip.selected ? Font.DemiBold : Font.Normal
        }
    }

    TapHandler {
        id: tap
        onTapped: chip.chosen()
    }
}
