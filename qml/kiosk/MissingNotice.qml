import QtQuick
import Asean.Controls
import Asean.Kiosk

// Says that the place a curator asked to open (--open) is not in the catalogue shown, on the
// home screen shown instead, until the next move: a mistyped id must not pass for another item.
Rectangle {
    id: notice

    required property int section
    required property string missingId

    width: Math.min(parent.width - 2 * Theme.margin, 1200)
    height: message.implicitHeight + 2 * Theme.spacing
    radius: 12
    color: Theme.raised
    border.width: 2
    border.color: Theme.aseanYellow

    Text {
        id: message
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        text: notice.section === Router.Item ? qsTr("There is no item “%1” here, so the home screen is shown instead.").arg(notice.missingId) : notice.section === Router.Country ? qsTr("There is no member state “%1” here, so the home screen is shown instead.").arg(notice.missingId) : qsTr("There is no theme “%1” here, so the home screen is shown instead.").arg(notice.missingId)
        textFormat: Text.PlainText
        color: Theme.text
        font.family: Theme.fontFamily(Theme.language)
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
}
