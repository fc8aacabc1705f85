import QtQuick
import Asean.Kiosk
import Asean.Controls

// For staff only: a five-second press at the top-left edge opens a PIN pad; the right PIN
// opens the panel with the kiosk's state and what staff can do. Five wrong PINs lock the pad
// for five minutes.
Item {
    id: staff

    // What staff can do: the PIN, the facts, reload and roll back.
    required property Staff desk

    property string stage: "closed"  // closed, pin, panel
    property string entered: ""
    property string message: ""
    property var facts: ({})
    property string result: ""  // what the last staff action did
    // Exit and Restart ask once more: "exit" or "restart" after the first tap.
    property string confirming: ""
    // Left open, the pad and the panel close themselves after this long without input.
    property int closeAfterSeconds: 60
    signal restartRequested
    signal exitRequested

    // Any input on the kiosk (Main.qml forwards it) keeps an open pad or panel open.
    function activity() {
        if (stage !== "closed")
            autoClose.restart();
    }
    // Exit and Restart end what visitors see: the first tap asks, the second does it.
    function confirm(action: string, question: string): bool {
        if (confirming === action) {
            confirming = "";
            return true;
        }
        confirming = action;
        result = question;
        return false;
    }

    function open() {
        entered = "";
        confirming = "";
        message = staff.desk.pinLockSeconds() > 0 ? lockedMessage() : "";
        stage = "pin";
    }
    // `why` goes to the log: "by staff", "the visit ended", "no input".
    function close(why: string) {
        if (stage !== "closed")
            staff.desk.closed(why);
        touchTest.visible = false;
        stage = "closed";
        entered = "";
        confirming = "";
        result = "";
    }
    function lockedMessage(): string {
        const s = staff.desk.pinLockSeconds();
        return qsTr("Locked after five wrong PINs. Try again in %1:%2.").arg(Math.floor(s / 60)).arg(String(s % 60).padStart(2, "0"));
    }
    function submit() {
        const result = staff.desk.tryPin(entered);
        entered = "";
        if (result === Staff.Accepted) {
            facts = staff.desk.facts();
            staff.result = "";
            // After the OK key's touch has been delivered: the panel's buttons appear where the
            // keys were, and the same release reached Roll back (tests/qml/tst_overlays.qml).
            Qt.callLater(() => {
                    if (stage === "pin")
                        stage = "panel";
                });
        } else if (result === Staff.Wrong) {
            message = qsTr("Wrong PIN. %n tries left.", "", staff.desk.pinTriesLeft());
        } else if (result === Staff.Locked) {
            message = lockedMessage();
        } else {
            message = qsTr("No staff PIN is set. Set one with asean-kiosk --set-pin.");
        }
    }

    // The hidden way in: a long press where visitors rarely touch, and never on a control of
    // theirs (a visitor holding Back did not open the PIN pad).
    Item {
        objectName: "staffCorner"
        width: Theme.staffCornerWidth
        height: Theme.staffCorner
        TapHandler {
            longPressThreshold: 5
            onLongPressed: staff.open()
        }
    }

    // A key on the pad, as if touched: a digit, C (clear) or OK.
    function press(key: string) {
        if (key === "C")
            staff.entered = "";
        else if (key === "OK")
            staff.submit();
        else if (staff.entered.length < 12)
            staff.entered += key;
    }

    Rectangle {
        anchors.fill: parent
        visible: staff.stage !== "closed"
        color: "#f2101214"
        // Nothing beneath the pad or the panel takes focus (Keypad).
        readonly property bool keypadModal: true

        TouchShield {
            anchors.fill: parent
        }  // nothing behind the pad or the panel takes touches

        Column {
            id: pinPad
            objectName: "pinPad"
            visible: staff.stage === "pin"
            anchors.centerIn: parent
            spacing: Theme.spacing
            // From a keyboard, digits are typed and Backspace takes the last one back; after a
            // digit focus is on OK, so Enter tries the PIN (Keypad passes these keys on).
            readonly property bool keypadTakesDigits: true
            Keys.onPressed: event => {
                if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
                    staff.press(String(event.key - Qt.Key_0));
                    padKeys.itemAt(11).forceActiveFocus();
                    event.accepted = true;
                } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
                    staff.entered = staff.entered.slice(0, -1);
                    event.accepted = true;
                }
            }

            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Staff PIN")
                color: Theme.text
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.titleSize
            }
            Text {
                objectName: "pinDots"
                anchors.horizontalCenter: parent.horizontalCenter
                text: "●".repeat(staff.entered.length) || " "
                color: Theme.aseanYellow
                font.pixelSize: Theme.titleSize
            }
            Grid {
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: Theme.keyGap
                Repeater {
                    id: padKeys
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "OK"]
                    // qmllint disable unqualified
                    delegate: Rectangle {
                        required property string modelData
                        objectName: "key" + modelData
                        width: Theme.touchTarget * 1.3
                        height: Theme.touchTarget * 1.3
                        radius: width / 2
                        color: keyTap.pressed ? Theme.raised : Theme.surface
                        border.color: Theme.hairline
                        activeFocusOnTab: true
                        readonly property bool keypadStart: modelData === "1"
                        Accessible.role: Accessible.Button
                        //: The staff PIN pad's clear key, as a screen reader names it.
                        Accessible.name: modelData === "C" ? qsTr("Clear") : modelData
                        Accessible.onPressAction: staff.press(modelData)
                        Text {
                            anchors.centerIn: parent
                            text: parent.modelData
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                        }
                        TapHandler {
                            id: keyTap
                            gesturePolicy: TapHandler.ReleaseWithinBounds
                            onTapped: staff.press(parent.modelData)
                        }
                    }
                    // qmllint enable unqualified
                }
            }
            Text {
                objectName: "pinMessage"
                anchors.horizontalCenter: parent.horizontalCenter
                text: staff.message
                color: Theme.muted
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.bodySize
            }
            RoundButton {
                anchors.horizontalCenter: parent.horizontalCenter
                icon: "close"
                label: qsTr("Cancel")
                onClicked: staff.close("by staff")
            }
        }

        // The panel scrolls when its facts are taller than the screen (larger text, a long
        // list of problems); centred when they are not.
        Flickable {
            id: panelScroll
            anchors.fill: parent
            visible: staff.stage === "panel"
            contentWidth: width
            contentHeight: panelColumn.height + 2 * Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            clip: true

            Column {
                id: panelColumn
                objectName: "panel"
                x: (panelScroll.width - width) / 2
                y: Math.max(Theme.margin, (panelScroll.height - height) / 2)
                // Wider for larger text, within the screen.
                width: Math.min(panelScroll.width - 2 * Theme.margin, Math.round(Theme.panelWidth * Math.max(1, 0.8 * Theme.textFactor)))
                spacing: Theme.factGap
                readonly property real labelWidth: Math.min(Math.round(Theme.factLabelWidth * Theme.textFactor), width * 0.4)

                Text {
                    text: qsTr("Staff panel")
                    color: Theme.text
                    font.family: Theme.fontFamily(Theme.language)
                    font.pixelSize: Theme.titleSize
                }
                Text {
                    objectName: "safeModeReason"
                    visible: staff.facts.safeMode === true
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: staff.facts.safeRelease ? qsTr("Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.").arg(staff.facts.safeCrashes).arg(staff.facts.safeWindowMinutes).arg(staff.facts.safeRelease) : qsTr("Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.").arg(staff.facts.safeCrashes).arg(staff.facts.safeWindowMinutes)
                    color: Theme.aseanYellow
                    font.family: Theme.fontFamily(Theme.language)
                    font.pixelSize: Theme.bodySize
                }
                Text {
                    objectName: "stateReason"
                    visible: (staff.facts.stateError || "") !== ""
                    width: parent.width
                    wrapMode: Text.WordWrap
                    // The reason is the kiosk's own sentence, in English like the log it is also in.
                    text: qsTr("Crash recovery and status are off: %1").arg(staff.facts.stateError || "")
                    color: Theme.aseanYellow
                    font.family: Theme.fontFamily(Theme.language)
                    font.pixelSize: Theme.bodySize
                }
                Text {
                    objectName: "staffCalled"
                    visible: (staff.facts.staffCalledAt || "") !== ""
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: qsTr("A visitor called staff at %1.").arg(staff.facts.staffCalledAt || "")
                    color: Theme.aseanYellow
                    font.family: Theme.fontFamily(Theme.language)
                    font.pixelSize: Theme.bodySize
                }
                Repeater {
                    model: [[qsTr("Release in use"), staff.facts.release || qsTr("none")], [qsTr("Content problem"), staff.facts.contentError || qsTr("none")], [qsTr("Running for"), qsTr("%n minute(s)", "", staff.facts.uptimeMinutes || 0)], [qsTr("Memory in use"), (staff.facts.residentMb || 0) + " MB"], [qsTr("Free disk space"), Number(staff.facts.diskFreeGb || 0).toFixed(1) + " GB"], [qsTr("Recent problems"), staff.facts.recentErrors || qsTr("none")], [qsTr("Hall file"), staff.facts.hallFile || ""], [qsTr("Hall settings"), staff.facts.hallSummary || ""], [qsTr("Hall file problems"), staff.facts.hallProblems || qsTr("none")], [qsTr("Version"), staff.facts.version || ""]]
                    // qmllint disable unqualified
                    delegate: Row {
                        id: factRow
                        required property var modelData
                        spacing: Theme.spacing
                        Text {
                            width: panelColumn.labelWidth
                            text: factRow.modelData[0]
                            color: Theme.muted
                            wrapMode: Text.WordWrap
                            font.family: Theme.fontFamily(Theme.language)
                            font.pixelSize: Theme.captionSize
                        }
                        Text {
                            width: panelColumn.width - panelColumn.labelWidth - Theme.spacing
                            text: String(factRow.modelData[1])
                            textFormat: Text.PlainText
                            color: Theme.text
                            font.pixelSize: Theme.captionSize
                            wrapMode: Text.Wrap
                            // Long logs stay on the panel; the full text is in the log.
                            maximumLineCount: 5
                            elide: Text.ElideRight
                        }
                    }
                    // qmllint enable unqualified
                }
                Text {
                    objectName: "staffResult"
                    visible: text !== ""
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: staff.result
                    color: Theme.aseanYellow
                    font.family: Theme.fontFamily(Theme.language)
                    font.pixelSize: Theme.captionSize
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing
                    topPadding: Theme.spacing
                    RoundButton {
                        objectName: "reloadButton"
                        icon: "replay"
                        label: qsTr("Reload content")
                        onClicked: {
                            staff.confirming = "";
                            staff.result = "";
                            staff.desk.reload();
                            staff.facts = staff.desk.facts();
                        }
                    }
                    RoundButton {
                        objectName: "rollBackButton"
                        visible: (staff.facts.previousRelease || 0) > 0
                        icon: "back"
                        //: Staff panel button: make the release before the one in use current again.
                        label: qsTr("Roll back to %1").arg(staff.facts.previousRelease || 0)
                        onClicked: {
                            staff.confirming = "";
                            const error = staff.desk.rollBack();
                            staff.facts = staff.desk.facts();
                            staff.result = error || qsTr("Release %1 is shown now.").arg(staff.facts.release);
                        }
                    }
                    RoundButton {
                        objectName: "touchTestButton"
                        icon: "grid"
                        label: qsTr("Touch test")
                        onClicked: {
                            staff.confirming = "";
                            touchTest.visible = true;
                        }
                    }
                    RoundButton {
                        objectName: "restartButton"
                        icon: "replay"
                        label: qsTr("Restart")
                        onClicked: {
                            if (staff.confirm("restart", qsTr("Tap Restart again to restart the kiosk.")))
                                staff.restartRequested();
                        }
                    }
                    RoundButton {
                        objectName: "exitButton"
                        icon: "close"
                        label: qsTr("Exit")
                        onClicked: {
                            if (staff.confirm("exit", qsTr("Tap Exit again to close the kiosk. It stays closed until it is started again.")))
                                staff.exitRequested();
                        }
                    }
                    RoundButton {
                        icon: "back"
                        label: qsTr("Back to visitors")
                        onClicked: staff.close("by staff")
                    }
                }
            }
        }
    }

    Timer {
        id: autoClose
        objectName: "staffAutoClose"
        interval: staff.closeAfterSeconds * 1000
        running: staff.stage !== "closed"
        onTriggered: staff.close("no input for %1 s".arg(staff.closeAfterSeconds))
    }

    TouchTest {
        id: touchTest
        objectName: "touchTest"
        anchors.fill: parent
        visible: false
        onDone: visible = false
    }
}
