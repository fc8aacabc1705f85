import QtQuick
import Asean.Controls

// Shown instead of the gallery when the content cannot be shown: it tells staff what is wrong
// and what to do, in both of the hall's working languages.
Rectangle {
    id: message

    property string detail

    color: Theme.background

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1200)
        spacing: Theme.spacing

        Rectangle {
            width: 96
            height: 8
            color: Theme.aseanYellow
        }
        Text {
            width: parent.width
            text: qsTr("This kiosk cannot show its content")
            color: Theme.text
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.titleSize
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            text: message.detail
            textFormat: Text.PlainText
            color: Theme.muted
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            text: qsTr("Staff: the details are in the kiosk log. Visitors: please try another screen.")
            color: Theme.muted
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.captionSize
            wrapMode: Text.WordWrap
        }
    }
}
