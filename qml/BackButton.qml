import QtQuick
import Asean.Kiosk

// The way back, always in the same place and always one touch.
Rectangle {
    id: button

    signal clicked

    implicitWidth: row.implicitWidth + Theme.spacing * 1.5
    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: tap.pressed ? Theme.raised : Theme.scrim
    border.color: Theme.hairline
    border.width: 1

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 12
        Text {
            text: "‹"
            color: Theme.text
            font.pixelSize: Theme.titleSize
            anchors.verticalCenter: parent.verticalCenter
            anchors.verticalCenterOffset: -4
        }
        Text {
            text: qsTr("All countries")
            color: Theme.text
            font.family: Theme.fontFamily(Kiosk.language)
            font.pixelSize: Theme.bodySize
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    TapHandler {
        id: tap
        onTapped: button.clicked()
    }
}
