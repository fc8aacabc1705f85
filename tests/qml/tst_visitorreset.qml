import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Gallery
import Asean.Controls
import Asean.Ui

// Main's idle reset: a visit that falls silent ends in the hall's language, whatever language
// the visitor chose, and back on the attract loop.
Item {
    id: stage
    width: 1920
    height: 1080

    Component {
        id: itemModel
        ItemModel {
            language: "en"
            country: "TH"
        }
    }

    Component {
        id: mainWindow
        Main {
        }
    }

    TestCase {
        name: "VisitorReset"
        when: windowShown

        function cleanup() {
            Theme.language = "en";
        }

        // Guards Main's wiring from the idle reset's expiry to the hall's language.
        function test_silenceReturnsToTheHallsLanguage() {
            const kiosk = TestContent.newKiosk();
            verify(kiosk.releases.open(TestContent.rootPath));
            kiosk.languages.offered = ["ko", "en", "th"];
            kiosk.languages.hallDefault = "ko";
            kiosk.hall.idleSeconds = 2;
            const main = createTemporaryObject(mainWindow, stage, {
                    "kiosk": kiosk
                });
            verify(main);
            kiosk.router.go(Router.Home);
            kiosk.languages.current = "th";
            const idle = findChild(main.contentItem, "idleReset");
            verify(idle.watching);
            tryVerify(() => idle.asking, 3000);
            compare(kiosk.languages.current, "th");
            tryCompare(kiosk.languages, "current", "ko", 3000);
            compare(kiosk.router.section, Router.Attract);
        }

        // A film longer than the idle time plays on; its end starts the idle time again.
        function test_aPlayingFilmIsNotIdle() {
            const kiosk = TestContent.newKiosk();
            verify(kiosk.releases.open(TestContent.rootPath));
            kiosk.hall.idleSeconds = 2;
            const main = createTemporaryObject(mainWindow, stage, {
                    "kiosk": kiosk
                });
            kiosk.router.go(Router.Item, "th-loy-krathong-river");
            const idle = findChild(main.contentItem, "idleReset");
            const video = findChild(main.contentItem, "videoScreen");
            verify(idle && video);
            const items = createTemporaryObject(itemModel, stage, {
                    "catalogue": kiosk.releases.catalogue
                });
            video.play(items.get(items.rowOf("th-loy-krathong-river"), "video"), "Lanterns", "", 0);
            tryVerify(() => video.watched, 10000);
            wait(3500);
            verify(!idle.asking, "Still there? over a playing film");
            video.stop();
            tryVerify(() => idle.asking, 3000);
        }
    }
}
