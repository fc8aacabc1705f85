import QtQuick
import Asean.Controls
import Asean.Gallery

// The way in: every member state as a large card with its flag, names and a photo, and the
// lifestyle themes below as a second way in.
ScreenLayer {
    id: screen

    required property CountryModel countries
    required property ThemeModel themes
    signal countryChosen(string code)
    signal themeChosen(string id)

    readonly property bool portrait: height > width
    // States fill two rows (three in portrait) for up to twelve; beyond that the grid scrolls.
    readonly property int rows: portrait ? 4 : 2
    readonly property int columns: Math.max(1, Math.min(portrait ? 3 : 6, Math.ceil(countries.count / rows)))

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
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.captionSize
            font.weight: Font.DemiBold
            font.letterSpacing: Theme.tracking(Theme.language, 3)
            font.capitalization: Font.AllUppercase
        }
        Text {
            width: parent.width - Theme.languageButtonRoom
            text: qsTr("Explore the member states of ASEAN")
            color: Theme.text
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.titleSize
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: qsTr("Touch a country to see its people, places and traditions.")
            color: Theme.muted
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
        }
    }

    GridView {
        id: grid
        objectName: "countryGrid"
        anchors.top: header.bottom
        anchors.topMargin: Theme.spacing
        anchors.bottom: themeStrip.top
        anchors.bottomMargin: Theme.spacing / 2
        x: Theme.margin - Theme.spacing / 2
        width: parent.width - 2 * Theme.margin + Theme.spacing
        clip: true
        model: screen.countries
        cellWidth: Math.floor(width / screen.columns)
        cellHeight: Math.floor(Math.min(height / screen.rows, cellWidth * 1.25))
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height

        // Qt 6.4 has no "pragma ComponentBehavior: Bound": ids outside a delegate are in scope at
        // run time, but qmllint cannot prove it.
        // qmllint disable unqualified
        delegate: CountryCard {
            width: grid.cellWidth
            height: grid.cellHeight
            onChosen: {
                if (screen.accept())
                    screen.countryChosen(code);
            }
        }
        // qmllint enable unqualified
    }

    ThemeStrip {
        id: themeStrip
        objectName: "themeStrip"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacing
        model: screen.themes
        title: qsTr("Or explore by theme")
        onChosen: id => {
            if (screen.accept())
                screen.themeChosen(id);
        }
    }
}
