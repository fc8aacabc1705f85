import QtQuick
import QtTest
import Asean.Kiosk
import Asean.Ui

// The home screen: every state from the catalogue as a card, and a touch on one opens it.
Item {
    id: stage
    width: 1920
    height: 1080

    TestCase {
        id: test
        name: "HomeScreen"
        when: windowShown

        CountryModel {
            id: countries
            catalogue: Kiosk.catalogue
            language: Kiosk.language
        }

        Component {
            id: homeComponent
            HomeScreen {
                width: 1920
                height: 1080
                model: countries
            }
        }

        SignalSpy {
            id: chosen
            signalName: "countryChosen"
        }

        function init() {
            Kiosk.language = "en";
            chosen.clear();
        }

        function cardsOf(home) {
            const grid = findChild(home, "countryGrid");
            verify(grid);
            // Fonts settle the header's height, then the grid lays its cells out again.
            waitForRendering(home);
            verify(waitForItemPolished(grid));
            const cards = [];
            for (let i = 0; i < grid.contentItem.children.length; ++i) {
                const c = grid.contentItem.children[i];
                if (c.code !== undefined)
                    cards.push(c);
            }
            return cards;
        }

        function test_showsEveryStateOnOneScreen() {
            const home = createTemporaryObject(homeComponent, stage);
            verify(home);
            compare(countries.count, 10);
            const grid = findChild(home, "countryGrid");
            tryCompare(grid, "count", 10);
            const cards = cardsOf(home);
            compare(cards.length, 10);
            for (const card of cards) {
                // Whole cards, inside the screen: nothing to scroll to.
                const p = card.mapToItem(home, 0, 0);
                verify(p.x >= 0 && p.x + card.width <= home.width + 1, card.code);
                verify(p.y >= 0 && p.y + card.height <= home.height + 1, card.code);
                verify(card.width >= Theme.touchTarget && card.height >= Theme.touchTarget);
            }
            verify(!grid.interactive);
        }

        function test_touchOpensAState() {
            const home = createTemporaryObject(homeComponent, stage);
            chosen.target = home;
            tryCompare(findChild(home, "countryGrid"), "count", 10);
            const th = cardsOf(home).find(c => c.code === "TH");
            verify(th);
            const touch = touchEvent(home);
            const p = th.mapToItem(home, th.width / 2, th.height / 2);
            touch.press(0, home, p.x, p.y).commit();
            touch.release(0, home, p.x, p.y).commit();
            compare(chosen.count, 1);
            compare(chosen.signalArguments[0][0], "TH");
            mouseClick(th);
            compare(chosen.count, 2);
        }

        function test_namesFollowTheLanguage() {
            const home = createTemporaryObject(homeComponent, stage);
            tryCompare(findChild(home, "countryGrid"), "count", 10);
            Kiosk.language = "ko";
            const th = cardsOf(home).find(c => c.code === "TH");
            compare(th.name, "태국");
            compare(th.nativeName, "ประเทศไทย");
        }

        function test_flagsAndPhotosLoad() {
            const home = createTemporaryObject(homeComponent, stage);
            tryCompare(findChild(home, "countryGrid"), "count", 10);
            for (const card of cardsOf(home)) {
                verify(card.flag.startsWith("image://media/"), card.code);
                verify(card.photo.startsWith("image://media/"), card.code);
            }
        }
    }
}
