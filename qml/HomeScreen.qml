import QtQuick
import Asean.Kiosk

// The way in: every member state as a large card with its flag, names and a photo.
Item {
    id: screen

    required property CountryModel model
    signal countryChosen(string code)

    // Two rows of cards fill the screen for up to twelve states; beyond that the grid scrolls.
    readonly property int columns: Math.max(1, Math.min(6, Math.ceil(model.count / 2)))

    Column {
        id: header
        x: Theme.margin
        y: 0
        width: parent.width - 2 * Theme.margin
        topPadding: 28
        spacing: 4

        Text {
            text: qsTr("ASEAN Halls")
            color: Theme.aseanYellow
            font.family: Theme.fontFamily(Kiosk.language)
            font.pixelSize: Theme.captionSize
            font.weight: Font.DemiBold
            font.letterSpacing: 3
            font.capitalization: Font.AllUppercase
        }
        Text {
            width: parent.width - Theme.touchTarget * 3
            text: qsTr("Explore the member states of ASEAN")
            color: Theme.text
            font.family: Theme.fontFamily(Kiosk.language)
            font.pixelSize: Theme.titleSize
            font.weight: Font.Medium
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: qsTr("Touch a country to see its people, places and traditions.")
            color: Theme.muted
            font.family: Theme.fontFamily(Kiosk.language)
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
        }
    }

    GridView {
        id: grid
        objectName: "countryGrid"
        anchors.top: header.bottom
        anchors.topMargin: Theme.spacing * 1.5
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin - Theme.spacing
        x: Theme.margin - Theme.spacing / 2
        width: parent.width - 2 * Theme.margin + Theme.spacing
        clip: true
        model: screen.model
        cellWidth: Math.floor(width / screen.columns)
        cellHeight: Math.floor(Math.min(height / 2, cellWidth * 1.25))
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height

        // Qt 6.4 has no "pragma ComponentBehavior: Bound": ids outside a delegate are in scope at
        // run time, but qmllint cannot prove it.
        // qmllint disable unqualified
        delegate: CountryCard {
            width: grid.cellWidth
            height: grid.cellHeight
            onChosen: screen.countryChosen(code)
        }
        // qmllint enable unqualified
    }
}
