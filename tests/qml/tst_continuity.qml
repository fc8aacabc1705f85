import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Controls
import Asean.Ui

// Continuity: the touched tile's photo grows into the viewer and shrinks back into its place;
// not under reduced motion; and many openings leave nothing behind.
Item {
    id: stage
    width: 1920
    height: 1080

    Component {
        id: mainWindow
        Main {
        }
    }

    TestCase {
        name: "Continuity"
        when: windowShown

        function openThailand(reduced) {
            const kiosk = TestContent.newKiosk();
            verify(kiosk.releases.open(TestContent.rootPath));
            kiosk.accessibility.reducedMotion = reduced;
            const main = createTemporaryObject(mainWindow, stage, {
                    "kiosk": kiosk,
                    "width": 1920,
                    "height": 1080
                });
            verify(main);
            kiosk.router.go(Router.Country, "TH");
            const grid = findChild(main.contentItem, "countryItems");
            tryVerify(() => grid.count > 0 && grid.itemAtIndex(0) !== null);
            waitForRendering(grid);
            wait(Theme.choiceGuardMs + 50);
            return {
                "kiosk": kiosk,
                "main": main,
                "tile": grid.itemAtIndex(0),
                "frame": findChild(main.contentItem, "continuity")
            };
        }

        function test_growsAndShrinksBack() {
            const t = openThailand(false);
            verify(t.frame);
            const tile = t.tile.mapToItem(t.main.contentItem, 0, 0, t.tile.width, t.tile.height);
            mouseClick(t.tile);
            tryCompare(t.kiosk.router, "section", Router.Item);
            verify(t.frame.visible, "the picture grows");
            verify(t.frame.width < t.main.width, "it starts from the tile");
            tryCompare(t.frame, "visible", false);
            t.kiosk.router.back();
            verify(t.frame.visible, "the picture shrinks back");
            tryCompare(t.frame, "visible", false);
            // It ends where the tile is.
            compare(Math.round(t.frame.width), Math.round(tile.width));
            compare(Math.round(t.frame.x), Math.round(tile.x));
        }

        function test_stillUnderReducedMotion() {
            const t = openThailand(true);
            mouseClick(t.tile);
            tryCompare(t.kiosk.router, "section", Router.Item);
            verify(!t.frame.visible);
            t.kiosk.router.back();
            verify(!t.frame.visible);
        }

        function descendants(item) {
            let n = 1;
            for (let i = 0; i < item.children.length; ++i)
                n += descendants(item.children[i]);
            return n;
        }

        function test_manyOpeningsLeaveNothingBehind() {
            const t = openThailand(false);
            Touched.tile = t.tile;
            const open = () => {
                t.kiosk.router.go(Router.Item, t.tile.itemId);
                t.kiosk.router.back();
                wait(0);
            };
            open();
            const before = descendants(t.main.contentItem);
            for (let i = 0; i < 300; ++i)
                open();
            compare(descendants(t.main.contentItem), before);
        }
    }
}
