import QtQuick
import Asean.Text
import Asean.Controls
import Asean.Gallery

// Full-screen photos: swipe or press the arrows at the edges to go to the neighbours, pinch or
// double-tap to zoom, drag to pan when zoomed, tap to hide or show the caption. Videos show
// their poster and open the one player.
ScreenLayer {
    id: viewer

    property string itemId
    property string country
    property string theme
    required property VideoScreen player
    required property LiveCatalogue catalogue
    required property Languages languages
    // Off in safe mode (see Releases).
    required property bool videoAllowed
    property bool captionsShown: true
    // The top bar's way back (see TopBar).
    property string backTo
    signal closed
    signal home
    // Sideways from item `from` into `to`, another state's item of `theme` (Across ASEAN).
    signal across(string from, string to, string country, string theme)

    readonly property ViewerPage currentPage: pager.currentItem as ViewerPage
    readonly property string currentId: currentPage ? currentPage.itemId : ""
    // How many photos and videos the visitor can move through: the grid's, filter included.
    readonly property alias count: items.count

    ItemModel {
        id: items
        catalogue: viewer.shown ? viewer.catalogue : null
        language: viewer.languages.current
        country: viewer.country
        theme: viewer.theme
    }

    // Opening (or a new filter) puts the chosen item in view without animating through the rest.
    function place() {
        if (!shown || itemId === "" || itemId === currentId)
            return;
        const row = items.rowOf(itemId);
        if (row >= 0) {
            pager.currentIndex = row;
            pager.positionViewAtIndex(row, ListView.Beginning);
        }
    }
    onItemIdChanged: place()
    onShownChanged: {
        captionsShown = true;
        place();
    }
    Connections {
        target: items
        function onModelReset() {
            viewer.place();
        }
    }

    Rectangle {
        anchors.fill: parent
        color: "black"
    }

    ListView {
        id: pager
        objectName: "pager"
        anchors.fill: parent
        model: items
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.normal
        boundsBehavior: Flickable.StopAtBounds
        // One neighbour on each side is decoded ahead; more would hold full-screen pictures.
        cacheBuffer: width
        interactive: !(viewer.currentPage && (viewer.currentPage.zoomed || viewer.currentPage.twoFingers))
        clip: true

        // qmllint disable unqualified
        delegate: ViewerPage {
            width: pager.width
            height: pager.height
            current: ListView.isCurrentItem
            roomBelow: caption.height
            videoAllowed: viewer.videoAllowed
            onToggleCaptions: viewer.captionsShown = !viewer.captionsShown
            onPlay: viewer.player.play(video, title, source, duration)
        }
        // qmllint enable unqualified
    }

    // The caption of the current item: under its photo, beside it or over its foot, as the
    // page places it.
    Rectangle {
        id: caption
        objectName: "caption"
        readonly property ViewerPage item: viewer.currentPage
        readonly property int place: item ? item.captionPlace : ViewerPage.Over
        function joined(a: string, b: string): string {
            return a && b ? a + "  ·  " + b : a + b;
        }
        // "2024-03" as the visitor's language writes a month; a bare year stays as it is.
        function when(date: string): string {
            if (date.length < 7)
                return date;
            const month = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 1);
            //: When a photo was taken, month and year, as a Qt date pattern (QLocale supplies the month name).
            return month.toLocaleDateString(Qt.locale(viewer.languages.locale), qsTr("MMMM yyyy"));
        }
        x: place === ViewerPage.Beside ? item.photoRect.x + item.photoRect.width : 0
        y: place === ViewerPage.Under ? item.photoRect.y + item.photoRect.height : parent.height - height
        // Beside the photo it stops short of the next button at the screen's edge.
        width: parent.width - x - (place === ViewerPage.Beside ? Theme.touchTarget * 1.25 + Theme.spacing : 0)
        height: captionScroll.height + 2 * Theme.spacing + Theme.bottomChrome
        opacity: viewer.captionsShown && item ? 1 : 0
        visible: opacity > 0
        Behavior on opacity  {
            NumberAnimation {
                duration: Theme.normal
            }
        }
        // Full strength from where the text begins (two spacings down): over the foot of a
        // light photo the state's name was at 3.3:1 (tests/e2e/tst_contrast.cpp).
        gradient: Gradient {
            GradientStop {
                position: 0
                color: "transparent"
            }
            GradientStop {
                position: 2 * Theme.spacing / Math.max(1, caption.height)
                color: Theme.scrim
            }
            GradientStop {
                position: 1
                color: Theme.scrim
            }
        }

        TextBacking {
            anchors.fill: captionScroll
            anchors.margins: -Theme.spacing / 2
        }
        // Larger text may make a caption taller than the room beside or over the photo: then
        // it scrolls, and never climbs under the top bar.
        Flickable {
            id: captionScroll
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            // The band below is the access button's (Main.qml), and the low top bar's.
            anchors.bottomMargin: Theme.bottomChrome
            height: Math.min(captionColumn.implicitHeight, Theme.lowReach ? viewer.height - Theme.bottomChrome - Theme.reachTop - viewer.playRoom : viewer.height - Theme.barHeight - Theme.controlHeight - Theme.accessBand - 2 * Theme.spacing)
            contentHeight: captionColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height

            Column {
                id: captionColumn
                width: parent.width
                spacing: 8
                // Lines of text stay a comfortable length; the rail below them takes the width.
                readonly property real measure: Math.min(width, 1300 - Theme.margin)

                Text {
                    width: captionColumn.measure
                    text: caption.item ? caption.item.countryName : ""
                    textFormat: Text.PlainText
                    color: Theme.aseanYellow
                    font.family: Theme.fontFamily(Theme.language)
                    lineHeight: Theme.lineHeight(Theme.language)
                    font.pixelSize: Theme.captionSize
                    font.letterSpacing: Theme.tracking(Theme.language, 1)
                }
                Text {
                    width: captionColumn.measure
                    text: caption.item ? caption.item.title : ""
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily(Theme.language)
                    lineHeight: Theme.lineHeight(Theme.language)
                    font.pixelSize: Theme.titleSize
                    font.weight: Font.Medium
                    wrapMode: Text.WordWrap
                }
                NativeTitle {
                    width: captionColumn.measure
                    text: caption.item ? caption.item.nativeTitle : ""
                    language: caption.item ? caption.item.nativeLanguage : ""
                    pronunciation: caption.item ? caption.item.pronunciation : ""
                }
                Text {
                    width: captionColumn.measure
                    text: caption.item ? caption.item.description : ""
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily(Theme.language)
                    font.pixelSize: Theme.bodySize
                    lineHeight: Math.max(1.15, Theme.lineHeight(Theme.language))
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: captionColumn.measure
                    text: caption.item ? caption.joined(caption.item.place, caption.when(caption.item.date)) : ""
                    textFormat: Text.PlainText
                    color: Theme.muted
                    font.family: Theme.fontFamily(Theme.language)
                    lineHeight: Theme.lineHeight(Theme.language)
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: captionColumn.measure
                    text: caption.item ? caption.joined(caption.item.credit, caption.item.licence) : ""
                    textFormat: Text.PlainText
                    color: Theme.muted
                    font.family: Theme.fontFamily(Theme.language)
                    lineHeight: Theme.lineHeight(Theme.language)
                    font.pixelSize: Theme.captionSize - 3
                    wrapMode: Text.WordWrap
                }
                AcrossAsean {
                    width: parent.width
                    catalogue: viewer.catalogue
                    language: viewer.languages.current
                    itemId: viewer.shown ? viewer.currentId : ""
                    theme: viewer.theme
                    onChosen: (id, country, theme) => viewer.across(viewer.currentId, id, country, theme)
                }
            }
        }
    }

    // The neighbours, at the edges where a thumb rests: that there is more is seen, not only
    // found by swiping.
    // Over the photo's foot the caption can grow tall (Burmese, a long description): the arrows
    // keep to the middle of the photo above it rather than sit on its text. With the caption
    // under the photo they keep to the photo's middle. Never under the top bar, however tall
    // the caption (larger text).
    // With everything within reach the arrows sit low, in the top bar's row (TopBar), at its
    // right end: before the language button when that shares the row.
    readonly property real arrowsOffset: Math.max(Theme.barHeight + Theme.spacing + Theme.touchTarget * 0.625 - height / 2, arrowsWanted)
    readonly property real arrowsWanted: !caption.visible || !caption.item ? 0 : caption.place === ViewerPage.Over ? -caption.height / 2 : caption.place === ViewerPage.Under ? caption.item.photoRect.y + caption.item.photoRect.height / 2 - height / 2 : 0
    readonly property real arrowSize: Theme.lowReach ? Theme.controlHeight : Theme.touchTarget * 1.25
    readonly property real arrowsY: Theme.lowReach ? Theme.lowBarY + (Theme.barHeight - arrowSize) / 2 : (height - arrowSize) / 2 + arrowsOffset
    // Within reach, a film's play button sits at the top of the reach and the caption under it.
    readonly property real playRoom: currentPage && currentPage.kind === MediaKind.Video && videoAllowed ? Theme.touchTarget * 1.6 + Theme.spacing : 0
    RoundButton {
        id: previous
        objectName: "previous"
        x: Theme.lowReach ? next.x - Theme.spacing / 2 - width : Theme.spacing
        y: viewer.arrowsY
        width: viewer.arrowSize
        height: width
        visible: pager.currentIndex > 0
        icon: "back"
        //: The viewer's button to the photo before, as a screen reader names it.
        accessibleName: qsTr("Previous photo")
        // Where the keypad starts at the last photo; on a film, play (Keypad).
        readonly property bool keypadStart: !next.visible && viewer.playRoom === 0
        onClicked: pager.decrementCurrentIndex()
    }
    RoundButton {
        id: next
        objectName: "next"
        x: viewer.width - width - (Theme.lowReach ? Theme.margin + (Theme.lowBarInline ? Theme.languageButtonRoom + Theme.spacing / 2 : 0) : Theme.spacing)
        y: viewer.arrowsY
        width: viewer.arrowSize
        height: width
        visible: pager.currentIndex < items.count - 1
        icon: "back"
        // The back chevron turned round, so both arrows are drawn alike.
        rotation: 180
        //: The viewer's button to the next photo, as a screen reader names it.
        accessibleName: qsTr("Next photo")
        // Where the keypad starts on a photo: Enter, Enter, Enter goes through them (Keypad).
        readonly property bool keypadStart: viewer.playRoom === 0
        onClicked: pager.incrementCurrentIndex()
    }

    TopBar {
        anchors.left: parent.left
        anchors.right: parent.right
        backTo: viewer.backTo
        live: viewer.shown
        reserved: Theme.lowReach ? 2 * viewer.arrowSize + Theme.spacing : 0
        onBack: viewer.closed()
        onHome: viewer.home()
    }

    // Where the visitor is among the photos, on the same dark pill as the buttons so it reads
    // over any photo: the count, and a dot for each photo (a bar when there are too many to
    // count by eye). Centred in the top bar; under it in portrait, where the bar is full.
    Rectangle {
        objectName: "position"
        readonly property bool portrait: viewer.height > viewer.width
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: portrait ? Theme.barHeight : (Theme.barHeight - height) / 2
        visible: items.count > 1
        width: Math.max(counter.implicitWidth, dots.visible ? dots.width : bar.width) + Theme.spacing * 1.5
        height: counter.implicitHeight + 18 + 14
        radius: height / 2
        color: Theme.scrim
        border.color: Theme.hairline
        border.width: Theme.outline

        Text {
            id: counter
            anchors.horizontalCenter: parent.horizontalCenter
            y: 6
            //: Position in the viewer: photo %1 of %2, e.g. "3 / 7".
            text: qsTr("%1 / %2").arg(viewer.languages.formatNumber(pager.currentIndex + 1)).arg(viewer.languages.formatNumber(items.count))
            color: Theme.text
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.captionSize
        }
        Row {
            id: dots
            objectName: "positionDots"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 12
            spacing: 8
            visible: items.count <= 12
            Repeater {
                model: dots.visible ? items.count : 0
                // qmllint disable unqualified
                Rectangle {
                    required property int index
                    anchors.verticalCenter: parent.verticalCenter
                    width: index === pager.currentIndex ? 12 : 8
                    height: width
                    radius: width / 2
                    color: index === pager.currentIndex ? Theme.aseanYellow : Theme.muted
                }
                // qmllint enable unqualified
            }
        }
        Rectangle {
            id: bar
            objectName: "positionBar"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 14
            visible: !dots.visible
            width: 160
            height: 6
            radius: 3
            color: Theme.raised
            Rectangle {
                x: items.count > 1 ? pager.currentIndex / (items.count - 1) * (parent.width - width) : 0
                width: Math.max(12, parent.width / Math.max(1, items.count))
                height: parent.height
                radius: 3
                color: Theme.aseanYellow
            }
        }
    }
}
