import QtQuick
import Asean.Controls

// Over every screen of a curator's preview (asean-kiosk --draft): a frame round the window and a
// tab at its foot that cannot be missed, so neither a passer-by nor a screenshot takes the draft
// for what the halls show. The tab is no taller than the strip the screens leave free at their
// foot (under the theme chips and the viewer's rail, in landscape), and it takes no touch: the
// screens under it answer as they will in a hall.
Item {
    id: band

    readonly property int frame: 8
    readonly property int padding: 4

    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.width: band.frame
        border.color: Theme.aseanYellow
    }

    // Rounded at the top only: its lower corners are below the window's edge.
    Rectangle {
        objectName: "previewBand"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: -radius
        width: label.implicitWidth + 2 * Theme.spacing
        height: label.implicitHeight + 2 * band.padding + radius
        radius: 12
        color: Theme.aseanYellow

        Text {
            id: label
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: parent.top
            anchors.topMargin: band.padding
            text: qsTr("PREVIEW — not published")
            color: Theme.background
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
    }
}
