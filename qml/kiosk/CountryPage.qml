import QtQuick
import Asean.Controls
import Asean.Gallery

// A member state: a hero photo with its names and key facts, theme chips to filter, then its
// photos and videos.
ScreenLayer {
    id: page

    required property LiveCatalogue catalogue
    required property string language

    property string code
    // The theme chosen with the chips; empty for everything.
    property string filter: ""
    signal back
    signal itemChosen(string id)

    readonly property bool portrait: height > width

    onCodeChanged: filter = ""

    CountryModel {
        id: country
        catalogue: page.catalogue
        language: page.language
        code: page.code
    }

    ItemModel {
        id: items
        // No state chosen: no rows, rather than every item in the catalogue.
        catalogue: page.code !== "" ? page.catalogue : null
        language: page.language
        country: page.code
        theme: page.filter
    }

    ThemeModel {
        id: stateThemes
        catalogue: page.code !== "" ? page.catalogue : null
        language: page.language
        country: page.code
    }

    function fact(role: string): var {
        return country.count > 0 ? country.get(0, role) : "";
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Item {
        id: hero
        width: parent.width
        // A share of the screen, or more when the names and facts need it (Burmese and Lao
        // run tall): they must never climb under the top bar's buttons.
        height: Math.max(Math.round(parent.height * (page.portrait ? 0.4 : 0.36)), Theme.barHeight + Theme.spacing + 10 + (page.portrait ? title.height + facts.height + Theme.spacing : Math.max(title.height, facts.height)))

        Photo {
            anchors.fill: parent
            source: page.fact("photo")
        }
        Rectangle {
            anchors.fill: parent
            gradient: Gradient {
                GradientStop {
                    position: 0.0
                    color: "#66101214"
                }
                GradientStop {
                    position: 0.45
                    color: "transparent"
                }
                GradientStop {
                    position: 1.0
                    color: Theme.background
                }
            }
        }

        Row {
            id: title
            anchors.left: parent.left
            anchors.bottom: page.portrait ? facts.top : parent.bottom
            anchors.margins: Theme.margin
            anchors.bottomMargin: Theme.spacing
            spacing: Theme.spacing

            Rectangle {
                width: Theme.flagWidth
                height: Theme.flagHeight
                y: 16
                color: "transparent"
                border.color: Theme.hairline
                Image {
                    anchors.fill: parent
                    anchors.margins: 1
                    source: page.fact("flag")
                    sourceSize.width: Theme.flagWidth * 2
                    sourceSize.height: Theme.flagHeight * 2
                    asynchronous: true
                    fillMode: Image.PreserveAspectFit
                }
            }
            Column {
                width: hero.width - 2 * Theme.margin - 120 - Theme.spacing - (page.portrait ? 0 : facts.width + Theme.margin)
                Text {
                    width: parent.width
                    text: page.fact("name")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily(Theme.language)
                    lineHeight: Theme.lineHeight(Theme.language)
                    font.pixelSize: Theme.displaySize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    // Empty when the name above is already the native one (see CountryModel).
                    visible: text !== ""
                    text: page.fact("nativeName")
                    textFormat: Text.PlainText
                    color: Theme.muted
                    font.family: Theme.fontFamily(Theme.languageOfScript(text))
                    lineHeight: Theme.lineHeight(Theme.languageOfScript(text))
                    font.pixelSize: Theme.headingSize
                    elide: Text.ElideRight
                }
                Text {
                    width: Math.min(parent.width, 900)
                    topPadding: 10
                    text: page.fact("description")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily(Theme.language)
                    font.pixelSize: Theme.bodySize
                    lineHeight: Math.max(1.15, Theme.lineHeight(Theme.language))
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }
        }

        // Beside the title in landscape; under it, in three columns, in portrait.
        Grid {
            id: facts
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            anchors.bottomMargin: Theme.spacing + 10
            width: page.portrait ? hero.width - 2 * Theme.margin : 520
            columns: page.portrait ? 3 : 1
            columnSpacing: Theme.spacing
            rowSpacing: 14
            readonly property real cellWidth: page.portrait ? (width - 2 * columnSpacing) / 3 : width

            Rectangle {
                visible: !page.portrait
                width: Theme.accentBarWidth
                height: Theme.accentBarHeight
                color: page.fact("accent") || Theme.aseanBlue
            }
            FactLine {
                width: facts.cellWidth
                label: qsTr("Capital")
                value: page.fact("capital")
            }
            FactLine {
                width: facts.cellWidth
                label: qsTr("Official languages")
                value: page.fact("languages")
            }
            FactLine {
                width: facts.cellWidth
                label: qsTr("Member of ASEAN since")
                value: {
                    const joined = page.fact("joined");
                    //: Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday.
                    //: The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).
                    return joined ? joined.toLocaleDateString(Qt.locale(page.language), qsTr("d MMMM yyyy")) : "";
                }
            }
        }

        BackButton {
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.margins: (Theme.barHeight - height) / 2 + 2
            anchors.leftMargin: Theme.margin
            onClicked: page.back()
        }
    }

    ThemeStrip {
        id: chips
        anchors.top: hero.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        model: stateThemes
        allLabel: qsTr("All")
        selected: page.filter
        onChosen: id => page.filter = id
    }

    GridView {
        id: grid
        objectName: "countryItems"
        anchors.top: chips.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.bottom: parent.bottom
        x: Theme.margin - Theme.spacing / 4
        width: parent.width - 2 * Theme.margin + Theme.spacing / 2
        clip: true
        model: items
        readonly property int columns: page.portrait ? 2 : 4
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.round(cellWidth * 0.68)
        boundsBehavior: Flickable.StopAtBounds
        bottomMargin: Theme.margin
        // qmllint disable unqualified
        delegate: MediaTile {
            width: grid.cellWidth
            height: grid.cellHeight
            onChosen: {
                if (page.accept())
                    page.itemChosen(itemId);
            }
        }
        // qmllint enable unqualified
    }
}
