import QtQuick
import Asean.Controls
import Asean.Gallery

// A photo or video in a state's grid: the picture, its title on a shade, and for videos a
// chip with a play mark and the film's length ("▶ 1:24").
Item {
    id: tile

    required property string itemId
    required property int kind
    required property string source
    required property string title
    required property string countryName
    required property real duration  // ms, videos; 0 when the catalogue does not know it
    // A second line under the title, e.g. the state on a theme page.
    property string subtitle

    signal chosen

    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    //: A film in a grid, as a screen reader names it (%1: its title).
    Accessible.name: tile.kind === MediaKind.Video ? qsTr("Film: %1").arg(tile.title) : tile.title
    Accessible.description: tile.subtitle
    Accessible.onPressAction: {
        Touched.tile = tile;
        tile.chosen();
    }

    Item {
        anchors.fill: parent
        anchors.margins: Theme.spacing / 4
        scale: tap.pressed ? 0.97 : 1
        Behavior on scale  {
            NumberAnimation {
                duration: Theme.fast
                easing.type: Easing.OutCubic
            }
        }

        Photo {
            anchors.fill: parent
            source: tile.source
            // One thumbnail size everywhere, so the viewer finds the grid's in the cache.
            decodeWidth: Theme.thumbnailWidth
            decodeHeight: Theme.thumbnailHeight
        }

        Rectangle {
            id: shade
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            // Full strength from where the titles begin, fading out above them: over the light
            // part of a photo, a half-faded scrim left them at 3:1 (tests/e2e/tst_contrast.cpp).
            readonly property real fade: parent.height * 0.3
            height: titles.height + 2 * Theme.spacing + fade
            gradient: Gradient {
                GradientStop {
                    position: 0
                    color: "transparent"
                }
                GradientStop {
                    position: shade.fade / Math.max(1, shade.height)
                    color: Theme.scrim
                }
                GradientStop {
                    position: 1
                    color: Theme.scrim
                }
            }
        }

        TextBacking {
            anchors.fill: titles
            anchors.margins: -Theme.spacing / 2
        }
        Column {
            id: titles
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacing * 0.75
            // As tall in every tile (the subtitle's line and two of the title's, in this
            // language's font), and filled from the top: the titles of a row start on one line,
            // one line long or two, in any script.
            height: (subtitle.visible ? subtitle.height + spacing : 0) + 2 * titleLine.lineSpacing * title.lineHeight
            spacing: 2

            FontMetrics {
                id: titleLine
                font: title.font
            }

            Text {
                id: subtitle
                visible: tile.subtitle !== ""
                width: parent.width
                text: tile.subtitle
                textFormat: Text.PlainText
                color: Theme.aseanYellow
                font.family: Theme.fontFamily(Theme.language)
                lineHeight: Theme.lineHeight(Theme.language)
                font.pixelSize: Theme.captionSize
                font.letterSpacing: Theme.tracking(Theme.language, 1)
                elide: Text.ElideRight
            }
            Text {
                id: title
                objectName: "tileTitle"
                width: parent.width
                text: tile.title
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily(Theme.language)
                lineHeight: Theme.lineHeight(Theme.language)
                font.pixelSize: Theme.bodySize
                font.weight: Font.Medium
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }

        Rectangle {
            objectName: "videoChip"
            visible: tile.kind === MediaKind.Video
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.spacing / 2
            width: chipRow.implicitWidth + Theme.spacing
            height: chipRow.implicitHeight + 12
            radius: height / 2
            color: Theme.scrim
            border.color: Theme.hairline
            border.width: Theme.outline

            Row {
                id: chipRow
                anchors.centerIn: parent
                spacing: 8
                Icon {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 26
                    height: 26
                    name: "play"
                }
                Text {
                    objectName: "videoLength"
                    anchors.verticalCenter: parent.verticalCenter
                    visible: tile.duration > 0
                    text: Theme.clock(tile.duration)
                    color: Theme.text
                    font.pixelSize: Theme.captionSize
                    font.weight: Font.DemiBold
                }
            }
        }

        TapHandler {
            id: tap
            onTapped: {
                // Where the viewer's picture grows from (Continuity).
                Touched.tile = tile;
                tile.chosen();
            }
        }
    }
}
