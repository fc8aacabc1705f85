import QtQuick
import Asean.Kiosk
import Asean.Voice
import Asean.Controls

// The access panel's voice guidance (issue 15): on or off, and while on its volume and speed
// for the visit. In a language espeak-ng cannot speak the panel says so plainly, in that
// language, and offers English or Korean words while the screen stays as it is.
Column {
    id: choices

    required property Accessibility access
    required property Speech speech
    // The visitor's language has no voice of its own.
    readonly property bool voiceless: !speech.hasVoice(speech.language)

    spacing: Theme.spacing

    // One row of three choices, as the text sizes are.
    component Choices: Flow {
        id: row
        property var values: []
        property var names: []
        property int chosen
        property string prefix
        signal picked(int value)
        spacing: Theme.spacing / 2
        Repeater {
            model: row.values.length
            // qmllint disable unqualified
            delegate: AccessOption {
                required property int index
                objectName: row.prefix + row.values[index]
                exclusive: true
                maximumWidth: row.width
                text: row.names[index]
                checked: row.chosen === row.values[index]
                onChosen: row.picked(row.values[index])
            }
            // qmllint enable unqualified
        }
    }

    component Heading: Text {
        color: Theme.muted
        font.family: Theme.fontFamily(Theme.language)
        lineHeight: Theme.lineHeight(Theme.language)
        font.pixelSize: Theme.captionSize
        wrapMode: Text.WordWrap
    }

    AccessOption {
        objectName: "voice"
        maximumWidth: choices.width
        text: qsTr("Voice guidance")
        checked: choices.access.voice
        onChosen: choices.access.voice = !checked
    }
    Text {
        objectName: "voiceMissing"
        width: parent.width
        visible: choices.voiceless
        text: choices.speech.available ? qsTr("Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.") : qsTr("Spoken guidance is not available on this kiosk.")
        color: Theme.aseanYellow
        font.family: Theme.fontFamily(Theme.language)
        lineHeight: Math.max(1.15, Theme.lineHeight(Theme.language))
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing / 2
        visible: choices.voiceless && choices.speech.available
        Repeater {
            model: ["en", "ko"]
            // qmllint disable unqualified
            delegate: AccessOption {
                required property string modelData
                objectName: "standIn_" + modelData
                exclusive: true
                maximumWidth: choices.width
                // Each in its own words: English, 한국어.
                text: modelData === "en" ? "English" : "한국어"
                checked: choices.access.voiceStandIn === modelData
                onChosen: choices.access.voiceStandIn = modelData
            }
            // qmllint enable unqualified
        }
    }
    Heading {
        width: parent.width
        visible: choices.access.voice
        text: qsTr("Volume")
    }
    Choices {
        width: parent.width
        visible: choices.access.voice
        prefix: "voiceVolume"
        values: [40, 70, 100]
        names: [qsTr("Soft"), qsTr("Medium"), qsTr("Loud")]
        chosen: choices.access.voiceVolume
        onPicked: value => choices.access.voiceVolume = value
    }
    Heading {
        width: parent.width
        visible: choices.access.voice
        text: qsTr("Speed")
    }
    Choices {
        width: parent.width
        visible: choices.access.voice
        prefix: "voiceRate"
        values: [-40, 0, 40]
        names: [qsTr("Slow"), qsTr("Normal"), qsTr("Fast")]
        chosen: choices.access.voiceRate
        onPicked: value => choices.access.voiceRate = value
    }
}
