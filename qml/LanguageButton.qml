import QtQuick
import Asean.Kiosk

// Always visible: switches the interface and the content to the other language. Each language
// is named in itself, never with a flag.
Rectangle {
    id: button

    readonly property var languages: [{ code: "ko", name: "한국어" }, { code: "en", name: "English" }]
    readonly property var next: languages[Kiosk.language === "ko" ? 1 : 0]

    implicitWidth: label.implicitWidth + Theme.spacing * 2
    implicitHeight: Theme.touchTarget * 0.8
    radius: height / 2
    color: tap.pressed ? Theme.raised : Theme.scrim
    border.color: Theme.hairline
    border.width: 1

    Text {
        id: label
        anchors.centerIn: parent
        text: button.next.name
        color: Theme.text
        font.family: Theme.fontFamily(button.next.code)
        font.pixelSize: Theme.bodySize
    }

    TapHandler {
        id: tap
        onTapped: Kiosk.language = button.next.code
    }
}
