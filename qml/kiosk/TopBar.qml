import QtQuick
import Asean.Controls

// The one top bar of every visitor screen (a state's page, a theme page, the viewer, the
// player): back, named for where it leads ("‹ Thailand", "‹ Food", "‹ All states"), and home.
// Its right end stays free for the language button, which Main.qml places over every screen.
// With everything within reach it sits low (Theme.lowBarY): beside the access button on a wide
// screen, in a row of its own above it on a narrow one.
Item {
    id: bar

    // The name of the place back leads to; empty for the home screen.
    property string backTo
    // False while the screen is hidden or fading out: the label keeps its words instead of
    // naming the next screen's way back while it is still seen.
    property bool live: true
    // Room the screen keeps at the bar's right for controls of its own (the viewer's arrows,
    // when they sit low).
    property real reserved: 0
    signal back
    signal home

    // The language button's place at the right (Main.qml), with room for its longest name; in
    // a low row of its own the bar has the whole width.
    readonly property int languageRoom: Math.round(300 * Theme.textFactor)
    readonly property int rightRoom: Theme.lowReach && !Theme.lowBarInline ? 0 : languageRoom

    height: Theme.barHeight
    y: Theme.lowReach ? Theme.lowBarY : 0

    Row {
        id: row
        x: Theme.lowReach ? Theme.lowBarX : Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing / 2

        RoundButton {
            id: backButton
            objectName: "backButton"
            icon: "back"
            maximumWidth: bar.width - row.x - Theme.margin - bar.rightRoom - bar.reserved - Theme.touchTarget - 2 * parent.spacing
            //: The back button as a screen reader names it (%1: where it leads, "Thailand").
            accessibleName: qsTr("Back to %1").arg(label)
            onClicked: bar.back()
        }
        RoundButton {
            objectName: "homeButton"
            icon: "home"
            //: The home button as a screen reader names it.
            accessibleName: qsTr("Home")
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
