import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Controls
import Asean.Ui

// The viewer follows the grid it was opened from: a state page filtered to one theme opens a
// viewer of that theme's photos only, not of the whole state.
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
        name: "ViewerFilter"
        when: windowShown

        function test_theViewerCountsOnlyWhatTheFilterShows() {
            const kiosk = TestContent.newKiosk();
            verify(kiosk.releases.open(TestContent.rootPath));
            const main = createTemporaryObject(mainWindow, stage, {
                    "kiosk": kiosk
                });
            verify(main);
            kiosk.router.go(Router.Country, "KH");
            const page = findChild(main.contentItem, "countryPage");
            const viewer = findChild(main.contentItem, "viewer");
            verify(page && viewer);
            kiosk.router.go(Router.Item, "kh-khmer-new-year");
            tryVerify(() => viewer.count > 1, 3000);
            const all = viewer.count;
            kiosk.router.back();
            page.filter = "festivals";
            kiosk.router.go(Router.Item, "kh-khmer-new-year");
            tryCompare(viewer, "count", 1);
            verify(all > viewer.count, "the whole state: " + all);
        }
    }
}
