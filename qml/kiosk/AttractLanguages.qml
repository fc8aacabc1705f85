import QtQuick
import Asean.Text
import Asean.Controls

// The attract loop's way in: every offered language at once, each a large target named in
// itself, in its own script, with "Touch to explore" in it, and no flag (a language is not a
// state). A visitor finds their own at the first touch instead of waiting for it to come round.
// As many targets of a readable width as fit go in a row; the rows then differ by at most one
// and are centred, so eleven read as six and five in landscape and 3-3-3-2 in portrait.
Column {
    id: grid

    required property Languages languages
    signal chosen(string language)

    // Said in each target's own language, not the current one (Languages.translate).
    readonly property string invitation: QT_TR_NOOP("Touch to explore")
    readonly property var offered: languages.offered
    readonly property int fitting: Math.max(1, Math.floor((width + Theme.spacing) / (Theme.languageTargetWidth + Theme.spacing)))
    readonly property int rows: Math.ceil(offered.length / fitting)
    readonly property int columns: Math.ceil(offered.length / Math.max(1, rows))
    readonly property real targetWidth: (width - (columns - 1) * Theme.spacing) / Math.max(1, columns)

    spacing: Theme.spacing

    Repeater {
        model: grid.rows
        // qmllint disable unqualified
        Row {
            id: row
            required property int index
            // The first rows take one more when the languages do not divide evenly.
            readonly property int base: Math.floor(grid.offered.length / grid.rows)
            readonly property int extra: grid.offered.length % grid.rows
            readonly property int first: index * base + Math.min(index, extra)
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.spacing

            Repeater {
                model: grid.offered.slice(row.first, row.first + row.base + (row.index < row.extra ? 1 : 0))
                delegate: Rectangle {
                    id: target
                    required property string modelData
                    objectName: "attractLanguage_" + modelData
                    width: grid.targetWidth
                    height: Theme.languageTargetHeight
                    radius: 20
                    color: tap.pressed ? Theme.raised : Theme.scrim
                    border.color: Theme.hairline
                    border.width: Theme.outline
                    // From the keypad too, starting on the language in use (Keypad).
                    activeFocusOnTab: true
                    readonly property bool keypadStart: modelData === grid.languages.current
                    Accessible.role: Accessible.Button
                    Accessible.name: grid.languages.nativeName(modelData) + ". " + grid.languages.translate(modelData, "AttractLanguages", grid.invitation)
                    Accessible.onPressAction: grid.chosen(modelData)

                    Column {
                        anchors.centerIn: parent
                        width: parent.width - Theme.spacing
                        Text {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: grid.languages.nativeName(target.modelData)
                            color: Theme.text
                            font.family: Theme.fontFamily(target.modelData)
                            font.pixelSize: Theme.headingSize
                            font.weight: Font.DemiBold
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.bodySize
                            elide: Text.ElideRight
                        }
                        Text {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: grid.languages.translate(target.modelData, "AttractLanguages", grid.invitation)
                            color: Theme.muted
                            font.family: Theme.fontFamily(target.modelData)
                            font.pixelSize: Theme.captionSize
                            elide: Text.ElideRight
                        }
                    }
                    TapHandler {
                        id: tap
                        // The touch is this target's alone, not the loop's behind it.
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: grid.chosen(target.modelData)
                    }
                }
            }
        }
        // qmllint enable unqualified
    }
}
