import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Controls
import Asean.Ui

// The physical keypad (issue 14): on every visitor screen and overlay, Tab walks every control
// a visitor can touch (the same ones --screenshot lists as controls, a view's delegates by
// index), each once and none beneath an open overlay, each with a role and a name to speak;
// arrows, Enter, Back and Home do what they say; the focus ring is thick and stands out.
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
        id: test
        name: "Keypad"
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
            main.requestActivate();
            tryVerify(() => main.active, 5000, "the kiosk window never became active");
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

        // A key, as the keypad sends it; then the frames it causes.
        function key(code: int, modifiers: int) {
            keyClick(code, modifiers === undefined ? Qt.NoModifier : modifiers);
            wait(30);
        }

        // The first key of a visit opens the access panel with the keypad's hint; Back closes it.
        function startKeypad() {
            key(Qt.Key_Tab);
            verify(main.keys.used);
            tryVerify(() => find("keypadHint").visible, 2000, "the first key did not open the hint");
            key(Qt.Key_Escape);
            tryVerify(() => !find("accessPanel").visible, 2000);
        }

        function go(section: int, id: string) {
            kiosk.router.go(section, id);
            // The screen fades in, its views make their delegates, focus settles.
            wait(Theme.normal + 400);
            waitForRendering(main.contentItem);
        }

        function isAncestor(ancestor: Item, item: Item): bool {
            for (let up = item; up; up = up.parent) {
                if (up === ancestor)
                    return true;
            }
            return false;
        }

        // True when `a` is painted before `b`, so that `b` covers it where they overlap.
        function paintedBefore(a: Item, b: Item): bool {
            const chain = item => {
                const up = [];
                for (let i = item; i; i = i.parent)
                    up.unshift(i);
                return up;
            };
            const ca = chain(a);
            const cb = chain(b);
            let i = 0;
            while (i < ca.length && i < cb.length && ca[i] === cb[i])
                ++i;
            if (i === ca.length || i === cb.length)
                return i === ca.length;  // an item is painted before what it holds
            if (ca[i].z !== cb[i].z)
                return ca[i].z < cb[i].z;
            const siblings = ca[i - 1].children;
            for (let k = 0; k < siblings.length; ++k) {
                if (siblings[k] === ca[i])
                    return true;
                if (siblings[k] === cb[i])
                    return false;
            }
            return false;
        }

        // Beneath the open overlay: painted before it, and not in it.
        function beneath(item: Item, overlay: Item): bool {
            return overlay !== null && !isAncestor(overlay, item) && paintedBefore(item, overlay);
        }

        function opacityOf(item: Item): real {
            let opacity = 1;
            for (let up = item; up; up = up.parent)
                opacity *= up.opacity;
            return opacity;
        }

        function hasTapHandler(item: Item): bool {
            const resources = item.resources;
            for (let i = 0; i < resources.length; ++i) {
                if (String(resources[i]).startsWith("QQuickTapHandler") && resources[i].enabled)
                    return true;
            }
            return false;
        }

        // The view a delegate is in, with its index; null for anything else.
        function viewPlace(item: Item): var {
            const content = item.parent;
            const view = content ? content.parent : null;
            if (!view || view.contentItem !== content || view.indexAt === undefined || view.objectName === "pager")
                return null;
            const index = view.indexAt(item.x + item.width / 2, item.y + item.height / 2);
            return index >= 0 ? {
                "view": view,
                "index": index
            } : null;
        }

        // What a visitor can touch now, as --screenshot counts controls (SceneCapture): a
        // visible item with a TapHandler, not one that fills the window; with an overlay open,
        // only what is in it. The staff corner is staff's hidden way in, not a visitor's control.
        // A view's delegates count by index ("countryItems#4"), all of them, made or not; the
        // viewer's pages beside the current one are off the screen.
        function touchable(): var {
            const found = {};
            const overlay = main.keys.overlay();
            const walk = item => {
                if (!item.visible || !item.enabled || opacityOf(item) <= 0.01)
                    return;
                if (item.objectName === "staffCorner")
                    return;
                const place = viewPlace(item);
                const above = !beneath(item, overlay);
                if (place && above) {
                    for (let i = 0; i < place.view.count; ++i)
                        found[place.view.objectName + "#" + i] = true;
                } else if (hasTapHandler(item) && !(item.width >= main.width && item.height >= main.height)) {
                    if (above)
                        found[nameOf(item)] = true;
                }
                if (item.objectName === "pager") {
                    const page = item.currentItem;
                    if (page)
                        walk(page);
                    return;
                }
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i]);
            };
            walk(main.contentItem);
            return found;
        }

        // Controls that are no view's delegates, numbered as they are first seen: two controls
        // are one only when they are the same item.
        property var seen: []

        // A control's name for the comparison: a delegate by its view and index, anything else
        // by the nearest objectName up its parents and its number (two keys of the pad are two).
        function nameOf(item: Item): string {
            const place = viewPlace(item);
            if (place)
                return place.view.objectName + "#" + place.index;
            for (let up = item; up; up = up.parent) {
                const place = viewPlace(up);
                if (place)
                    return place.view.objectName + "#" + place.index;
            }
            let named = item;
            while (named && named.objectName === "")
                named = named.parent;
            let number = seen.indexOf(item);
            if (number < 0) {
                seen.push(item);
                number = seen.length - 1;
            }
            return (named ? named.objectName : "?") + "@" + number;
        }

        // The stop that holds a control: the control itself, or the item it is part of (a
        // card's touch area is in its frame).
        function stopName(stop: Item): string {
            const place = viewPlace(stop);
            if (place)
                return place.view.objectName + "#" + place.index;
            // The control with the TapHandler is the stop or inside it.
            const inner = [];
            const walk = item => {
                if (hasTapHandler(item))
                    inner.push(item);
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i]);
            };
            walk(stop);
            return inner.length > 0 ? nameOf(inner[0]) : nameOf(stop);
        }

        // Tab until focus comes round again; every stop it passes, checked as it has focus (a
        // view's delegates come and go as it scrolls).
        function checkTraversal(what: string) {
            seen = [];
            const expected = touchable();
            const overlay = main.keys.overlay();
            const reached = {};
            let count = 0;
            const first = main.activeFocusItem;
            verify(first && main.keys.current === first, what + ": focus is on no control: " + first);
            for (let i = 0; i < 300; ++i) {
                const stop = main.activeFocusItem;
                verify(stop && main.keys.current === stop, what + ": Tab left focus on no control: " + stop);
                const name = stopName(stop);
                verify(!(name in reached), what + ": " + name + " reached twice in one round");
                reached[name] = true;
                ++count;
                verify(!beneath(stop, overlay), what + ": " + name + " is beneath the open overlay");
                verify(stop.Accessible.name !== "", what + ": " + name + " has no Accessible.name");
                verify(stop.Accessible.role !== Accessible.NoRole, what + ": " + name + " has no Accessible.role");
                // The ring is around it, on the screen.
                const box = stop.mapToItem(main.contentItem, 0, 0, stop.width, stop.height);
                const ring = find("focusRing");
                verify(ring.visible, what + ": no focus ring on " + name);
                verify(ring.x < box.x && ring.y < box.y && ring.x + ring.width > box.x + box.width && ring.y + ring.height > box.y + box.height, what + ": the ring is not around " + name);
                verify(box.y + box.height > 0 && box.y < main.height, what + ": " + name + " has focus off the screen");
                key(Qt.Key_Tab);
                if (main.activeFocusItem === first)
                    break;
            }
            verify(main.activeFocusItem === first, what + ": Tab never came back to where it started: a trap");
            const missing = Object.keys(expected).filter(name => !(name in reached));
            const extra = Object.keys(reached).filter(name => !(name in expected));
            verify(missing.length === 0, what + ": not reached by Tab: " + missing.join(", "));
            verify(extra.length === 0, what + ": reached but not a control: " + extra.join(", "));
            compare(count, Object.keys(expected).length, what + ": stops and controls differ in number");
            console.info(what + ":", count, "controls, each reached once by Tab");
        }

        function test_everyScreenIsWalkedByTab_data() {
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
                }, {
                    "tag": "film",
                    "section": Router.Item,
                    "id": "th-loy-krathong-river"
                }];
        }
        function test_everyScreenIsWalkedByTab(data) {
            if (data.section === Router.Item)
                go(Router.Country, data.id.startsWith("th") ? "TH" : "KH");
            go(data.section, data.id);
            startKeypad();
            checkTraversal(data.tag);
        }

        // Nothing beneath an open overlay is reached, and Back closes it and puts focus back on
        // the control that opened it.
        function test_overlaysKeepFocus_data() {
            return [{
                    "tag": "access panel",
                    "opener": "accessButton"
                }, {
                    "tag": "language list",
                    "opener": "languageButton"
                }];
        }
        function test_overlaysKeepFocus(data) {
            go(Router.Country, "TH");
            startKeypad();
            const opener = find(data.opener);
            for (let i = 0; i < 40 && main.activeFocusItem !== opener; ++i)
                key(Qt.Key_Tab);
            compare(main.activeFocusItem, opener, "Tab did not reach " + data.opener);
            key(Qt.Key_Return);
            verify(main.keys.overlay() !== null, "Enter did not open the " + data.tag);
            tryVerify(() => main.keys.current !== null && isAncestor(main.keys.overlay(), main.keys.current), 2000, "focus did not go into the " + data.tag);
            checkTraversal(data.tag);
            key(Qt.Key_Escape);
            verify(main.keys.overlay() === null, "Back did not close the " + data.tag);
            tryCompare(main, "activeFocusItem", opener, 2000, "focus did not go back to " + data.opener);
            compare(kiosk.router.section, Router.Country, "Back that closed the overlay also left the screen");
        }

        function test_theFilmPlayerAndThePinPadKeepFocus() {
            go(Router.Country, "TH");
            go(Router.Item, "th-loy-krathong-river");
            startKeypad();
            tryVerify(() => main.keys.current && main.keys.current.objectName === "playVideo", 2000, "focus did not start on the play button");
            key(Qt.Key_Return);
            const player = find("videoScreen");
            verify(player.active && player.chrome, "Enter on play did not start the film");
            tryVerify(() => main.keys.current && main.keys.current.objectName === "playButton", 3000, "focus did not start on the player's play button");
            checkTraversal("player");
            // The scrub bar moves with left and right.
            tryVerify(() => player.duration > 0, 10000);
            const scrubber = find("scrubber");
            for (let i = 0; i < 20 && main.activeFocusItem !== scrubber; ++i)
                key(Qt.Key_Tab);
            compare(main.activeFocusItem, scrubber);
            compare(scrubber.Accessible.role, Accessible.Slider);
            const before = player.position;
            key(Qt.Key_Right);
            tryVerify(() => player.position >= before + 5000, 3000, "Right did not move the film on");
            key(Qt.Key_Escape);
            verify(!player.active, "Back did not close the player");
            compare(kiosk.router.section, Router.Item);

            // The staff PIN pad: digits are typed, Enter tries them.
            kiosk.staff.setPinHash(TestContent.pinHash);
            const staffPanel = find("staffPanel");
            staffPanel.open();
            tryVerify(() => main.keys.current && main.keys.current.objectName === "key1", 2000, "focus did not go to the PIN pad");
            checkTraversal("PIN pad");
            for (const digit of [Qt.Key_2, Qt.Key_4, Qt.Key_6, Qt.Key_8])
                key(digit);
            compare(staffPanel.entered, "2468");
            compare(main.keys.current.objectName, "keyOK");
            key(Qt.Key_Enter);
            tryCompare(staffPanel, "stage", "panel");
            tryVerify(() => main.keys.current !== null && isAncestor(findChild(staffPanel, "panel"), main.keys.current), 2000, "focus did not go to the staff panel's buttons");
            checkTraversal("staff panel");
            key(Qt.Key_Escape);
            compare(staffPanel.stage, "closed");
        }

        // "Still there?" covers everything: no key moves focus beneath it.
        function test_stillThereTakesNoFocus() {
            go(Router.Home);
            startKeypad();
            kiosk.hall.idleSeconds = 12;
            const still = find("stillThere");
            tryVerify(() => still.visible, 10000);
            compare(main.keys.overlay(), still);
            compare(main.keys.stops().length, 0);
            const before = kiosk.router.route;
            key(Qt.Key_Return);
            compare(kiosk.router.route, before);
            kiosk.hall.idleSeconds = 90;
        }

        // Each screen starts on its main content.
        function test_focusStartsOnTheMainContent_data() {
            return [{
                    "tag": "home",
                    "section": Router.Home,
                    "id": "",
                    "start": "the first state"
                }, {
                    "tag": "state",
                    "section": Router.Country,
                    "id": "KH",
                    "start": "the first photo"
                }, {
                    "tag": "theme",
                    "section": Router.Theme,
                    "id": "food",
                    "start": "the first photo"
                }, {
                    "tag": "viewer",
                    "section": Router.Item,
                    "id": "kh-angkor-wat",
                    "start": "next"
                }];
        }
        function test_focusStartsOnTheMainContent(data) {
            go(Router.Country, "KH");
            startKeypad();
            go(data.section, data.id);
            const focused = main.activeFocusItem;
            verify(focused && main.keys.current === focused, "focus is on no control");
            if (data.start === "next") {
                compare(focused.objectName, "next");
            } else {
                const place = viewPlace(focused);
                if (data.section === Router.Home)
                    compare(focused.code, "BN");
                else
                    verify(place && place.index === 0, "focus is not on the first photo: " + stopName(focused));
            }
            verify(focused.Accessible.name !== "");
        }

        // A visit by keys alone: a state, a photo, the next photo, back to the grid on the photo
        // left, the language, home.
        function test_aVisitByKeysAlone() {
            go(Router.Home);
            startKeypad();
            // From the first state, right to the next: Cambodia.
            compare(main.activeFocusItem.code, "BN");
            key(Qt.Key_Right);
            compare(main.activeFocusItem.code, "KH");
            compare(main.activeFocusItem.Accessible.name.indexOf("Cambodia"), 0);
            key(Qt.Key_Return);
            tryCompare(kiosk.router, "route", "country/KH");
            wait(Theme.choiceGuardMs + 100);
            tryVerify(() => viewPlace(main.activeFocusItem) !== null, 2000, "focus is not in the grid");
            // The second photo, by arrow; open it.
            key(Qt.Key_Right);
            compare(viewPlace(main.activeFocusItem).index, 1);
            const opened = main.activeFocusItem.itemId;
            key(Qt.Key_Return);
            tryCompare(kiosk.router, "route", "item/" + opened);
            tryVerify(() => main.activeFocusItem && main.activeFocusItem.objectName === "next", 2000);
            // Next photo.
            key(Qt.Key_Return);
            const viewer = find("viewer");
            tryVerify(() => viewer.currentId !== opened, 2000, "Enter on next did not show the next photo");
            // Back: to the grid, on the photo the viewer left.
            key(Qt.Key_Backspace);
            tryCompare(kiosk.router, "route", "country/KH");
            tryVerify(() => main.activeFocusItem && main.activeFocusItem.itemId === opened, 2000, "focus did not come back to the photo that was opened");
            // Up to the themes, up to the top bar; the language, Thai, by keys.
            key(Qt.Key_Up);
            verify(String(main.activeFocusItem).indexOf("ThemeChip") === 0 || main.activeFocusItem.themeId !== undefined, "Up from the first row did not reach a theme: " + main.activeFocusItem);
            const language = find("languageButton");
            for (let i = 0; i < 40 && main.activeFocusItem !== language; ++i)
                key(Qt.Key_Tab, Qt.ShiftModifier);
            compare(main.activeFocusItem, language, "Shift+Tab did not reach the language button");
            key(Qt.Key_Return);
            tryVerify(() => main.keys.current && main.keys.current.objectName === "language_en", 2000, "the list did not start on the language in use");
            const thai = find("language_th");
            for (let i = 0; i < 12 && main.activeFocusItem !== thai; ++i)
                key(Qt.Key_Down);
            compare(main.activeFocusItem, thai);
            key(Qt.Key_Return);
            compare(kiosk.languages.current, "th");
            tryCompare(main, "activeFocusItem", language);
            verify(language.Accessible.name.indexOf("ไทย") >= 0, language.Accessible.name);
            compare(kiosk.router.route, "country/KH", "choosing a language left the screen");
            // Home.
            key(Qt.Key_Home);
            tryCompare(kiosk.router, "route", "home");
            tryVerify(() => main.activeFocusItem && main.activeFocusItem.code === "KH", 2000, "home did not come back to the state the visitor opened");
        }

        // The numeric keypad with Num Lock on moves, chooses and goes back like the arrows.
        function test_theNumericKeypad() {
            go(Router.Home);
            startKeypad();
            compare(main.activeFocusItem.code, "BN");
            key(Qt.Key_6, Qt.KeypadModifier);
            compare(main.activeFocusItem.code, "KH");
            key(Qt.Key_2, Qt.KeypadModifier);
            verify(main.activeFocusItem.code !== "KH" && main.activeFocusItem.code !== undefined, "keypad 2 did not move down a row");
            key(Qt.Key_8, Qt.KeypadModifier);
            compare(main.activeFocusItem.code, "KH");
            key(Qt.Key_5, Qt.KeypadModifier);
            tryCompare(kiosk.router, "route", "country/KH");
            key(Qt.Key_0, Qt.KeypadModifier);
            tryCompare(kiosk.router, "route", "home");
            // Ctrl and Alt keys are not the keypad's (nor a way out of the kiosk).
            key(Qt.Key_Tab, Qt.ControlModifier);
            compare(main.activeFocusItem.code, "KH");
        }

        // Every choice of the access panel by keys, the panel staying open.
        function test_theAccessPanelByKeys() {
            go(Router.Home);
            startKeypad();
            const button = find("accessButton");
            for (let i = 0; i < 40 && main.activeFocusItem !== button; ++i)
                key(Qt.Key_Tab, Qt.ShiftModifier);
            key(Qt.Key_Return);
            compare(main.activeFocusItem.objectName, "accessClose");
            for (const name of ["textScale150", "highContrast", "lowReach", "reducedMotion", "moreTime"]) {
                const option = find(name);
                for (let i = 0; i < 20 && main.activeFocusItem !== option; ++i)
                    key(Qt.Key_Tab);
                compare(main.activeFocusItem, option);
                key(Qt.Key_Space);
            }
            const access = kiosk.accessibility;
            verify(access.textScale === 150 && access.highContrast && access.lowReach && access.reducedMotion && access.moreTime);
            verify(find("accessPanel").visible);
            // Within reach the panel lies in reach (tst_reach.qml checks every screen).
            verify(find("accessPanel").mapToItem(main.contentItem, 0, 0).y >= Theme.reachTop);
        }

        // WCAG 2.4.13 and 1.4.11: the ring is at least 3 px thick and differs by 3:1 or more
        // from what is around it, over a dark control and over a light photo.
        function luminance(c: color): real {
            const channel = v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
        }
        function contrast(a: color, b: color): real {
            const la = luminance(a);
            const lb = luminance(b);
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
        }
        function test_theRingStandsOut_data() {
            return [{
                    "tag": "default"
                }, {
                    "tag": "high contrast",
                    "highContrast": true
                }];
        }
        function test_theRingStandsOut(data) {
            kiosk.accessibility.highContrast = data.highContrast === true;
            go(Router.Home);
            startKeypad();
            const ring = find("focusRing");
            verify(ring.band >= 3, "the ring is thinner than 3 px");
            let worst = 100;
            // Every state's card, and the themes: photos, dark pills and the page behind them.
            for (let i = 0; i < 20; ++i) {
                waitForRendering(main.contentItem);
                const image = grabImage(main.contentItem);
                const box = ring.mapToItem(main.contentItem, 0, 0);
                // Along the ring's straight parts: its top edge between the rounded corners, and
                // the middle of its left edge. The band, its black edge, and what lies just outside.
                const corner = Math.min(ring.height / 2, ring.targetRadius > 0 ? ring.targetRadius + ring.gap + ring.band + 2 * ring.edge : 4);
                const points = [[Math.round(box.x), Math.round(box.y + ring.height / 2), -1, 0]];
                for (let step = 0; step <= 1; step += 0.2)
                    points.push([Math.round(box.x + corner + (ring.width - 2 * corner) * step), Math.round(box.y), 0, -1]);
                for (const p of points) {
                    const bx = p[0] - p[2] * (ring.edge + Math.floor(ring.band / 2));
                    const by = p[1] - p[3] * (ring.edge + Math.floor(ring.band / 2));
                    const ox = p[0] + p[2] * 2;
                    const oy = p[1] + p[3] * 2;
                    if (ox < 0 || oy < 0 || ox >= main.width || oy >= main.height)
                        continue;
                    const band = image.pixel(bx, by);
                    const outside = image.pixel(ox, oy);
                    const edge = image.pixel(p[0] - p[2], p[1] - p[3]);
                    // Drawn as it should be, not hidden under something.
                    verify(contrast(band, Theme.focusRing) < 1.2, "the ring's band is not drawn at " + bx + "," + by);
                    verify(luminance(edge) < 0.02, "the ring's edge is not drawn at " + (p[0] - p[2]) + "," + (p[1] - p[3]));
                    // One of its two colours stands out from what is beside it.
                    worst = Math.min(worst, Math.max(contrast(band, outside), contrast(edge, outside)));
                }
                key(Qt.Key_Tab);
            }
            console.info("focus ring: worst contrast with its surroundings", worst.toFixed(2) + ":1");
            verify(worst >= 3, "the focus ring stands out by only " + worst.toFixed(2) + ":1");
            kiosk.accessibility.highContrast = false;
        }
    }
}
