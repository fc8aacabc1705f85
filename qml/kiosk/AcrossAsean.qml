import QtQuick
import Asean.Controls
import Asean.Gallery

// "Across ASEAN": under a photo's caption, the same theme in the other member states, each with
// its flag and title. A touch moves sideways into that state's item (see Router::across).
Column {
    id: rail

    required property LiveCatalogue catalogue
    required property string language
    property alias itemId: across.itemId
    property alias theme: across.theme
    readonly property alias count: across.count
    // An entry touched: the item, its state, and the theme the rail shows.
    signal chosen(string itemId, string country, string theme)

    visible: across.count > 0
    spacing: Theme.spacing / 3

    AcrossAseanModel {
        id: across
        catalogue: rail.catalogue
        language: rail.language
    }

    Text {
        //: Heading of the strip under a photo that shows the same theme in the other member states.
        text: qsTr("Across ASEAN")
        textFormat: Text.PlainText
        color: Theme.aseanYellow
        font.family: Theme.fontFamily(Theme.language)
        font.pixelSize: Theme.captionSize
        font.letterSpacing: Theme.tracking(Theme.language, 1)
    }

    ListView {
        id: entries
        objectName: "acrossAsean"
        width: parent.width
        height: Theme.touchTarget + 8
        orientation: ListView.Horizontal
        spacing: Theme.spacing / 2
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: across

        // qmllint disable unqualified
        delegate: Rectangle {
            id: entry
            required property string itemId
            required property string country
            required property string flag
            required property string title
            required property string source

            objectName: "across-" + country
            width: 300
            height: entries.height
            radius: 8
            color: tap.pressed ? Theme.surface : Theme.scrim
            border.color: Theme.hairline
            border.width: Theme.outline
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            Accessible.name: entry.title
            Accessible.onPressAction: rail.chosen(entry.itemId, entry.country, across.sharedTheme)

            Photo {
                id: thumb
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.margins: 4
                width: height * 4 / 3
                source: entry.source
                // The grid's thumbnail size, so the cache serves it.
                decodeWidth: Theme.thumbnailWidth
                decodeHeight: Theme.thumbnailHeight
            }
            Column {
                anchors.left: thumb.right
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: Theme.spacing / 2
                spacing: 4

                Rectangle {
                    // A thin frame keeps white flags apart from the dark rail.
                    width: 40
                    height: 30
                    color: "transparent"
                    border.color: Theme.hairline
                    border.width: Theme.outline
                    Image {
                        anchors.fill: parent
                        anchors.margins: 1
                        source: entry.flag
                        sourceSize.width: 80
                        sourceSize.height: 60
                        asynchronous: true
                        fillMode: Image.PreserveAspectFit
                    }
                }
                Text {
                    width: parent.width
                    text: entry.title
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily(Theme.language)
                    font.pixelSize: Theme.captionSize
                    elide: Text.ElideRight
                }
            }
            TapHandler {
                id: tap
                // Exclusive: the photo beneath must not take the tap as its own.
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: rail.chosen(entry.itemId, entry.country, across.sharedTheme)
            }
        }
        // qmllint enable unqualified
    }
}
