import QtQuick
import Asean.Controls

// What the attract loop shows, named: the photo's or film's title, and its state with its
// flag. A touch opens that item, so a visitor drawn in by a picture gets straight to it.
Rectangle {
    id: caption

    required property string title
    required property string countryName
    required property string flag
    required property bool video
    // The widest it may grow; a long title is elided within it.
    property real maxWidth: 1000
    signal chosen

    implicitWidth: row.implicitWidth + Theme.spacing * 2
    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight + Theme.spacing)
    radius: 20
    color: tap.pressed ? Theme.raised : Theme.scrim
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    //: A film in the attract loop, as a screen reader names it (%1: its title).
    Accessible.name: (caption.video ? qsTr("Film: %1").arg(caption.title) : caption.title) + ", " + caption.countryName
    Accessible.onPressAction: caption.chosen()
    border.color: Theme.hairline
    border.width: Theme.outline

    Row {
        id: row
        x: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing * 0.75

        Rectangle {
            // A thin frame keeps white flags (Indonesia, Singapore) apart from the scrim.
            anchors.verticalCenter: parent.verticalCenter
            width: 72
            height: 54
            visible: caption.flag !== ""
            color: "transparent"
            border.color: Theme.hairline
            border.width: Theme.outline
            Image {
                anchors.fill: parent
                anchors.margins: 1
                source: caption.flag
                sourceSize.width: 144
                sourceSize.height: 108
                asynchronous: true
                fillMode: Image.PreserveAspectFit
            }
        }
        Column {
            id: words
            anchors.verticalCenter: parent.verticalCenter
            // What is left of maxWidth beside the flag, the arrow and the padding.
            width: Math.min(Math.max(title.implicitWidth, place.implicitWidth), caption.maxWidth - 72 - 34 - Theme.spacing * 3.5)
            Text {
                id: title
                objectName: "attractTitle"
                width: words.width
                text: (caption.video ? "▶ " : "") + caption.title
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                id: place
                width: words.width
                text: caption.countryName
                textFormat: Text.PlainText
                color: Theme.muted
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.bodySize
                elide: Text.ElideRight
            }
        }
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: "back"
            rotation: 180
            width: 34
            height: 34
        }
    }

    TapHandler {
        id: tap
        // The touch is the caption's alone, not the loop's behind it.
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: caption.chosen()
    }
}
