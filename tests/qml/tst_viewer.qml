import QtQuick
import QtTest
import Asean.Test
import Asean.Text
import Asean.Ui
import Asean.Controls
import Asean.Gallery

// The full-screen viewer driven by touch: swipe to neighbours, double-tap and pinch to zoom,
// drag to pan when zoomed, tap for the caption.
Item {
    id: stage
    width: 1920
    height: 1080

    Releases {
        id: testReleases
        Component.onCompleted: open(TestContent.rootPath)
    }

    Languages {
        id: testLanguages
    }

    VideoScreen {
        id: videoScreen
        anchors.fill: parent
    }

    Component {
        id: viewerComponent
        Viewer {
            width: stage.width
            height: stage.height
            shown: true
            country: "TH"
            itemId: "th-tom-yum"
            player: videoScreen
            catalogue: testReleases.catalogue
            languages: testLanguages
            videoAllowed: true
        }
    }

    TestCase {
        name: "Viewer"
        when: windowShown

        function makeViewer() {
            const viewer = createTemporaryObject(viewerComponent, stage);
            verify(viewer);
            tryCompare(viewer, "currentId", "th-tom-yum");
            waitForRendering(viewer);
            return viewer;
        }

        function swipe(viewer, fromX, toX) {
            const touch = touchEvent(viewer);
            const y = viewer.height / 2;
            touch.press(0, viewer, fromX, y).commit();
            const steps = 8;
            for (let i = 1; i <= steps; ++i) {
                wait(8);
                touch.move(0, viewer, fromX + (toX - fromX) * i / steps, y).commit();
            }
            touch.release(0, viewer, toX, y).commit();
        }

        function cleanup() {
            stage.width = 1920;
            stage.height = 1080;
        }

        // The caption sits where the photo leaves room: right under a landscape photo on a
        // portrait screen, beside a portrait photo on a landscape screen, never over either.
        function test_captionUnderOrBesideThePhoto_data() {
            return [{
                    "tag": "landscape photo, portrait screen",
                    "w": 1080,
                    "h": 1920,
                    "item": "th-tom-yum",
                    "under": true
                }, {
                    "tag": "portrait photo, landscape screen",
                    "w": 1920,
                    "h": 1080,
                    "item": "th-wat-arun",
                    "under": false
                }];
        }

        function test_captionUnderOrBesideThePhoto(data) {
            stage.width = data.w;
            stage.height = data.h;
            const viewer = makeViewer();
            viewer.itemId = data.item;
            tryCompare(viewer, "currentId", data.item);
            const sharp = findChild(viewer.currentPage, "sharp");
            tryCompare(sharp, "status", Image.Ready);
            waitForRendering(viewer);
            const photo = sharp.mapToItem(viewer, (sharp.width - sharp.paintedWidth) / 2, (sharp.height - sharp.paintedHeight) / 2, sharp.paintedWidth, sharp.paintedHeight);
            const caption = findChild(viewer, "caption");
            const box = caption.mapToItem(viewer, 0, 0, caption.width, caption.height);
            verify(box.x >= 0 && box.x + box.width <= viewer.width + 1, "on the screen");
            verify(box.y >= 0 && box.y + box.height <= viewer.height + 1, "on the screen");
            if (data.under) {
                fuzzyCompare(box.y, photo.y + photo.height, 1, "right under the photo");
                // Photo and caption are centred together below the top bar and the position
                // indicator: no black band above the photo with the caption pushed to the foot.
                const above = photo.y - (Theme.barHeight + Theme.touchTarget);
                const below = viewer.height - (box.y + box.height);
                verify(above >= 0, "below the top bar");
                fuzzyCompare(above, below, 2, "as much room above the photo as under the caption");
            } else {
                fuzzyCompare(box.x, photo.x + photo.width, 1, "right beside the photo");
                verify(box.width >= Theme.captionBeside - 1);
            }
        }

        function test_opensAtTheChosenItem() {
            const viewer = makeViewer();
            const pager = findChild(viewer, "pager");
            compare(pager.currentIndex, 0);
            viewer.itemId = "th-khon";
            tryCompare(viewer, "currentId", "th-khon");
            compare(pager.currentIndex, 3);
        }

        function test_swipeGoesToTheNeighbours() {
            const viewer = makeViewer();
            const pager = findChild(viewer, "pager");
            swipe(viewer, 1500, 500);
            tryCompare(pager, "currentIndex", 1);
            tryVerify(() => !pager.moving, 3000);
            swipe(viewer, 500, 1500);
            tryCompare(pager, "currentIndex", 0);
        }

        // Large arrows at the edges show that there is more; each is gone at its end, and the
        // position shows as a dot per photo besides "1 / 7".
        function test_arrowsMoveAndHideAtTheEnds() {
            const viewer = makeViewer();
            const pager = findChild(viewer, "pager");
            const previous = findChild(viewer, "previous");
            const next = findChild(viewer, "next");
            verify(viewer.count > 2);
            verify(!previous.visible, "nothing before the first");
            verify(next.visible);
            verify(next.width >= Theme.touchTarget && next.height >= Theme.touchTarget);
            compare(findChild(viewer, "positionDots").children.length - 1, viewer.count);  // and the Repeater
            for (let i = 1; i < viewer.count; ++i) {
                mouseClick(next);
                tryCompare(pager, "currentIndex", i);
                verify(previous.visible);
            }
            verify(!next.visible, "nothing after the last");
            tryVerify(() => !pager.moving);
            mouseClick(previous);
            tryCompare(pager, "currentIndex", viewer.count - 2);
            verify(next.visible);
        }

        function test_doubleTapZoomsAndASecondUnzooms() {
            const viewer = makeViewer();
            const page = viewer.currentPage;
            const touch = touchEvent(viewer);
            for (let i = 0; i < 2; ++i) {
                touch.press(0, viewer, 600, 400).commit();
                touch.release(0, viewer, 600, 400).commit();
            }
            tryVerify(() => page.zoomed);
            verify(!findChild(viewer, "pager").interactive);
            wait(Theme.doubleTapMs + 100);
            verify(viewer.captionsShown);  // a double tap is not a single tap
            for (let i = 0; i < 2; ++i) {
                touch.press(0, viewer, 600, 400).commit();
                touch.release(0, viewer, 600, 400).commit();
            }
            tryVerify(() => !page.zoomed);
        }

        function test_pinchZoomsAndDragPans() {
            const viewer = makeViewer();
            const page = viewer.currentPage;
            const pager = findChild(viewer, "pager");
            const touch = touchEvent(viewer);
            // Fingers moving sideways, the direction the pager also listens to.
            touch.press(0, viewer, 860, 540).press(1, viewer, 1060, 540).commit();
            for (let i = 1; i <= 10; ++i) {
                wait(8);
                touch.move(0, viewer, 860 - 30 * i, 530).move(1, viewer, 1060 + 30 * i, 550).commit();
            }
            touch.release(0, viewer, 560, 530).release(1, viewer, 1360, 550).commit();
            tryVerify(() => page.zoomed);
            const zoomedIndex = pager.currentIndex;
            // A drag now pans the picture instead of turning the page.
            const contentItem = page.children[0];
            const before = contentItem.x;
            swipe(viewer, 1200, 800);
            wait(300);
            compare(pager.currentIndex, zoomedIndex);
            verify(contentItem.x < before, "the picture moved with the finger");
        }

        function test_singleTapHidesAndShowsTheCaption() {
            const viewer = makeViewer();
            const caption = findChild(viewer, "caption");
            verify(viewer.captionsShown);
            mouseClick(viewer, 900, 300);
            tryCompare(viewer, "captionsShown", false);
            tryCompare(caption, "visible", false);
            mouseClick(viewer, 900, 300);
            tryCompare(viewer, "captionsShown", true);
        }

        function test_aVideoOpensTheOnePlayer() {
            const viewer = makeViewer();
            viewer.itemId = "th-loy-krathong-river";
            tryCompare(viewer, "currentId", "th-loy-krathong-river");
            tryVerify(() => !findChild(viewer, "pager").moving);
            const play = findChild(viewer.currentPage, "playVideo");
            verify(play.visible);
            mouseClick(play);
            verify(videoScreen.active);
            verify(videoScreen.chrome);
            videoScreen.stop();
            verify(!videoScreen.active);
        }
    }
}
