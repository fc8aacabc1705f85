import QtQuick
import Asean.Controls

// The visitor has gone: after `idleSeconds` without a touch a gentle "Still there?" counts the
// last seconds down over the screen; a touch keeps the visit going, silence ends it.
Item {
    id: idle

    property int idleSeconds: 90
    property bool watching: true
    // The visitor uses the keypad: "Still there?" asks for a key rather than a touch.
    property bool keypadUsed: false
    readonly property int countdownSeconds: Math.min(10, Math.floor(idleSeconds / 2))
    readonly property bool asking: remaining > 0
    property int remaining: 0
    // True while the input that answered "Still there?" is being handled: a key that answers
    // it does nothing else (Keypad.blocked).
    property bool answering: false
    signal expired

    // Any touch, click or key, anywhere.
    function activity() {
        if (asking) {
            answering = true;
            answered.restart();
        }
        remaining = 0;
        quiet.restart();
    }

    onWatchingChanged: activity()

    // Once the answering input has been handled (a zero timer fires after it).
    Timer {
        id: answered
        interval: 0
        onTriggered: idle.answering = false
    }

    Timer {
        id: quiet
        interval: Math.max(1, idle.idleSeconds - idle.countdownSeconds) * 1000
        running: idle.watching && idle.idleSeconds > 0
        onTriggered: {
            // For staff reading the journal: why a visit ended, or nearly did.
            console.info("idle: still there? asked after", idle.idleSeconds - idle.countdownSeconds, "s without a touch");
            idle.remaining = idle.countdownSeconds;
        }
    }

    Timer {
        running: idle.asking
        interval: 1000
        repeat: true
        onTriggered: {
            idle.remaining -= 1;
            if (idle.remaining === 0)
                idle.expired();
        }
    }

    Rectangle {
        objectName: "stillThere"
        anchors.fill: parent
        color: Theme.scrim
        // Nothing beneath it takes focus while it asks (Keypad); any key answers it.
        readonly property bool keypadModal: true
        opacity: idle.asking ? 1 : 0
        // Takes a touch from the moment it asks, not only once the fade has begun to show.
        visible: idle.asking || opacity > 0
        Behavior on opacity  {
            NumberAnimation {
                duration: Theme.normal
            }
        }

        Column {
            anchors.centerIn: parent
            spacing: Theme.spacing

            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Still there?")
                color: Theme.text
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.displaySize
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: idle.keypadUsed ? qsTr("Press any key to keep exploring.") : qsTr("Touch the screen to keep exploring.")
                color: Theme.muted
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.bodySize
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: idle.remaining
                color: Theme.aseanYellow
                font.pixelSize: Theme.displaySize
                font.weight: Font.Light
            }
        }

        TouchShield {
            anchors.fill: parent
            // Only while it asks: fading out after an answer, it must not eat the next touch.
            enabled: idle.asking
            onClicked: idle.activity()
        }
    }
}
