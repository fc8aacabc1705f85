import QtQuick
import Asean.Kiosk
import Asean.Controls

// The photo the visitor touched grows from its tile into the viewer's picture, and shrinks back
// into its place on the way back, so the visitor sees where they came from. One clipped image,
// made once and re-pointed, animating its geometry; nothing is created per opening. Skipped
// under reduced motion.
Item {
    id: continuity

    required property Router router
    // The item the viewer shows now (it follows swipes), to know whether its tile is the one
    // to shrink back into.
    required property string viewerItem
    readonly property alias running: motion.running

    property int section: Router.Home
    property string leftItem

    function tileRect(): rect {
        const tile = Touched.tile;
        return tile.mapToItem(continuity, 0, 0, tile.width, tile.height);
    }
    // Where the viewer draws the picture: fitted into the whole screen.
    function pictureRect(): rect {
        const w = picture.implicitWidth, h = picture.implicitHeight;
        if (w <= 0 || h <= 0)
            return Qt.rect(0, 0, width, height);
        const s = Math.min(width / w, height / h);
        return Qt.rect((width - w * s) / 2, (height - h * s) / 2, w * s, h * s);
    }
    function move(from: rect, to: rect) {
        motion.stop();
        frame.x = from.x;
        frame.y = from.y;
        frame.width = from.width;
        frame.height = from.height;
        toX.to = to.x;
        toY.to = to.y;
        toWidth.to = to.width;
        toHeight.to = to.height;
        frame.visible = true;
        motion.start();
    }

    Connections {
        target: continuity.router
        function onScreenChanged(section: int, id: string) {
            const was = continuity.section;
            continuity.section = section;
            const tile = Touched.tile;
            const grid = s => s === Router.Country || s === Router.Theme;
            if (Theme.reducedMotion || !tile)
                return;
            if (section === Router.Item && grid(was) && tile.itemId === id) {
                picture.source = tile.source;
                continuity.move(continuity.tileRect(), continuity.pictureRect());
            } else if (was === Router.Item && grid(section) && tile.itemId === continuity.leftItem) {
                picture.source = tile.source;
                continuity.move(continuity.pictureRect(), continuity.tileRect());
            }
        }
    }
    // Noted a moment later, and only if the viewer is still the screen: on the way back the
    // router tells the new place before the screen, and the viewer re-points its list (and its
    // current item) while still shown.
    onViewerItemChanged: noting.restart()
    Timer {
        id: noting
        interval: 0
        onTriggered: {
            if (continuity.viewerItem !== "" && continuity.router.section === Router.Item)
                continuity.leftItem = continuity.viewerItem;
        }
    }

    Item {
        id: frame
        objectName: "continuity"
        visible: false
        clip: true

        Image {
            id: picture
            anchors.fill: parent
            // The grid's thumbnail, already decoded and cached.
            sourceSize.width: Theme.thumbnailWidth
            sourceSize.height: Theme.thumbnailHeight
            fillMode: Image.PreserveAspectCrop
        }
    }

    ParallelAnimation {
        id: motion
        NumberAnimation {
            id: toX
            target: frame
            property: "x"
            duration: Theme.normal
            easing.type: Easing.OutCubic
        }
        NumberAnimation {
            id: toY
            target: frame
            property: "y"
            duration: Theme.normal
            easing.type: Easing.OutCubic
        }
        NumberAnimation {
            id: toWidth
            target: frame
            property: "width"
            duration: Theme.normal
            easing.type: Easing.OutCubic
        }
        NumberAnimation {
            id: toHeight
            target: frame
            property: "height"
            duration: Theme.normal
            easing.type: Easing.OutCubic
        }
        onFinished: {
            frame.visible = false;
            picture.source = "";
        }
    }
}
