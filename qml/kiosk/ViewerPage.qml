import QtQuick
import Asean.Controls
import Asean.Gallery

// One photo (or video poster) in the viewer. The grid's thumbnail shows at once, the sharp
// screen-sized picture fades in over it; pinch or double-tap zooms, a drag pans when zoomed.
Item {
    id: page

    required property string itemId
    required property int kind
    required property string source
    required property url video
    required property string title
    required property string description
    required property string place
    required property string date
    required property string credit
    required property string licence
    required property string countryName
    required property real duration  // ms, videos
    // The title in its state's own words (see NativeTitle); empty when not shown.
    required property string nativeTitle
    required property string nativeLanguage
    required property string pronunciation
    // Off in safe mode (see Releases).
    property bool videoAllowed: true
    property bool current: false
    readonly property bool zoomed: content.scale > 1.01
    // Two fingers down: a pinch, never a page turn (the pager stands still while this is true).
    readonly property bool twoFingers: firstFinger.active && secondFinger.active
    signal toggleCaptions
    signal play

    // Where the caption goes: under the photo when the frame leaves a band free above and
    // below it (a landscape photo on a portrait screen), beside it when it leaves the sides
    // free (a portrait photo on a landscape screen), else over the photo's foot.
    enum CaptionPlace {
        Over,
        Under,
        Beside
    }
    // The height the caption, and whatever follows it, needs under the photo.
    property real roomBelow: 0
    readonly property real aspect: sharp.status === Image.Ready ? sharp.implicitWidth / sharp.implicitHeight : thumb.status === Image.Ready ? thumb.implicitWidth / thumb.implicitHeight : width / height
    readonly property size fitted: aspect > width / height ? Qt.size(width, width / aspect) : Qt.size(height * aspect, height)
    // Beside the photo the caption also leaves the viewer's next button its edge (Viewer.qml).
    readonly property real besideRoom: Theme.captionBeside + Theme.touchTarget * 1.25 + Theme.spacing
    readonly property int captionPlace: height - fitted.height >= height / 4 ? ViewerPage.Under : width - fitted.width >= besideRoom ? ViewerPage.Beside : ViewerPage.Over
    // The photo as fitted, unzoomed: centred, and moved left only as far as a caption beside it
    // needs. With the caption under it, photo and caption are centred together below the top
    // bar and the position indicator, not the photo alone (that left a black band above it).
    readonly property rect photoRect: {
        let w = fitted.width;
        let h = fitted.height;
        let x = (width - w) / 2;
        let y = (height - h) / 2;
        if (captionPlace === ViewerPage.Under) {
            const top = Theme.barHeight + Theme.touchTarget;
            // A tall caption (the rail, larger text) shrinks the photo rather than run off the
            // screen under the access button.
            const room = Math.max(height / 2, height - top - roomBelow);
            if (h > room) {
                w = w * room / h;
                h = room;
                x = (width - w) / 2;
            }
            // Within reach the caption's controls keep to the bottom: the photo stands on it.
            y = Theme.lowReach ? Math.max(0, height - roomBelow - h) : Math.max(0, Math.min(top + (height - top - h - roomBelow) / 2, height - roomBelow - h));
        } else if (captionPlace === ViewerPage.Beside)
            x = Math.min(x, width - Math.max((width - fitted.width) / 2, besideRoom) - fitted.width);
        return Qt.rect(x, y, w, h);
    }

    readonly property real maxScale: 4

    function resetZoom() {
        content.scale = 1;
        content.x = 0;
        content.y = 0;
    }
    onCurrentChanged: {
        if (!current)
            resetZoom();
    }

    function zoomAt(point: point) {
        if (zoomed) {
            resetZoom();
            return;
        }
        const s = 2.5;
        content.scale = s;
        content.x = (1 - s) * (point.x - width / 2);
        content.y = (1 - s) * (point.y - height / 2);
    }

    Item {
        id: content
        width: page.width
        height: page.height

        Behavior on scale  {
            enabled: !pinch.active
            NumberAnimation {
                duration: Theme.normal
                easing.type: Easing.OutCubic
            }
        }

        // The thumbnail the grid already decoded (same size, so it comes from the cache).
        Image {
            id: thumb
            x: page.photoRect.x
            y: page.photoRect.y
            width: page.photoRect.width
            height: page.photoRect.height
            source: page.source
            sourceSize.width: Theme.thumbnailWidth
            sourceSize.height: Theme.thumbnailHeight
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            visible: sharp.status !== Image.Ready
        }
        Image {
            id: sharp
            objectName: "sharp"
            x: page.photoRect.x
            y: page.photoRect.y
            width: page.photoRect.width
            height: page.photoRect.height
            // Not before the page has a size: an unsized request decodes the original.
            source: page.width >= 1 && page.height >= 1 ? page.source : ""
            sourceSize.width: Math.ceil(page.width * Screen.devicePixelRatio)
            sourceSize.height: Math.ceil(page.height * Screen.devicePixelRatio)
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            smooth: true
            mipmap: true
        }
    }

    Column {
        anchors.centerIn: parent
        spacing: 8
        visible: sharp.status === Image.Error && thumb.status === Image.Error
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Picture unavailable")
            color: Theme.muted
            font.pixelSize: Theme.headingSize
        }
    }

    // The most visible thing on a film's page: a bright button that says what it does and how
    // long the film is, before anything is loaded.
    Rectangle {
        id: playButton
        objectName: "playVideo"
        readonly property string length: page.duration > 0 ? Theme.clock(page.duration) : ""
        visible: page.kind === MediaKind.Video && page.videoAllowed
        // The current page's only, where the keypad starts (Keypad); the neighbours' are beside
        // the screen.
        activeFocusOnTab: page.current
        readonly property bool keypadStart: page.current
        Accessible.role: Accessible.Button
        //: The viewer's play button as a screen reader names it (%1: the film's title).
        Accessible.name: qsTr("Play %1").arg(page.title)
        Accessible.onPressAction: page.play()
        // On the poster, wherever the caption has put it; over the poster's foot, in the part
        // the caption leaves clear (under the caption's scrim it was dimmed to 1.5:1).
        readonly property real clearBottom: page.captionPlace === ViewerPage.Over ? Math.min(page.photoRect.y + page.photoRect.height, page.height - page.roomBelow) : page.photoRect.y + page.photoRect.height
        x: page.photoRect.x + (page.photoRect.width - width) / 2
        // With everything within reach, no higher than the reach (Theme.reachTop).
        y: Math.max(Theme.lowReach ? Theme.reachTop : Theme.barHeight, (page.photoRect.y + clearBottom - height) / 2)
        width: playRow.implicitWidth + 2 * Theme.margin
        height: Theme.touchTarget * 1.6
        radius: height / 2
        color: playTap.pressed ? Theme.muted : Theme.text
        scale: playTap.pressed ? 0.97 : 1

        Row {
            id: playRow
            anchors.centerIn: parent
            spacing: Theme.spacing

            Icon {
                anchors.verticalCenter: parent.verticalCenter
                width: 64
                height: 64
                name: "play"
                color: Theme.background
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                //: The viewer's button that starts a film.
                text: qsTr("Play")
                color: Theme.background
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            Text {
                objectName: "playLength"
                anchors.verticalCenter: parent.verticalCenter
                visible: text !== ""
                text: playButton.length
                color: Theme.surface
                font.pixelSize: Theme.titleSize
            }
        }
        TapHandler {
            id: playTap
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: page.play()
        }
    }
    Text {
        objectName: "videoOff"
        visible: page.kind === MediaKind.Video && !page.videoAllowed
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        //: Shown instead of the play button while the kiosk runs in safe mode.
        text: qsTr("Videos are paused for now. Please enjoy the photos.")
        color: Theme.text
        style: Text.Outline
        styleColor: "#80000000"
        font.family: Theme.fontFamily(Theme.language)
        font.pixelSize: Theme.headingSize
    }

    PointHandler {
        id: firstFinger
        acceptedDevices: PointerDevice.TouchScreen
    }
    PointHandler {
        id: secondFinger
        acceptedDevices: PointerDevice.TouchScreen
    }

    PinchHandler {
        id: pinch
        target: content
        minimumScale: 0.8
        maximumScale: page.maxScale
        minimumRotation: 0
        maximumRotation: 0
        // Two fingers zoom even when they move sideways, where the pager would take the swipe.
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        enabled: page.kind === MediaKind.Photo
        onActiveChanged: {
            if (!active && content.scale < 1.01)
                page.resetZoom();
        }
    }

    DragHandler {
        id: pan
        target: content
        enabled: page.zoomed
        xAxis.minimum: -(content.scale - 1) * page.width / 2
        xAxis.maximum: (content.scale - 1) * page.width / 2
        yAxis.minimum: -(content.scale - 1) * page.height / 2
        yAxis.maximum: (content.scale - 1) * page.height / 2
    }

    // A single tap toggles the caption, but only once it is clear no second tap follows.
    Timer {
        id: singleTap
        interval: Theme.doubleTapMs
        onTriggered: page.toggleCaptions()
    }
    TapHandler {
        enabled: page.kind === MediaKind.Photo
        onSingleTapped: singleTap.restart()
        onDoubleTapped: eventPoint => {
            singleTap.stop();
            page.zoomAt(eventPoint.position);
        }
    }
}
