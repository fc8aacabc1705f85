import QtQuick
import Asean.Controls
import Asean.Gallery

// One lifestyle theme across every member state: its name and colour, the other themes to
// switch to, then the photos and videos of all states in it, each labelled with its state.
ScreenLayer {
    id: page

    required property LiveCatalogue catalogue
    required property string language

    property string themeId
    // The top bar's way back (see TopBar).
    property string backTo
    signal back
    signal home
    signal itemChosen(string id)
    // Another theme from the strip under the title.
    signal themeChosen(string id)

    readonly property bool portrait: height > width

    ThemeModel {
        id: allThemes
        catalogue: page.catalogue
        language: page.language
    }

    ItemModel {
        id: items
        catalogue: page.themeId !== "" ? page.catalogue : null
        language: page.language
        theme: page.themeId
    }

    readonly property int row: allThemes.indexOf(themeId)
    function fact(role: string): var {
        return row >= 0 ? allThemes.get(row, role) : "";
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Item {
        id: hero
        width: parent.width
        // A share of the screen, or more when the title and text need it (Burmese and Lao run
        // tall): they must never climb under the top bar's buttons, as on a state's page. Within
        // reach, all of the screen above the reach (Theme.reachTop).
        height: Math.max(Theme.lowReach ? Theme.reachTop : Math.round(parent.height * (page.portrait ? 0.24 : 0.3)), Theme.barHeight + Theme.spacing + heading.height)

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
                    position: 0.4
                    color: "transparent"
                }
                GradientStop {
                    position: 1.0
                    color: Theme.background
                }
            }
        }
        TextBacking {
            anchors.fill: heading
            anchors.margins: -Theme.spacing / 2
        }
        Column {
            id: heading
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            anchors.bottomMargin: Theme.spacing
            spacing: 8

            Rectangle {
                width: 64
                height: 6
                color: page.fact("accent") || Theme.aseanBlue
            }
            Text {
                width: parent.width
                text: page.fact("name")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.displaySize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: page.fact("description")
                textFormat: Text.PlainText
                color: Theme.muted
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }

    // The themes and the photos under the hero, above the band the access button keeps
    // (Main.qml). When the themes leave the photos too little room (larger text, or everything
    // within reach) they scroll together, with at least a row of photos.
    Flickable {
        id: scroller
        objectName: "themeScroller"
        anchors.fill: parent
        anchors.topMargin: hero.height
        anchors.bottomMargin: Theme.bottomChrome
        contentWidth: width
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        clip: true

        Item {
            id: content
            width: scroller.width
            height: Math.max(scroller.height, strip.height + Theme.spacing / 2 + grid.cellHeight)

            ThemeStrip {
                id: strip
                objectName: "themeStrip"
                anchors.left: parent.left
                anchors.right: parent.right
                model: allThemes
                selected: page.themeId
                onChosen: id => {
                    if (id !== page.themeId && page.accept())
                        page.themeChosen(id);
                }
            }

            GridView {
                id: grid
                objectName: "themeItems"
                anchors.top: strip.bottom
                anchors.topMargin: Theme.spacing / 2
                anchors.bottom: parent.bottom
                x: Theme.margin - Theme.spacing / 4
                width: parent.width - 2 * Theme.margin + Theme.spacing / 2
                clip: true
                model: items
                readonly property int columns: Theme.columns(page.portrait ? 2 : 4)
                cellWidth: Math.floor(width / columns)
                cellHeight: Math.round(cellWidth * 0.68)
                boundsBehavior: Flickable.StopAtBounds
                // qmllint disable unqualified
                delegate: MediaTile {
                    required property int index
                    // The keypad starts on the first photo (Keypad).
                    readonly property bool keypadStart: index === 0
                    width: grid.cellWidth
                    height: grid.cellHeight
                    subtitle: countryName
                    onChosen: {
                        if (page.accept())
                            page.itemChosen(itemId);
                    }
                }
                // qmllint enable unqualified
            }
        }
    }

    TopBar {
        anchors.left: parent.left
        anchors.right: parent.right
        backTo: page.backTo
        live: page.shown
        onBack: page.back()
        onHome: page.home()
    }
}
