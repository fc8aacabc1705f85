import QtQuick
import Asean.Text
import Asean.Controls

// The attract loop's way in: every offered language at once, each a large target named in
// itself, in its own script, with "Touch to explore" in it, and no flag (a language is not a
// state). A visitor finds their own at the first touch instead of waiting for it to come round.
// As many targets of a readable width as fit go in a row; the rows then differ by at most one
// and are centred, so eleven read as six and five in landscape and 3-3-3-2 in portrait. When
// those rows would not fit in maxHeight (large text, a tall script), targets get shorter and
// rows hold more, down to three quarters of the height and three fifths of the width; a long
// name wraps, then shrinks to fit its target.
Column {
    id: grid

    required property Languages languages
    // The most the targets may take up and down; they never run over the caption above.
    property real maxHeight: Infinity
    signal chosen(string language)

    // Said in each target's own language, not the current one (Languages.translate).
    readonly property string invitation: QT_TR_NOOP("Touch to explore")
    readonly property var offered: languages.offered
    readonly property var layout: layoutIn(maxHeight)
    readonly property int rows: layout.rows
    readonly property real targetWidth: (width - (layout.columns - 1) * Theme.spacing) / layout.columns
    readonly property real targetHeight: layout.height

    // Columns, rows and target height for the targets in at most `room` pixels of height.
    function layoutIn(room: real): var {
        const count = Math.max(1, offered.length);
        const across = wide => Math.max(1, Math.floor((width + Theme.spacing) / (wide + Theme.spacing)));
        const down = high => Math.max(1, Math.floor((room + Theme.spacing) / (high + Theme.spacing)));
        const shortest = Math.round(Theme.languageTargetHeight * 0.75);
        const wanted = Math.min(Math.ceil(count / across(Theme.languageTargetWidth)), down(shortest));
        const columns = Math.min(across(Theme.languageTargetWidth * 0.6), Math.ceil(count / wanted));
        // As few rows as those columns need: eleven in three columns are 3-3-3-2, not 3-2-2-2-2.
        const rows = Math.ceil(count / columns);
        const height = Math.max(shortest, Math.min(Theme.languageTargetHeight, (room - (rows - 1) * Theme.spacing) / rows));
        return {
            "columns": columns,
            "rows": rows,
            "height": height
        };
    }
    // Whether the targets fit in `room` pixels of height.
    function fitsIn(room: real): bool {
        const l = layoutIn(room);
        return l.rows * (l.height + Theme.spacing) - Theme.spacing <= room;
    }

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
                    height: grid.targetHeight
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
                            // What the invitation leaves: a long name wraps, then shrinks.
                            height: target.height - invitation.height - Theme.spacing / 2
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            text: grid.languages.nativeName(target.modelData)
                            color: Theme.text
                            font.family: Theme.fontFamily(target.modelData)
                            font.pixelSize: Theme.headingSize
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            fontSizeMode: Text.Fit
                            minimumPixelSize: Math.round(Theme.captionSize * 0.75)
                            elide: Text.ElideRight
                        }
                        Text {
                            id: invitation
                            width: parent.width
                            // Two lines at most, shrunk to fit rather than cut short.
                            height: Math.min(implicitHeight, Math.round(target.height * 0.4))
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            text: grid.languages.translate(target.modelData, "AttractLanguages", grid.invitation)
                            color: Theme.muted
                            font.family: Theme.fontFamily(target.modelData)
                            font.pixelSize: Theme.captionSize
                            fontSizeMode: Text.Fit
                            minimumPixelSize: Math.round(Theme.captionSize * 0.6)
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
