import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Controls
import Asean.Ui

// Across ASEAN and titles in their own words: under tom yum goong the rail shows the other
// states' food; a tap moves sideways into Cambodia's fish amok, shown among Cambodia's food,
// and back returns along the visitor's path.
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
        name: "AcrossAsean"
        when: windowShown

        function openTomYum() {
            const kiosk = TestContent.newKiosk();
            verify(kiosk.releases.open(TestContent.rootPath));
            const main = createTemporaryObject(mainWindow, stage, {
                    "kiosk": kiosk,
                    "width": 1920,
                    "height": 1080
                });
            verify(main);
            kiosk.router.go(Router.Country, "TH");
            kiosk.router.go(Router.Item, "th-tom-yum");
            const viewer = findChild(main.contentItem, "viewer");
            verify(viewer);
            tryCompare(viewer, "currentId", "th-tom-yum");
            return {
                "kiosk": kiosk,
                "main": main,
                "viewer": viewer
            };
        }

        function test_theRailLeadsSidewaysAndBackReturns() {
            const t = openTomYum();
            const thailand = t.viewer.count;
            verify(thailand > 1, "Thailand's grid: " + thailand);
            tryVerify(() => findChild(t.viewer, "across-KH") !== null, 3000, "a rail entry for Cambodia");
            const entry = findChild(t.viewer, "across-KH");
            waitForRendering(entry);
            mouseClick(entry);
            tryCompare(t.kiosk.router, "route", "item/kh-fish-amok");
            tryCompare(t.viewer, "currentId", "kh-fish-amok");
            // Cambodia's food: the one dish.
            tryCompare(t.viewer, "count", 1);
            // The tap was the rail's alone: the photo beneath did not hide the caption.
            wait(Theme.doubleTapMs + 100);
            verify(t.viewer.captionsShown);
            mouseClick(findChild(t.viewer, "backButton"));
            tryCompare(t.kiosk.router, "route", "item/th-tom-yum");
            tryCompare(t.viewer, "currentId", "th-tom-yum");
            tryCompare(t.viewer, "count", thailand);
            mouseClick(findChild(t.viewer, "backButton"));
            tryCompare(t.kiosk.router, "route", "country/TH");
        }

        function test_theTitleInItsOwnWords() {
            const t = openTomYum();
            const title = findChild(t.viewer, "nativeTitle");
            const said = findChild(t.viewer, "pronunciation");
            verify(title && said);
            tryCompare(title, "visible", true);
            compare(title.text.replace(/\u200B/g, ""), "ต้มยำกุ้ง");
            compare(said.text, "tom yam kung");
            // The Korean title is 똠얌꿍 already: no pronunciation under it.
            t.kiosk.languages.current = "ko";
            tryCompare(said, "text", "");
            verify(title.visible);
            // A Thai visitor reads the title in Thai already.
            t.kiosk.languages.current = "th";
            tryCompare(title, "visible", false);
            t.kiosk.languages.current = "en";
        }
    }
}
