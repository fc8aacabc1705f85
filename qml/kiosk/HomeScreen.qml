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
    // Up to twelve states fill two rows (four in portrait) on one screen; more rows scroll.
    // The rows share the states evenly, the longer ones first, and each row's cards share its
    // width: ten states in portrait are rows of 3, 3, 2 and 2, eleven 3, 3, 3 and 2, so no card
    // stands alone and no cell is left empty.
    readonly property int screenRows: portrait ? 4 : 2
    // Larger text (the access panel) puts fewer cards in a row.
    readonly property int rows: Math.max(1, Math.min(screenRows, Math.floor(countries.count / 2)), Math.ceil(countries.count / Theme.columns(portrait ? 3 : 6)))
    readonly property int perRow: Math.floor(countries.count / rows)
    readonly property int longRows: countries.count % rows  // rows with one card more
    function rowOf(index: int): int {
        const inLongRows = longRows * (perRow + 1);
        return index < inLongRows ? Math.floor(index / (perRow + 1)) : longRows + Math.floor((index - inLongRows) / perRow);
    }
    function firstOf(row: int): int {
        return row * perRow + Math.min(row, longRows);
    }
    function cardsIn(row: int): int {
        return row < longRows ? perRow + 1 : perRow;
    }

    // Above the band the access button keeps (Main.qml). At larger text the header, a row of
    // cards at the height its names need and the themes may not fit the screen: then it all
    // scrolls as one page. With everything within reach the page is the part of the screen a
    // seated visitor reaches (Theme.reachTop), and the header stands above it.
    Flickable {
        id: page
        objectName: "homePage"
        anchors.fill: parent
        anchors.topMargin: Theme.reachTop
        anchors.bottomMargin: Theme.accessBand
        contentWidth: width
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        clip: true

        Item {
            id: content
            readonly property real headerRoom: Theme.lowReach ? Theme.spacing / 2 : header.height + 1.5 * Theme.spacing
            width: page.width
            height: Math.max(page.height, headerRoom + Math.min(screen.rows, screen.screenRows) * grid.leastCardHeight + themeStrip.height)

            Column {
                id: header
                // Within reach: out of the page, just above it.
                parent: Theme.lowReach ? screen : content
                x: Theme.margin
                y: Theme.lowReach ? Math.max(0, Theme.reachTop - height - Theme.spacing) : 0
                width: content.width - 2 * Theme.margin
                // Larger text starts below the language button, so the title can take the width
                // (which is low when everything is within reach).
                topPadding: Theme.textScale > 100 && !Theme.lowReach ? Theme.barHeight : 28
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
                    width: parent.width - (Theme.textScale > 100 || Theme.lowReach ? 0 : Theme.languageButtonRoom)
                    text: qsTr("Explore the member states of ASEAN")
                    color: Theme.text
                    font.family: Theme.fontFamily(Theme.language)
                    lineHeight: Theme.lineHeight(Theme.language)
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
                    lineHeight: Theme.lineHeight(Theme.language)
                    font.pixelSize: Theme.bodySize
                    // One line at the normal size, as before; wrapped when the text is larger.
                    wrapMode: Theme.textScale > 100 ? Text.WordWrap : Text.NoWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }

            Flickable {
                id: grid
                objectName: "countryGrid"
                readonly property alias count: cards.count
                // Larger text, or the low page within reach: never lower than a card's flag and
                // names need (two lines of the name).
                readonly property real leastCardHeight: Theme.textScale > 100 || Theme.lowReach ? 54 + 3 * Theme.spacing + 3 * Theme.headingSize + 1.8 * Theme.captionSize : 0
                readonly property real cardHeight: Math.floor(Math.max(Math.min(height / Math.min(screen.rows, screen.screenRows), width / screen.cardsIn(0) * 1.25), leastCardHeight))
                anchors.top: parent.top
                anchors.topMargin: content.headerRoom - Theme.spacing / 2
                anchors.bottom: themeStrip.top
                anchors.bottomMargin: Theme.spacing / 2
                x: Theme.margin - Theme.spacing / 2
                width: parent.width - 2 * Theme.margin + Theme.spacing
                clip: true
                contentWidth: width
                contentHeight: screen.rows * cardHeight
                boundsBehavior: Flickable.StopAtBounds
                interactive: contentHeight > height

                Repeater {
                    id: cards
                    model: screen.countries

                    // Qt 6.4 has no "pragma ComponentBehavior: Bound": ids outside a delegate are in scope
                    // at run time, but qmllint cannot prove it.
                    // qmllint disable unqualified
                    delegate: CountryCard {
                        required property int index
                        readonly property int row: screen.rowOf(index)
                        readonly property int column: index - screen.firstOf(row)
                        // Whole pixels that add up to the row's width.
                        x: Math.round(column * grid.width / screen.cardsIn(row))
                        y: row * grid.cardHeight
                        width: Math.round((column + 1) * grid.width / screen.cardsIn(row)) - x
                        height: grid.cardHeight
                        // The keypad starts on the first state (Keypad).
                        readonly property bool keypadStart: index === 0
                        onChosen: {
                            if (screen.accept())
                                screen.countryChosen(code);
                        }
                    }
                    // qmllint enable unqualified
                }
            }

            ThemeStrip {
                id: themeStrip
                objectName: "themeStrip"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                model: screen.themes
                title: qsTr("Or explore by theme")
                onChosen: id => {
                    if (screen.accept())
                        screen.themeChosen(id);
                }
            }
        }
    }
}
