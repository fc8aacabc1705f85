import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Controls
import Asean.Ui

// Main's idle reset: a visit that falls silent ends in the hall's language, whatever language
// the visitor chose, and back on the attract loop.
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
    }
}
