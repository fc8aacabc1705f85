import QtQuick
import Asean.Controls

// The one top bar of every visitor screen (a state's page, a theme page, the viewer, the
// player): back, named for where it leads ("‹ Thailand", "‹ Food", "‹ All states"), and home.
// Its right end stays free for the language button, which Main.qml places over every screen.
Item {
    id: bar

    // The name of the place back leads to; empty for the home screen.
    property string backTo
    // False while the screen is hidden or fading out: the label keeps its words instead of
    // naming the next screen's way back while it is still seen.
    property bool live: true
    signal back
    signal home

    // The language button's place at the right (Main.qml), with room for its longest name.
    readonly property int languageRoom: Math.round(300 * Theme.textFactor)

    height: Theme.barHeight

    Row {
        x: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing / 2

        RoundButton {
            id: backButton
            objectName: "backButton"
            icon: "back"
            maximumWidth: bar.width - 2 * Theme.margin - bar.languageRoom - Theme.touchTarget - 2 * parent.spacing
            onClicked: bar.back()
        }
        RoundButton {
            objectName: "homeButton"
            icon: "home"
            onClicked: bar.home()
        }
    }

    Binding {
        target: backButton
        property: "label"
        when: bar.live
        value: bar.backTo !== "" ? bar.backTo : qsTr("All states")
        restoreMode: Binding.RestoreNone
    }
}
