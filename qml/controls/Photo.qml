import QtQuick

// A stored picture decoded at the size it is shown, with a quiet placeholder while it loads
// and a tidy "unavailable" tile when the file is missing or damaged.
Item {
    id: photo

    property url source
    property real decodeWidth: width
    property real decodeHeight: height
    property alias fillMode: image.fillMode
    readonly property alias status: image.status

    clip: true

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
        visible: image.status !== Image.Ready
    }

    Image {
        id: image
        objectName: "photoImage"
        anchors.fill: parent
        asynchronous: true
        fillMode: Image.PreserveAspectCrop
        // Asked for only once laid out: a request with no size is a request for the
        // 24-megapixel original (the provider's answer to an unsized request).
        source: photo.decodeWidth >= 1 && photo.decodeHeight >= 1 ? photo.source : ""
        // Decode for the device pixels actually shown, never the 24-megapixel original.
        sourceSize.width: Math.ceil(photo.decodeWidth * Screen.devicePixelRatio)
        sourceSize.height: Math.ceil(photo.decodeHeight * Screen.devicePixelRatio)
        opacity: status === Image.Ready ? 1 : 0
        Behavior on opacity  {
            NumberAnimation {
                duration: Theme.normal
                easing.type: Easing.OutCubic
            }
        }
    }

    Column {
        anchors.centerIn: parent
        spacing: 8
        visible: image.status === Image.Error || (String(photo.source) === "" && photo.width > 0)

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 44
            height: 34
            radius: 4
            color: "transparent"
            border.color: Theme.muted
            border.width: 2
            Rectangle {
                width: 2
                height: 48
                color: Theme.muted
                anchors.centerIn: parent
                rotation: 52
            }
        }
        Text {
            text: qsTr("Picture unavailable")
            color: Theme.muted
            font.pixelSize: Theme.captionSize
        }
    }
}
