import QtQuick
import Asean.Controls
import Asean.Gallery

// The lifestyle themes, each a pill with its name, in rows that wrap: every theme is in view
// in any language and orientation, none runs off the screen. Used on the home screen (to open
// a theme), on a theme page (to switch to another) and on a state's page (to filter it).
Item {
    id: strip

    required property ThemeModel model
    property string title
    property string selected: ""
    // On a state's page the first chip shows everything.
    property string allLabel: ""
    signal chosen(string id)

    implicitHeight: (title !== "" ? label.height + 8 : 0) + list.height + 24

    Text {
        id: label
        visible: strip.title !== ""
        x: Theme.margin
        text: strip.title
        color: Theme.muted
        font.family: Theme.fontFamily(Theme.language)
        font.pixelSize: Theme.captionSize
        font.letterSpacing: Theme.tracking(Theme.language, 1)
    }

    Flow {
        id: list
        objectName: "themeList"
        readonly property alias count: chips.count
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
        spacing: 14

        ThemeChip {
            visible: strip.allLabel !== ""
            name: strip.allLabel
            themeId: ""
            accent: Theme.aseanBlue
            selected: strip.selected === ""
            onChosen: strip.chosen("")
        }

        Repeater {
            id: chips
            model: strip.model
            // qmllint disable unqualified
            delegate: ThemeChip {
                selected: strip.selected === themeId
                onChosen: strip.chosen(themeId)
            }
            // qmllint enable unqualified
        }
    }
}
