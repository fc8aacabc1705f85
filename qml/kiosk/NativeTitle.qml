import QtQuick
import Asean.Controls

// A title in its state's own language and script ("ต้มยำกุ้ง" under "Tom yum goong"), and how
// to say it, written for the visitor, when the catalogue has that. Empty texts show nothing.
Column {
    id: words

    property string text
    property string language  // the title's language, for its script's font
    property string pronunciation

    visible: text !== ""
    spacing: 2

    Text {
        objectName: "nativeTitle"
        width: parent.width
        text: words.text
        textFormat: Text.PlainText
        color: Theme.text
        font.family: Theme.fontFamily(words.language)
        font.pixelSize: Theme.headingSize
        wrapMode: Text.WordWrap
    }
    Text {
        objectName: "pronunciation"
        visible: text !== ""
        width: parent.width
        text: words.pronunciation
        textFormat: Text.PlainText
        color: Theme.muted
        font.family: Theme.fontFamily(Theme.language)
        font.pixelSize: Theme.captionSize
        font.italic: true
        wrapMode: Text.WordWrap
    }
}
