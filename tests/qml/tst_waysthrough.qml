import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Controls
import Asean.Gallery
import Asean.Ui

// Clear ways through the whole kiosk: every screen's back button names where it leads, a theme
// page switches theme with the home screen's strip, a filtered state grid ends with a way on to
// its theme in every state, and films show their length before they are opened.
Item {
    id: stage
    width: 1920
    height: 1080

    Component {
        id: mainWindow
        Main {
        }
    }

    Releases {
        id: testReleases
        Component.onCompleted: open(TestContent.rootPath)
    }

    // The states that have festivals, as the catalogue says.
    ItemModel {
        id: festivals
        catalogue: testReleases.catalogue
        language: "en"
        theme: "festivals"
    }

    TestCase {
        name: "WaysThrough"
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
            // Touches reach the window only once it is on screen.
            waitForRendering(main.contentItem);
        }

        // The interface's translator is the application's: the next test starts in English.
        function cleanup() {
            kiosk.languages.current = "en";
        }

        function screen(name: string): Item {
            const found = findChild(main.contentItem, name);
            verify(found, name);
            return found;
        }

        // The back button of a screen once it has faded in.
        function backButton(name: string): Item {
            tryCompare(screen(name), "opacity", 1);
            return findChild(screen(name), "backButton");
        }

        // A screen takes a touch only a moment after it appears (ScreenLayer.accept).
        function touch(item: Item) {
            wait(Theme.choiceGuardMs + 50);
            verify(item.visible);
            mouseClick(item);
        }

        function delegateOf(view: Item, role: string, value: string): Item {
            // A ListView's delegates are in its contentItem; a Flow's (the theme strip) are its own.
            const children = (view.contentItem ?? view).children;
            for (let i = 0; i < children.length; ++i) {
                if (children[i][role] === value)
                    return children[i];
            }
            return null;
        }

        function test_theBackLabelNamesWhereItLeads() {
            const router = kiosk.router;
            router.go(Router.Home);
            router.go(Router.Country, "TH");
            tryCompare(backButton("countryPage"), "label", "All states");
            router.go(Router.Item, "th-loy-krathong-river");
            tryCompare(backButton("viewer"), "label", "Thailand");
            const viewer = screen("viewer");
            tryCompare(viewer, "currentId", "th-loy-krathong-river");
            // The player's way back is to the film's page, named by its title.
            touch(findChild(viewer.currentPage, "playVideo"));
            const player = screen("videoScreen");
            verify(player.active);
            compare(findChild(player, "backButton").label, viewer.currentPage.title);
            verify(findChild(player, "homeButton").visible);
            mouseClick(findChild(player, "backButton"));
            verify(!player.active);
            touch(findChild(viewer, "backButton"));
            compare(router.route, "country/TH");
            // A theme page opened from a state's page leads back to that state, in any language.
            router.go(Router.Theme, "food");
            tryCompare(backButton("themePage"), "label", "Thailand");
            router.go(Router.Item, "th-tom-yum");
            tryCompare(backButton("viewer"), "label", "Food");
            kiosk.languages.current = "ko";
            tryCompare(backButton("viewer"), "label", "음식");
            touch(findChild(screen("viewer"), "homeButton"));
            compare(router.route, "home");
        }

        function test_theThemePageSwitchesTheme() {
            const router = kiosk.router;
            router.go(Router.Home);
            router.go(Router.Theme, "food");
            const strip = findChild(screen("themePage"), "themeStrip");
            const list = findChild(strip, "themeList");
            tryVerify(() => delegateOf(list, "themeId", "festivals") !== null);
            touch(delegateOf(list, "themeId", "festivals"));
            compare(router.route, "theme/festivals");
            // Sideways: back still leads home.
            compare(backButton("themePage").label, "All states");
        }

        function test_aFilteredGridEndsWithAWayOn() {
            const states = new Set();
            for (let row = 0; row < festivals.count; ++row)
                states.add(festivals.get(row, "country"));
            verify(states.size > 1 && states.has("KH"));
            const router = kiosk.router;
            router.go(Router.Home);
            router.go(Router.Country, "KH");
            const page = screen("countryPage");
            const wayOn = findChild(page, "wayOn");
            verify(wayOn && !wayOn.visible, "no way on without a filter");
            page.filter = "festivals";
            tryVerify(() => wayOn.visible);
            compare(wayOn.label, "Festivals in " + states.size + " states →");
            page.filter = "food";
            tryCompare(wayOn, "label", "Food in all 11 states →");
            page.filter = "festivals";
            tryCompare(wayOn, "label", "Festivals in " + states.size + " states →");
            kiosk.languages.current = "ko";
            tryCompare(wayOn, "label", states.size + "개 나라의 축제 →");
            kiosk.languages.current = "en";
            touch(wayOn);
            compare(router.route, "theme/festivals");
            tryCompare(backButton("themePage"), "label", "Cambodia");
            mouseClick(backButton("themePage"));
            compare(router.route, "country/KH");
        }

        function test_filmsShowTheirLength() {
            const router = kiosk.router;
            router.go(Router.Home);
            router.go(Router.Country, "TH");
            tryCompare(screen("countryPage"), "opacity", 1);
            const grid = findChild(screen("countryPage"), "countryItems");
            tryVerify(() => delegateOf(grid, "itemId", "th-loy-krathong-river") !== null);
            const film = delegateOf(grid, "itemId", "th-loy-krathong-river");
            verify(film.duration > 1000, "the catalogue knows the film's length");
            verify(findChild(film, "videoChip").visible);
            compare(findChild(film, "videoLength").text, Theme.clock(film.duration));
            verify(!findChild(delegateOf(grid, "itemId", "th-tom-yum"), "videoChip").visible);
            router.go(Router.Item, "th-loy-krathong-river");
            const viewer = screen("viewer");
            tryCompare(viewer, "currentId", "th-loy-krathong-river");
            compare(findChild(viewer.currentPage, "playLength").text, Theme.clock(film.duration));
        }
    }
}
