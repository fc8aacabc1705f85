import QtQuick
import Asean.Controls

// One member state on the home screen: its photo edge to edge, flag and names over a soft
// shade, and a line in the state's colour.
Item {
    id: card

    required property string code
    required property string name
    required property string nativeName
    required property color accent
    required property string flag
    required property string photo

    readonly property bool pressed: tap.pressed
    signal chosen

    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: card.nativeName !== "" ? card.name + ", " + card.nativeName : card.name
    Accessible.onPressAction: card.chosen()

    Item {
        id: frame
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        scale: tap.pressed ? 0.97 : 1
        Behavior on scale  {
            NumberAnimation {
                duration: Theme.fast
                easing.type: Easing.OutCubic
            }
        }

        Photo {
            anchors.fill: parent
            source: card.photo
            decodeWidth: width
            decodeHeight: height
        }

        // Full strength from the name down, fading out over the flag: a light photo left the
        // names under 4.5:1 (tests/e2e/tst_contrast.cpp).
        Rectangle {
            id: shade
            readonly property real fade: names.height - names.textHeight
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: parent.height - names.y
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
                    position: 1.0
                    color: Theme.scrim
                }
            }
        }

        TextBacking {
            anchors.fill: names
            anchors.margins: -Theme.spacing / 2
        }
        Column {
            id: names
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: accentLine.top
            anchors.margins: Theme.spacing
            spacing: 6
            // As tall on every card (the flag, two lines of name and one of native name) and
            // filled from the top: flags and names start on one line across a row, whether a
            // name takes one line or two.
            readonly property real textHeight: nameLine.lineSpacing * Theme.lineHeight(Theme.language) * 2 + (Theme.captionSize + 2) * 1.6
            height: 54 + 2 * spacing + textHeight

            FontMetrics {
                id: nameLine
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
            }

            Rectangle {
                // A thin frame keeps white flags (Indonesia, Singapore) apart from a light photo.
                width: 72
                height: 54
                color: "transparent"
                border.color: Theme.hairline
                border.width: 1
                Image {
                    anchors.fill: parent
                    anchors.margins: 1
                    source: card.flag
                    sourceSize.width: 144
                    sourceSize.height: 108
                    asynchronous: true
                    fillMode: Image.PreserveAspectFit
                }
            }
            Text {
                objectName: "cardName"
                width: parent.width
                text: card.name
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily(Theme.language)
                lineHeight: Theme.lineHeight(Theme.language)
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                // Empty when the name above is already the native one (see CountryModel).
                visible: text !== ""
                text: card.nativeName
                textFormat: Text.PlainText
                color: Theme.muted
                font.family: Theme.fontFamily(Theme.languageOfScript(text))
                lineHeight: Theme.lineHeight(Theme.languageOfScript(text))
                font.pixelSize: Theme.captionSize + 2
                elide: Text.ElideRight
            }
        }

        Rectangle {
            id: accentLine
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 6
            color: card.accent
        }

        TapHandler {
            id: tap
            onTapped: card.chosen()
        }
    }
}
