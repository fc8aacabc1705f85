import QtQuick
import Asean.Kiosk
import Asean.Voice
import Asean.Controls

// The access panel (issue 14), opened by the access button low on every visitor screen: text
// size, high contrast, everything within reach, reduced motion, more time, voice guidance
// (VoiceChoices), and a call for staff.
// Each choice takes effect at once and lasts for the visit (Accessibility). It sits low, just
// above the button, and takes every touch it covers; a touch beside it closes it.
Item {
    id: panel

    required property Accessibility access
    required property StaffCall staffCall
    required property Speech speech

    property bool opened: false
    // Staff were called while the panel was open: it says so, calmly, until it closes.
    property bool called: false
    // Opened by the first key of a visit: it says how the keypad works, until it closes.
    property bool keypadHint: false

    function open() {
        opened = true;
    }
    function openWithKeypadHint() {
        keypadHint = true;
        opened = true;
    }
    function close() {
        opened = false;
        called = false;
        keypadHint = false;
    }

    visible: opened
    // Focus stays in the panel while it is open (Keypad).
    readonly property bool keypadModal: true

    TouchShield {
        anchors.fill: parent
        onClicked: panel.close()
    }

    Rectangle {
        id: box
        objectName: "accessPanel"
        x: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, Math.round(1000 * Theme.textFactor))
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.accessBand
        // Within reach, no higher than the reach (Theme.reachTop); it scrolls.
        height: Math.min(choices.implicitHeight + 2 * Theme.spacing, parent.height - (Theme.lowReach ? Theme.reachTop : Theme.barHeight) - Theme.accessBand)
        radius: 24
        color: Theme.surface
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Accessibility")
        border.color: Theme.hairline
        border.width: Theme.outline

        TouchShield {
            anchors.fill: parent
        }  // touches on the panel's padding stay here

        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            contentHeight: choices.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height

            Column {
                id: choices
                width: parent.width
                spacing: Theme.spacing

                Item {
                    width: parent.width
                    height: Math.max(heading.height, closeButton.height)
                    Text {
                        id: heading
                        anchors.left: parent.left
                        anchors.right: closeButton.left
                        anchors.rightMargin: Theme.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Accessibility")
                        color: Theme.text
                        font.family: Theme.fontFamily(Theme.language)
                        lineHeight: Theme.lineHeight(Theme.language)
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    RoundButton {
                        id: closeButton
                        objectName: "accessClose"
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        icon: "close"
                        accessibleName: qsTr("Close")
                        // Where the keypad starts: OK closes the panel (Keypad).
                        readonly property bool keypadStart: true
                        onClicked: panel.close()
                    }
                }

                // The first key of a visit opened the panel: how the keypad works.
                Text {
                    objectName: "keypadHint"
                    width: parent.width
                    visible: panel.keypadHint
                    //: Shown when a visitor first presses a key: how to use the kiosk from its keypad.
                    text: qsTr("Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.")
                    color: Theme.text
                    font.family: Theme.fontFamily(Theme.language)
                    lineHeight: Math.max(1.15, Theme.lineHeight(Theme.language))
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                // First after the title: reached without scrolling at any text size.
                RoundButton {
                    objectName: "callStaff"
                    icon: "bell"
                    label: qsTr("Call staff")
                    maximumWidth: choices.width
                    onClicked: {
                        // A second press within a minute is the same call (StaffCall).
                        panel.staffCall.call();
                        panel.called = true;
                    }
                }
                Text {
                    objectName: "staffCalledMessage"
                    width: parent.width
                    visible: panel.called
                    text: qsTr("Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.")
                    color: Theme.aseanYellow
                    font.family: Theme.fontFamily(Theme.language)
                    lineHeight: Math.max(1.15, Theme.lineHeight(Theme.language))
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Text {
                    width: parent.width
                    text: qsTr("Text size")
                    color: Theme.muted
                    font.family: Theme.fontFamily(Theme.language)
                    lineHeight: Theme.lineHeight(Theme.language)
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.WordWrap
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: [100, 150, 200]
                        // Qt 6.4 has no "pragma ComponentBehavior: Bound" (see HomeScreen.qml).
                        // qmllint disable unqualified
                        delegate: AccessOption {
                            required property int modelData
                            objectName: "textScale" + modelData
                            exclusive: true
                            maximumWidth: choices.width
                            //: A text size on the access panel, in per cent.
                            text: qsTr("%1 %").arg(modelData)
                            checked: panel.access.textScale === modelData
                            onChosen: panel.access.textScale = modelData
                        }
                        // qmllint enable unqualified
                    }
                }
                // Two columns where the panel is wide (larger text, landscape), so that it
                // fits without scrolling.
                Grid {
                    id: toggles
                    readonly property real cellWidth: (width - (columns - 1) * columnSpacing) / columns
                    width: parent.width
                    columns: width >= 1200 ? 2 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing

                    AccessOption {
                        objectName: "highContrast"
                        width: toggles.cellWidth
                        text: qsTr("High contrast")
                        checked: panel.access.highContrast
                        onChosen: panel.access.highContrast = !checked
                    }
                    AccessOption {
                        objectName: "lowReach"
                        width: toggles.cellWidth
                        text: qsTr("Everything within reach")
                        checked: panel.access.lowReach
                        onChosen: panel.access.lowReach = !checked
                    }
                    AccessOption {
                        objectName: "reducedMotion"
                        width: toggles.cellWidth
                        text: qsTr("Reduced motion")
                        checked: panel.access.reducedMotion
                        onChosen: panel.access.reducedMotion = !checked
                    }
                    AccessOption {
                        objectName: "moreTime"
                        width: toggles.cellWidth
                        text: qsTr("More time")
                        checked: panel.access.moreTime
                        onChosen: panel.access.moreTime = !checked
                    }
                }
                VoiceChoices {
                    width: parent.width
                    access: panel.access
                    speech: panel.speech
                }
            }
        }
    }
}
