import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Controls
import Asean.Ui

// The access panel (issue 14): its button low on every visitor screen, choices that take
// effect at once and last until the idle reset, more time for the idle reset, and a call for
// staff that calms the visitor, reaches the staff panel and is made once a minute.
Item {
    id: stage
    width: 1920
    height: 1080

    Component {
        id: mainWindow
        Main {
        }
    }

    SignalSpy {
        id: calls
        signalName: "called"
    }

    TestCase {
        name: "Access"
        when: windowShown

        property KioskRoot kiosk
        property Main main

        function init() {
            kiosk = TestContent.newKiosk();
            verify(kiosk.releases.open(TestContent.rootPath));
            main = createTemporaryObject(mainWindow, stage, {
                    "kiosk": kiosk,
                    "width": 1920,
                    "height": 1080
                });
            verify(main);
            waitForRendering(main.contentItem);
        }

        function cleanup() {
            kiosk.languages.current = "en";
            kiosk.accessibility.reset();
        }

        function find(name: string): Item {
            const found = findChild(main.contentItem, name);
            verify(found, name);
            return found;
        }

        function openPanel() {
            mouseClick(find("accessButton"));
            verify(find("accessPanel").visible);
        }

        function test_theButtonIsLowOnEveryVisitorScreen_data() {
            return [{
                    "tag": "attract",
                    "section": Router.Attract,
                    "id": ""
                }, {
                    "tag": "home",
                    "section": Router.Home,
                    "id": ""
                }, {
                    "tag": "state",
                    "section": Router.Country,
                    "id": "TH"
                }, {
                    "tag": "theme",
                    "section": Router.Theme,
                    "id": "festivals"
                }, {
                    "tag": "viewer",
                    "section": Router.Item,
                    "id": "kh-angkor-wat"
                }];
        }
        function test_theButtonIsLowOnEveryVisitorScreen(data) {
            kiosk.router.go(data.section, data.id);
            const button = find("accessButton");
            verify(button.visible);
            verify(button.height >= Theme.touchTarget && button.width >= Theme.touchTarget);
            const place = button.mapToItem(main.contentItem, 0, 0);
            verify(place.y >= main.height - Theme.accessBand, "the button is not in the bottom band");
            // Named as it reads (the words change with the language; the end-to-end test and
            // the screenshots see them translated).
            compare(button.label, "Accessibility");
            compare(button.Accessible.name, button.label);
            compare(button.Accessible.role, Accessible.Button);
            mouseClick(button);
            verify(find("accessPanel").visible, "the panel did not open");
            compare(kiosk.router.section, data.section, "the touch reached the screen beneath");
            mouseClick(find("accessClose"));
            verify(!find("accessPanel").visible);
        }

        // A choice on the panel, touched; within reach the panel is lower and scrolls, so the
        // choice is scrolled into view first, as a visitor would.
        function choose(name: string) {
            const item = find(name);
            let area = item.parent;
            while (area && area.contentY === undefined)
                area = area.parent;
            if (area) {
                const y = item.mapToItem(area.contentItem, 0, 0).y;
                area.contentY = Math.max(0, Math.min(y - Theme.spacing, area.contentHeight - area.height));
            }
            mouseClick(item);
        }

        function test_everyChoiceTakesEffectAtOnce() {
            kiosk.router.go(Router.Home);
            openPanel();
            const body = Theme.bodySize;
            mouseClick(find("textScale200"));
            compare(kiosk.accessibility.textScale, 200);
            compare(Theme.bodySize, body * 2);
            verify(find("textScale200").checked && !find("textScale100").checked);
            compare(find("textScale200").Accessible.role, Accessible.RadioButton);
            mouseClick(find("highContrast"));
            verify(kiosk.accessibility.highContrast);
            compare(Theme.background, "#000000");
            compare(Theme.outline, 3);
            compare(find("highContrast").Accessible.checked, true);
            for (const name of ["lowReach", "reducedMotion", "moreTime"])
                choose(name);
            verify(kiosk.accessibility.lowReach);
            verify(Theme.reducedMotion);
            compare(find("idleReset").idleSeconds, 3 * kiosk.hall.idleSeconds);
            // The panel stays open while the visitor chooses; a second touch turns a choice off.
            verify(find("accessPanel").visible);
            choose("highContrast");
            verify(!kiosk.accessibility.highContrast);
        }

        // The idle reset gives the next visitor the hall's choices, not this visitor's.
        function test_theIdleResetReturnsTheHallsChoices() {
            kiosk.hall.idleSeconds = 2;
            kiosk.router.go(Router.Home);
            openPanel();
            mouseClick(find("textScale150"));
            mouseClick(find("highContrast"));
            mouseClick(find("moreTime"));
            compare(find("idleReset").idleSeconds, 6);
            tryCompare(kiosk.router, "section", Router.Attract, 10000);
            compare(kiosk.accessibility.textScale, 100);
            verify(!kiosk.accessibility.highContrast && !kiosk.accessibility.moreTime);
            compare(Theme.textScale, 100);
            verify(!find("accessPanel").visible);
        }

        function test_callingStaffCalmsTheVisitorAndCallsOnce() {
            calls.target = kiosk.staffCall;
            calls.clear();
            kiosk.router.go(Router.Country, "TH");
            openPanel();
            verify(!find("staffCalledMessage").visible);
            ignoreWarning("a visitor called staff");
            mouseClick(find("callStaff"));
            compare(calls.count, 1);
            verify(find("staffCalledMessage").visible);
            compare(find("staffCalledMessage").Accessible.name, find("staffCalledMessage").text);
            verify(kiosk.staff.facts().staffCalledAt !== "");
            mouseClick(find("callStaff"));
            compare(calls.count, 1, "a second press within the minute called again");
            compare(kiosk.router.section, Router.Country);
            // Staff see it on their panel.
            mouseClick(find("accessClose"));
            kiosk.staff.setPinHash(TestContent.pinHash);
            const staffPanel = find("staffPanel");
            staffPanel.open();
            for (const key of ["2", "4", "6", "8", "OK"])
                mouseClick(findChild(staffPanel, "key" + key));
            tryCompare(staffPanel, "stage", "panel");
            const note = findChild(staffPanel, "staffCalled");
            verify(note.visible, "the staff panel does not show the call");
            verify(note.text.indexOf(kiosk.staff.facts().staffCalledAt) >= 0, note.text);
            staffPanel.close("by staff");
        }

        // Like every overlay (tst_overlays.qml): nothing beneath the panel fires.
        function test_thePanelTakesEveryTouchItCovers() {
            kiosk.router.go(Router.Home);
            wait(Theme.choiceGuardMs + 50);
            openPanel();
            const panel = find("accessPanel");
            const inside = panel.mapToItem(main.contentItem, panel.width - 10, 10);
            mouseClick(main.contentItem, inside.x, inside.y);
            compare(kiosk.router.section, Router.Home, "a touch on the panel opened a card");
            verify(panel.visible);
            mouseClick(main.contentItem, main.width - 200, main.height / 2);
            verify(!panel.visible, "a touch beside the panel did not close it");
            compare(kiosk.router.section, Router.Home, "the touch that closed the panel opened a card");
        }
    }
}
