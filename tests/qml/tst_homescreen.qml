import QtQuick
import QtTest
import Asean.Test
import Asean.Text
import Asean.Ui
import Asean.Controls
import Asean.Gallery

// The home screen: every state from the catalogue as a card, the themes below, and touches
// that open exactly one of them, even when they come fast or two at a time.
Item {
    id: stage
    width: 1920
    height: 1080

    Releases {
        id: testReleases
        Component.onCompleted: open(TestContent.rootPath)
    }

    Languages {
        id: testLanguages
    }

    CountryModel {
        id: countryModel
        catalogue: testReleases.catalogue
        language: testLanguages.current
    }

    ThemeModel {
        id: themeModel
        catalogue: testReleases.catalogue
        language: testLanguages.current
    }

    Component {
        id: homeComponent
        HomeScreen {
            width: stage.width
            height: stage.height
            shown: true
            countries: countryModel
            themes: themeModel
        }
    }

    // A home screen over a catalogue of `states` member states only.
    Component {
        id: statesComponent
        HomeScreen {
            id: statesHome
            property int states
            width: stage.width
            height: stage.height
            shown: true
            countries: CountryModel {
                catalogue: statesReleases.catalogue
                language: "en"
            }
            themes: ThemeModel {
                catalogue: statesReleases.catalogue
            }
            Releases {
                id: statesReleases
                Component.onCompleted: open(TestContent.statesRoot(statesHome.states))
            }
        }
    }

    SignalSpy {
        id: chosen
        signalName: "countryChosen"
    }

    SignalSpy {
        id: themeChosen
        signalName: "themeChosen"
    }

    TestCase {
        id: test
        name: "HomeScreen"
        when: windowShown

        function init() {
            testLanguages.current = "en";
            Theme.language = "en";
            stage.width = 1920;
            stage.height = 1080;
            chosen.clear();
            themeChosen.clear();
        }

        function makeHome() {
            const home = createTemporaryObject(homeComponent, stage);
            verify(home);
            chosen.target = home;
            themeChosen.target = home;
            tryCompare(findChild(home, "countryGrid"), "count", 11);
            // Fonts settle the header's height, then the grid lays its cells out again.
            waitForRendering(home);
            verify(waitForItemPolished(findChild(home, "countryGrid")));
            // A screen ignores touches in its first moment (a bounce from the last screen).
            wait(Theme.choiceGuardMs + 50);
            return home;
        }

        function cardsOf(home) {
            const grid = findChild(home, "countryGrid");
            const cards = [];
            for (let i = 0; i < grid.contentItem.children.length; ++i) {
                const c = grid.contentItem.children[i];
                if (c.code !== undefined)
                    cards.push(c);
            }
            return cards;
        }

        function chipsOf(home) {
            const list = findChild(home, "themeList");
            const chips = [];
            for (let i = 0; i < list.children.length; ++i) {
                const c = list.children[i];
                if (c.themeId !== undefined && c.visible)
                    chips.push(c);
            }
            return chips;
        }

        function card(home, code) {
            const c = cardsOf(home).find(c => c.code === code);
            verify(c, code);
            return c;
        }

        function centreOf(item, home) {
            return item.mapToItem(home, item.width / 2, item.height / 2);
        }

        function test_showsEveryStateOnOneScreen_data() {
            return [{
                    "tag": "landscape",
                    "w": 1920,
                    "h": 1080
                }, {
                    "tag": "portrait",
                    "w": 1080,
                    "h": 1920
                }];
        }

        function test_showsEveryStateOnOneScreen(data) {
            stage.width = data.w;
            stage.height = data.h;
            const home = makeHome();
            const cards = cardsOf(home);
            compare(cards.length, 11);
            for (const c of cards) {
                // Whole cards, inside the screen: nothing to scroll to.
                const p = c.mapToItem(home, 0, 0);
                verify(p.x >= 0 && p.x + c.width <= home.width + 1, c.code);
                verify(p.y >= 0 && p.y + c.height <= home.height + 1, c.code);
                verify(c.width >= Theme.touchTarget && c.height >= Theme.touchTarget);
            }
            verify(!findChild(home, "countryGrid").interactive);
        }

        // Eleven states with Timor-Leste, ten before it: in either orientation every row of cards
        // spans the grid, and no card stands alone in its row.
        function test_statesFillTheirRows_data() {
            const data = [];
            for (const states of [10, 11])
                for (const size of [[1920, 1080], [1080, 1920]])
                    data.push({
                            "tag": states + " states " + size.join("x"),
                            "states": states,
                            "w": size[0],
                            "h": size[1]
                        });
            return data;
        }

        function test_statesFillTheirRows(data) {
            stage.width = data.w;
            stage.height = data.h;
            const home = createTemporaryObject(statesComponent, stage, {
                    "states": data.states
                });
            const grid = findChild(home, "countryGrid");
            tryCompare(grid, "count", data.states);
            waitForRendering(home);
            const rows = {};
            for (const c of cardsOf(home)) {
                const p = c.mapToItem(home, 0, 0);
                verify(p.x >= 0 && p.x + c.width <= home.width + 1, c.code);
                verify(p.y >= 0 && p.y + c.height <= home.height + 1, c.code);
                (rows[Math.round(p.y)] = rows[Math.round(p.y)] || []).push(c);
            }
            for (const y in rows) {
                const row = rows[y];
                verify(row.length > 1, "a card alone in the row at " + y);
                const left = Math.min(...row.map(c => c.mapToItem(grid, 0, 0).x));
                const right = Math.max(...row.map(c => c.mapToItem(grid, c.width, 0).x));
                fuzzyCompare(left, 0, 1, "row at " + y);
                fuzzyCompare(right, grid.width, 1, "row at " + y);
            }
            verify(!grid.interactive);
        }

        function test_touchOpensAState() {
            const home = makeHome();
            const p = centreOf(card(home, "TH"), home);
            const touch = touchEvent(home);
            touch.press(0, home, p.x, p.y).commit();
            touch.release(0, home, p.x, p.y).commit();
            compare(chosen.count, 1);
            compare(chosen.signalArguments[0][0], "TH");
        }

        function test_themesAreASecondWayIn() {
            const home = makeHome();
            const list = findChild(home, "themeList");
            verify(list);
            compare(list.count, 8);
            const first = chipsOf(home)[0];
            verify(first);
            verify(first.height >= Theme.touchTarget);
            mouseClick(first);
            compare(themeChosen.count, 1);
            compare(themeChosen.signalArguments[0][0], "food");
        }

        // Qt 6.4 can leave a point pressed after fast taps; nothing may stay pressed here.
        function test_fastTapsLeaveNothingPressed() {
            const home = makeHome();
            const target = card(home, "VN");
            const p = centreOf(target, home);
            const touch = touchEvent(home);
            for (let i = 0; i < 40; ++i) {
                touch.press(0, home, p.x + (i % 3), p.y).commit();
                touch.release(0, home, p.x + (i % 3), p.y).commit();
            }
            verify(!target.pressed);
            for (const c of cardsOf(home))
                verify(!c.pressed, c.code);
            // A burst of taps is one choice, not forty.
            compare(chosen.count, 1);
            wait(Theme.choiceGuardMs + 50);
            mouseClick(target);
            compare(chosen.count, 2);
        }

        function test_twoPeopleAtOnceMakeOneChoice() {
            const home = makeHome();
            const a = centreOf(card(home, "KH"), home);
            const b = centreOf(card(home, "SG"), home);
            const touch = touchEvent(home);
            touch.press(0, home, a.x, a.y).press(1, home, b.x, b.y).commit();
            touch.release(0, home, a.x, a.y).release(1, home, b.x, b.y).commit();
            compare(chosen.count, 1);
            for (const c of cardsOf(home))
                verify(!c.pressed, c.code);
        }

        // However long the themes' names, every chip is on the screen: they wrap into rows.
        function test_themeChipsWrapOntoTheScreen_data() {
            return [{
                    "tag": "landscape my",
                    "w": 1920,
                    "h": 1080,
                    "language": "my"
                }, {
                    "tag": "portrait en",
                    "w": 1080,
                    "h": 1920,
                    "language": "en"
                }, {
                    "tag": "portrait my",
                    "w": 1080,
                    "h": 1920,
                    "language": "my"
                }];
        }

        function test_themeChipsWrapOntoTheScreen(data) {
            stage.width = data.w;
            stage.height = data.h;
            testLanguages.current = data.language;
            Theme.language = data.language;
            const home = makeHome();
            const chips = chipsOf(home);
            compare(chips.length, 8);
            for (const chip of chips) {
                waitForItemPolished(chip);
                const p = chip.mapToItem(home, 0, 0);
                verify(p.x >= Theme.margin - 1 && p.x + chip.width <= home.width - Theme.margin + 1, chip.name);
                verify(p.y + chip.height <= home.height, chip.name);
            }
        }

        function test_namesFollowTheLanguage() {
            const home = makeHome();
            testLanguages.current = "ko";
            const th = card(home, "TH");
            compare(th.name, "태국");
            compare(th.nativeName, "ประเทศไทย");
        }

        // Names start on one line across a row, whether a name takes one line or two
        // (Brunei Darussalam wraps in Filipino, beside Cambodia's one line).
        function test_namesStartOnOneLineInARow() {
            testLanguages.current = "fil";
            const home = makeHome();
            const rows = new Map();
            let wrapped = 0;
            for (const c of cardsOf(home)) {
                const name = findChild(c, "cardName");
                verify(waitForItemPolished(name));
                wrapped += name.lineCount > 1 ? 1 : 0;
                const top = c.mapToItem(home, 0, 0).y;
                const y = name.mapToItem(home, 0, 0).y;
                if (!rows.has(top))
                    rows.set(top, y);
                fuzzyCompare(y, rows.get(top), 0.5, c.code);
            }
            verify(wrapped > 0, "a name that takes two lines");
            testLanguages.current = "ko";
        }

        function test_flagsAndPhotosLoad() {
            const home = makeHome();
            for (const c of cardsOf(home)) {
                verify(c.flag.startsWith("image://media/"), c.code);
                verify(c.photo.startsWith("image://media/"), c.code);
            }
        }
    }
}
