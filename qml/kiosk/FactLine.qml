import QtQuick
import Asean.Controls

// One key fact on a state's page: a small label over its value.
Column {
    id: fact

    property string label
    property string value

    spacing: 2

    Text {
        width: fact.width
        text: fact.label
        color: Theme.muted
        font.family: Theme.fontFamily(Theme.language)
        lineHeight: Theme.lineHeight(Theme.language)
        font.pixelSize: Theme.captionSize
        font.letterSpacing: Theme.tracking(Theme.language, 1)
        wrapMode: Text.WordWrap
    }
    Text {
        width: fact.width
        text: fact.value
        textFormat: Text.PlainText
        color: Theme.text
        font.family: Theme.fontFamily(Theme.language)
        lineHeight: Theme.lineHeight(Theme.language)
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
}
