import QtQuick
import QtTest
import Asean.Kiosk
import Asean.Gallery
import Asean.Test
import Asean.Text
import Asean.Ui
import Asean.Controls

// Every overlay takes every touch it covers: the language list, "Still there?" and the staff
// PIN pad. Beneath them lies what a visitor's screen has there, a card that opens on a tap.
Item {
    id: stage
    width: 1920
    height: 1080

    // The cards of a grid: passive tap handlers over the whole screen.
    Rectangle {
        id: beneath
        property int taps: 0
        anchors.fill: parent
        color: "#202020"
        TapHandler {
            onTapped: beneath.taps++
        }
    }

    Languages {
        id: testLanguages
        offered: ["ko", "en", "id", "ms", "th", "vi", "km", "lo", "my", "fil"]
    }

    LanguagePicker {
        id: picker
        languages: testLanguages
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 24
    }

    IdleReset {
        id: idle
        anchors.fill: parent
        idleSeconds: 2
        watching: false
    }

    StaffPanel {
        id: staff
        anchors.fill: parent
        desk: Staff {
            releases: Releases {
                Component.onCompleted: open(TestContent.rootPath)
            }
            Component.onCompleted: setPinHash(TestContent.pinHash)
        }
    }

    TestCase {
        name: "Overlays"
        when: windowShown

        function init() {
            beneath.taps = 0;
        }

        function cleanup() {
            picker.close();
            idle.watching = false;
            staff.close("by staff");
            testLanguages.current = "en";
        }

        function test_theLanguageListTakesEveryTouch() {
            for (const code of testLanguages.offered) {
                mouseClick(findChild(picker, "languageButton"));
                verify(picker.opened, "the list did not open before choosing " + code + " (current " + testLanguages.current + ")");
                mouseClick(findChild(stage.Window.contentItem, "language_" + code));
                compare(testLanguages.current, code);
                compare(beneath.taps, 0, "the card under " + code + " opened too");
            }
            // A touch beside the list closes it, and only that.
            mouseClick(findChild(picker, "languageButton"));
            mouseClick(stage, 300, 700);
            verify(!picker.opened);
            compare(beneath.taps, 0);
        }

        function test_stillThereTakesTheTouchThatAnswersIt() {
            idle.watching = true;
            idle.activity();
            tryVerify(() => idle.asking, 3000);
            mouseClick(stage, 960, 540);
            verify(!idle.asking);
            compare(beneath.taps, 0, "answering opened what was under the question");
        }

        function test_thePinPadTakesEveryTouch() {
            staff.open();
            for (const key of ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "C"])
                mouseClick(findChild(staff, "key" + key));
            mouseClick(stage, 100, 900);  // beside the keys
            compare(staff.stage, "pin");
            compare(beneath.taps, 0, "typing the PIN opened what was behind the pad");
            for (const key of ["2", "4", "6", "8", "OK"])
                mouseClick(findChild(staff, "key" + key));
            tryCompare(staff, "stage", "panel");
            compare(staff.desk.releases.shown, 2, "the OK key's touch reached the panel's buttons");
            mouseClick(findChild(staff, "reloadButton"));
            compare(staff.desk.releases.shown, 2);
            compare(beneath.taps, 0, "the panel's buttons reach what is behind it");
        }
    }
}
