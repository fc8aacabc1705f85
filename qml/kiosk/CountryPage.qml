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
    // The top bar's way back (see TopBar).
    property string backTo
    signal back
    signal home
    signal itemChosen(string id)
    // The way on from a filtered grid: the chosen theme in every state.
    signal themeChosen(string id)

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

    // The chosen theme across every state, for the way on at the end of a filtered grid.
    ItemModel {
        id: themeEverywhere
        catalogue: page.filter !== "" ? page.catalogue : null
        language: page.language
        theme: page.filter
    }
    CountryModel {
        id: allStates
        catalogue: page.catalogue
        language: page.language
    }
    readonly property int statesWithTheme: {
        const codes = new Set();
        for (let row = 0; row < themeEverywhere.count; ++row)
            codes.add(themeEverywhere.get(row, "country"));
        return codes.size;
    }
    // "Festivals in all 11 states →", or in the 8 that have it.
    function wayOnLabel(): string {
        const row = stateThemes.indexOf(filter);
        const name = row >= 0 ? stateThemes.get(row, "name") : "";
        const states = statesWithTheme.toLocaleString(Qt.locale(Theme.locale), "f", 0);
        if (statesWithTheme === allStates.count)
            //: The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).
            return qsTr("%1 in all %2 states →").arg(name).arg(states);
        //: The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.
        return qsTr("%1 in %2 states →").arg(name).arg(states);
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // Above the band the access button keeps (Main.qml). At larger text the hero and the
    // themes may leave the photos no room: then the page scrolls as one, with at least a row
    // of photos. With everything within reach the hero fills the screen above the reach
    // (Theme.reachTop) and only the themes and the photos scroll, below it.
    Flickable {
        id: scroller
        objectName: "countryScroller"
        anchors.fill: parent
        anchors.topMargin: Theme.lowReach ? Math.max(Theme.reachTop, hero.height) : 0
        anchors.bottomMargin: Theme.bottomChrome
        contentWidth: width
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        clip: true

        Item {
            id: content
            readonly property real heroRoom: Theme.lowReach ? 0 : hero.height
            width: scroller.width
            height: Math.max(scroller.height, heroRoom + chips.height + Theme.spacing / 2 + (Theme.textScale > 100 || Theme.lowReach ? grid.cellHeight : 0))

            Item {
                id: hero
                parent: Theme.lowReach ? page : content
                width: page.width
                // A share of the screen, or more when the names and facts need it (Burmese and Lao
                // run tall): they must never climb under the top bar's buttons. Within reach, all
                // of the screen above the reach.
                height: Math.max(Theme.lowReach ? Theme.reachTop : Math.round(page.height * (page.portrait ? 0.4 : 0.36)), Theme.barHeight + 3 * Theme.spacing + 10 + (page.portrait ? title.height + facts.height + Theme.spacing : Math.max(title.height, facts.height)))

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

                TextBacking {
                    anchors.fill: title
                    anchors.margins: -Theme.spacing / 2
                }
                TextBacking {
                    anchors.fill: facts
                    anchors.margins: -Theme.spacing / 2
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

                // The facts sit on the photo's sky, often its lightest part: a dark backing keeps the
                // grey labels legible (tests/e2e/tst_contrast.cpp).
                Rectangle {
                    x: facts.x - Theme.spacing
                    y: facts.y - Theme.spacing
                    width: facts.width + 2 * Theme.spacing
                    height: facts.height + 2 * Theme.spacing
                    radius: Theme.spacing
                    color: Theme.scrim
                }

                // Beside the title in landscape; under it, in three columns, in portrait.
                Grid {
                    id: facts
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.margin
                    anchors.bottomMargin: Theme.spacing + 10
                    width: page.portrait ? hero.width - 2 * Theme.margin : 520
                    // Fewer columns for larger text, so the facts wrap less.
                    columns: page.portrait ? Theme.columns(3) : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: 14
                    readonly property real cellWidth: (width - (columns - 1) * columnSpacing) / columns

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
                            return joined ? joined.toLocaleDateString(Qt.locale(Theme.locale), qsTr("d MMMM yyyy")) : "";
                        }
                    }
                }
            }

            ThemeStrip {
                id: chips
                y: content.heroRoom
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
                    onChosen: {
                        if (page.accept())
                            page.itemChosen(itemId);
                    }
                }

                // A filtered grid ends with a way on rather than a dark void: the same theme in every
                // state that has it, when more than this one does.
                footer: Item {
                    width: grid.width
                    height: wayOn.visible ? wayOn.height + Theme.spacing : 0

                    Rectangle {
                        id: wayOn
                        objectName: "wayOn"
                        readonly property string label: page.wayOnLabel()
                        visible: page.filter !== "" && page.statesWithTheme > 1
                        x: Theme.spacing / 4
                        y: Theme.spacing / 2
                        width: Math.min(parent.width - Theme.spacing / 2, wayOnText.implicitWidth + 2 * Theme.margin)
                        height: Math.max(Theme.touchTarget * 1.25, wayOnText.implicitHeight + Theme.spacing)
                        radius: Theme.spacing / 2
                        color: wayOnTap.pressed ? Theme.raised : Theme.surface
                        border.color: Theme.hairline
                        border.width: Theme.outline
                        activeFocusOnTab: true
                        Accessible.role: Accessible.Button
                        Accessible.name: label
                        Accessible.onPressAction: {
                            if (page.accept())
                                page.themeChosen(page.filter);
                        }

                        Text {
                            id: wayOnText
                            anchors.fill: parent
                            anchors.leftMargin: Theme.margin
                            anchors.rightMargin: Theme.margin
                            verticalAlignment: Text.AlignVCenter
                            text: wayOn.label
                            textFormat: Text.PlainText
                            color: Theme.text
                            font.family: Theme.fontFamily(Theme.language)
                            font.pixelSize: Theme.headingSize
                            font.weight: Font.Medium
                            wrapMode: Text.WordWrap
                        }
                        TapHandler {
                            id: wayOnTap
                            gesturePolicy: TapHandler.ReleaseWithinBounds
                            onTapped: {
                                if (page.accept())
                                    page.themeChosen(page.filter);
                            }
                        }
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
