import QtQuick
import Asean.Text
import Asean.Controls

// Always at hand, top right, as large as every other control: "Language" and the current
// language named in itself; a touch opens the list of the languages this hall offers, each in
// its own name and script, never with a flag. Choosing one changes the whole kiosk at once and
// keeps the visitor where they are.
Item {
    id: picker

    required property Languages languages

    property bool opened: false
    readonly property var offered: picker.languages.offered

    function close() {
        opened = false;
    }
    // Placed when it opens: below the button, right edges aligned (mapToItem is not a binding
    // that follows the button). With everything within reach the button is low: the list opens
    // above it, and no higher than the reach (Theme.reachTop).
    property real listBottom: 0
    onOpenedChanged: {
        if (!opened)
            return;
        const corner = mapToItem(languageList.parent, width, height);
        languageList.x = corner.x - languageList.width;
        listBottom = corner.y - height - 12;
        const below = corner.y + 12;
        languageList.y = Qt.binding(() => Theme.lowReach ? picker.listBottom - languageList.height : below);
    }

    visible: offered.length > 1
    implicitWidth: button.width
    implicitHeight: button.height

    Rectangle {
        id: button
        objectName: "languageButton"
        anchors.right: parent.right
        width: words.implicitWidth + Theme.spacing * 2 + globe.width + 12
        height: Theme.controlHeight
        radius: height / 2
        color: buttonTap.pressed || picker.opened ? Theme.raised : Theme.scrim
        border.color: Theme.hairline
        border.width: Theme.outline
        activeFocusOnTab: true
        Accessible.role: Accessible.Button
        //: The language button as a screen reader names it: "Language: ไทย".
        Accessible.name: qsTr("Language: %1").arg(name.text)
        Accessible.onPressAction: picker.opened = !picker.opened

        Icon {
            id: globe
            name: "language"
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: 34
            height: 34
        }
        // "Language" in the current language, so a visitor who cannot read the current one
        // still finds the button by its place and icon, and one who can knows what it does.
        // Where the name already says it (Bahasa Indonesia, Bahasa Melayu, ພາສາລາວ) it is
        // not said twice, which also keeps the button within Theme.languageButtonRoom.
        Row {
            id: words
            anchors.left: globe.right
            anchors.leftMargin: 12
            anchors.verticalCenter: parent.verticalCenter
            spacing: 12
            Text {
                id: word
                objectName: "languageButtonWord"
                visible: !name.text.startsWith(text)
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Language")
                color: Theme.muted
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.bodySize
            }
            Rectangle {
                visible: word.visible
                anchors.verticalCenter: parent.verticalCenter
                width: 1
                height: Theme.bodySize
                color: Theme.hairline
            }
            Text {
                id: name
                objectName: "languageButtonName"
                anchors.verticalCenter: parent.verticalCenter
                text: picker.languages.nativeName(picker.languages.current)
                color: Theme.text
                font.family: Theme.fontFamily(picker.languages.current)
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
        }
        TapHandler {
            id: buttonTap
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: picker.opened = !picker.opened
        }
    }

    // A touch anywhere else closes the list without doing anything else.
    Item {
        parent: picker.Window.contentItem
        anchors.fill: parent
        visible: picker.opened
        z: 1000
        // Focus stays in the list while it is open (Keypad).
        readonly property bool keypadModal: true
        TouchShield {
            anchors.fill: parent
            onClicked: picker.close()
        }

        Rectangle {
            id: languageList
            objectName: "languageList"
            width: Math.round(440 * Theme.textFactor)  // the longest name, Bahasa Indonesia, with room to spare
            // At larger text ten languages are taller than the screen below the button: the list
            // scrolls.
            height: Theme.lowReach ? Math.min(list.implicitHeight + Theme.spacing, picker.listBottom - Math.max(Theme.reachTop, Theme.spacing)) : Math.min(list.implicitHeight + Theme.spacing, parent.height - y - Theme.spacing)
            radius: 20
            color: Theme.surface
            border.color: Theme.hairline

            TouchShield {
                anchors.fill: parent
            }  // touches on the list's padding stay here

            Flickable {
                anchors.fill: parent
                anchors.margins: Theme.spacing / 2
                contentHeight: list.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                interactive: contentHeight > height

                Column {
                    id: list
                    width: parent.width
                    Repeater {
                        model: picker.offered
                        // qmllint disable unqualified
                        delegate: Rectangle {
                            required property string modelData
                            readonly property bool current: modelData === picker.languages.current
                            objectName: "language_" + modelData
                            width: list.width
                            height: Theme.controlHeight
                            radius: 14
                            activeFocusOnTab: true
                            // The keypad starts on the language in use (Keypad).
                            readonly property bool keypadStart: current
                            Accessible.role: Accessible.RadioButton
                            Accessible.name: picker.languages.nativeName(modelData)
                            Accessible.checkable: true
                            Accessible.checked: current
                            Accessible.onPressAction: {
                                picker.languages.current = modelData;
                                picker.close();
                            }
                            color: rowTap.pressed ? Theme.raised : current ? "#14f2c500" : "transparent"
                            Text {
                                anchors.left: parent.left
                                anchors.leftMargin: Theme.spacing
                                anchors.verticalCenter: parent.verticalCenter
                                text: picker.languages.nativeName(parent.modelData)
                                color: parent.current ? Theme.aseanYellow : Theme.text
                                font.family: Theme.fontFamily(parent.modelData)
                                font.pixelSize: Theme.bodySize
                            }
                            TapHandler {
                                id: rowTap
                                gesturePolicy: TapHandler.ReleaseWithinBounds
                                onTapped: {
                                    picker.languages.current = parent.modelData;
                                    picker.close();
                                }
                            }
                        }
                        // qmllint enable unqualified
                    }
                }
            }
        }
    }
}
