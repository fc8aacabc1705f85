import QtQuick
import QtTest
import Asean.Kiosk
import Asean.Gallery
import Asean.Test
import Asean.Ui
import Asean.Controls

// The staff panel: a five-second press in the corner, a PIN pad, the panel; five wrong PINs
// lock the pad even against the right one. (The set-up's PIN is 2468.)
Item {
    id: stage
    width: 1920
    height: 1080

    // Each test gets its own staff desk and panel: a fresh PIN pad, the releases as published.
    Component {
        id: panelComponent
        StaffPanel {
            anchors.fill: parent
            desk: Staff {
                releases: Releases {
                    Component.onCompleted: open(TestContent.rootPath)
                }
                Component.onCompleted: setPinHash(TestContent.pinHash)
            }
        }
    }

    SignalSpy {
        id: exits
        signalName: "exitRequested"
    }
    SignalSpy {
        id: restarts
        signalName: "restartRequested"
    }

    TestCase {
        name: "StaffPanel"
        when: windowShown

        property StaffPanel staff

        function init() {
            staff = createTemporaryObject(panelComponent, stage);
            verify(staff);
            exits.target = staff;
            exits.clear();
        }

        // The roll back test leaves release 1 current; the others expect the curators' 2.
        function cleanup() {
            verify(TestContent.setCurrentRelease(2));
        }

        function press(keys) {
            for (const k of keys)
                mouseClick(findChild(staff, "key" + k));
        }

        function test_aLongPressInTheCornerThenTheRightPinOpensThePanel() {
            const corner = findChild(staff, "staffCorner");
            mousePress(corner, corner.width / 2, 60);
            wait(2000);
            compare(staff.stage, "closed", "two seconds are not enough");
            wait(3300);
            mouseRelease(corner, corner.width / 2, 60);
            compare(staff.stage, "pin");
            press(["2", "4", "6"]);
            compare(findChild(staff, "pinDots").text, "●●●");
            press(["8", "OK"]);
            tryCompare(staff, "stage", "panel");
            compare(staff.facts.release, 2);
            verify(staff.facts.residentMb > 0);
            mouseClick(findChild(staff, "exitButton"));
            compare(exits.count, 0, "the first tap only asks");
            compare(findChild(staff, "staffResult").text, "Tap Exit again to close the kiosk. It stays closed until it is started again.");
            mouseClick(findChild(staff, "exitButton"));
            compare(exits.count, 1);
            staff.close("by staff");
        }

        function test_restartAsksFirstAndAnotherActionForgetsTheQuestion() {
            restarts.target = staff;
            restarts.clear();
            staff.open();
            press(["2", "4", "6", "8", "OK"]);
            tryCompare(staff, "stage", "panel");
            mouseClick(findChild(staff, "restartButton"));
            compare(restarts.count, 0);
            mouseClick(findChild(staff, "reloadButton"));
            mouseClick(findChild(staff, "restartButton"));
            compare(restarts.count, 0, "asked again after another action");
            mouseClick(findChild(staff, "restartButton"));
            compare(restarts.count, 1);
            staff.close("by staff");
        }

        // Left open, the panel closes itself; input keeps it open.
        function test_anOpenPanelClosesItselfWithoutInput() {
            staff.closeAfterSeconds = 1;
            staff.open();
            press(["2", "4", "6", "8", "OK"]);
            tryCompare(staff, "stage", "panel");
            wait(700);
            staff.activity();
            wait(700);
            compare(staff.stage, "panel", "input restarted the minute");
            tryCompare(staff, "stage", "closed", 1500);
            compare(staff.result, "");
        }

        function test_rollBackShowsThePreviousRelease() {
            staff.open();
            press(["2", "4", "6", "8", "OK"]);
            tryCompare(staff, "stage", "panel");
            const rollBack = findChild(staff, "rollBackButton");
            verify(rollBack.visible);
            compare(staff.facts.previousRelease, 1);
            mouseClick(rollBack);
            compare(staff.desk.releases.shown, 1);
            compare(staff.facts.release, 1);
            compare(findChild(staff, "staffResult").text, "Release 1 is shown now.");
            verify(!rollBack.visible, "nothing older than release 1");
            staff.close("by staff");
        }

        function test_safeModeSaysWhy() {
            staff.facts = {
                "safeMode": true,
                "safeCrashes": 3,
                "safeWindowMinutes": 10,
                "safeRelease": 4
            };
            staff.stage = "panel";
            const reason = findChild(staff, "safeModeReason");
            verify(reason.visible);
            verify(reason.text.indexOf("3 times within 10 minutes") > 0, reason.text);
            verify(reason.text.indexOf("release 4") > 0, reason.text);
            staff.facts = {};
            verify(!reason.visible);
            staff.close("by staff");
        }

        function test_crashRecoveryOffSaysWhy() {
            staff.facts = {
                "stateError": "cannot write /var/lib/asean-kiosk/runs.json (Read-only file system)"
            };
            staff.stage = "panel";
            const reason = findChild(staff, "stateReason");
            verify(reason.visible);
            verify(reason.text.indexOf("Crash recovery and status are off") === 0, reason.text);
            verify(reason.text.indexOf("Read-only file system") > 0, reason.text);
            staff.facts = {};
            verify(!reason.visible);
            staff.close();
        }

        function test_touchTestLightsWhatFingersCross() {
            staff.facts = staff.desk.facts();
            staff.stage = "panel";
            mouseClick(findChild(staff, "touchTestButton"));
            const grid = findChild(staff, "touchTest");
            verify(grid.visible);
            compare(grid.touchedCount, 0);
            const fingers = touchEvent(grid);
            fingers.press(0, grid, 10, 10).commit();
            // A quick stroke: two moves, the second half a screen on, in one frame (Qt Quick
            // merges them). Every cell it crossed lights, not just where the moves landed.
            fingers.move(0, grid, 10 + grid.width / 16, 10).commit();
            fingers.move(0, grid, 10 + grid.width / 2, 10).commit();
            fingers.stationary(0).press(1, grid, 10, grid.height - 10).commit();
            compare(grid.mostFingers, 2);
            // Left to right along the top row (8 of 16 cells) and one cell at the bottom.
            compare(grid.touchedCount, 10);
            fingers.release(0, grid, 10 + grid.width / 2, 10).release(1, grid, 10, grid.height - 10).commit();
            verify(findChild(grid, "touchTestSummary").text.indexOf("10 of 144") === 0);
            mouseClick(findChild(grid, "touchTestDone"));
            verify(!grid.visible);
            staff.close("by staff");
        }

        function test_fiveWrongPinsLockThePad() {
            staff.close("by staff");
            staff.open();
            for (let i = 0; i < 4; ++i) {
                press(["1", "1", "1", "1", "OK"]);
                verify(findChild(staff, "pinMessage").text.indexOf("Wrong PIN") === 0);
            }
            press(["1", "1", "1", "1", "OK"]);
            verify(findChild(staff, "pinMessage").text.indexOf("Locked") === 0);
            press(["2", "4", "6", "8", "OK"]);
            compare(staff.stage, "pin", "the right PIN is refused while locked");
            verify(staff.desk.pinLockSeconds() > 290);
            staff.close("by staff");
        }

        // At 200 % text in landscape and portrait the panel keeps to the screen's width and
        // scrolls: every fact and button can be seen, none runs off the side (issue 14).
        function test_thePanelAtTwiceTheTextSize_data() {
            return [{
                    "tag": "landscape",
                    "width": 1920,
                    "height": 1080
                }, {
                    "tag": "portrait",
                    "width": 1080,
                    "height": 1920
                }];
        }
        function test_thePanelAtTwiceTheTextSize(data) {
            Theme.textScale = 200;
            stage.width = data.width;
            stage.height = data.height;
            staff.open();
            // The pad's keys as touched (a portrait stage runs past the test's screen).
            for (const key of ["2", "4", "6", "8", "OK"])
                staff.press(key);
            tryCompare(staff, "stage", "panel");
            const panel = findChild(staff, "panel");
            const scroll = panel.parent.parent;
            const texts = [];
            const walk = item => {
                if (!item.visible)
                    return;
                if (item.text !== undefined && item.contentWidth !== undefined && item.text !== "")
                    texts.push(item);
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i]);
            };
            walk(panel);
            verify(texts.length > 10);
            for (const text of texts) {
                const box = text.mapToItem(staff, 0, 0, Math.min(text.width, text.contentWidth), text.height);
                verify(box.x >= 0 && box.x + box.width <= data.width + 0.5, "\"" + text.text + "\" runs off the side: " + box.x + "+" + box.width);
            }
            // Scrolled to its end, the last button is on the screen.
            scroll.contentY = Math.max(0, scroll.contentHeight - scroll.height);
            const back = findChild(staff, "exitButton");
            const box = back.mapToItem(staff, 0, 0, back.width, back.height);
            verify(box.y >= 0 && box.y + box.height <= data.height, "the buttons cannot be scrolled into view");
            staff.close("by staff");
            Theme.textScale = 100;
            stage.width = 1920;
            stage.height = 1080;
        }
    }
}
