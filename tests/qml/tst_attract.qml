import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Controls
import Asean.Ui

// The attract loop through Main: every offered language at once, one large target each in its
// own script; a touch on one wakes the kiosk in it, anywhere else in the hall's language, and
// a touch on the caption opens the photo or film it names.
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
        name: "Attract"
        when: windowShown

        function cleanup() {
            Theme.language = "en";
        }

        function attractIn(width: int, height: int): var {
            const kiosk = TestContent.newKiosk();
            verify(kiosk.releases.open(TestContent.rootPath));
            kiosk.languages.hallDefault = "ko";
            kiosk.languages.current = "ko";
            const main = createTemporaryObject(mainWindow, stage, {
                    "kiosk": kiosk,
                    "width": width,
                    "height": height
                });
            verify(main);
            kiosk.router.go(Router.Attract);
            // Until its fade-in has begun the loop is not there to be touched.
            tryCompare(findChild(main.contentItem, "attract"), "opacity", 1);
            waitForRendering(main.contentItem);
            return {
                "kiosk": kiosk,
                "main": main
            };
        }

        function target(main: var, language: string): var {
            const found = findChild(main.contentItem, "attractLanguage_" + language);
            verify(found, language);
            return found;
        }

        function test_everyLanguageWakesTheKioskInIt() {
            const run = attractIn(1920, 1080);
            const offered = run.kiosk.languages.offered;
            compare(offered.length, 11);
            for (const language of offered) {
                run.kiosk.router.go(Router.Attract);
                run.kiosk.languages.reset();
                const button = target(run.main, language);
                verify(button.visible && button.height >= Theme.touchTarget, language);
                mouseClick(button);
                compare(run.kiosk.languages.current, language);
                compare(run.kiosk.router.section, Router.Home);
                verify(run.kiosk.visit.active);
            }
        }

        function test_eachTargetIsNamedInItsOwnScript() {
            const run = attractIn(1920, 1080);
            const names = {
                "th": ["ไทย", "Noto Sans Thai"],
                "km": ["ខ្មែរ", "Noto Sans Khmer"],
                "my": ["မြန်မာ", "Noto Sans Myanmar"],
                "ko": ["한국어", "Noto Sans CJK KR"],
                "fil": ["Filipino", "Noto Sans"],
                "tet": ["Tetun", "Noto Sans"]
            };
            for (const language in names) {
                const name = target(run.main, language).children[0].children[0];
                compare(name.text, names[language][0]);
                compare(name.font.family, names[language][1]);
            }
            // "Touch to explore" in the target's own language, not the current one (Korean).
            compare(target(run.main, "en").children[0].children[1].text, "Touch to explore");
            compare(target(run.main, "ko").children[0].children[1].text, "화면을 눌러 둘러보세요");
        }

        function test_aTouchElsewhereWakesInTheHallsLanguage() {
            const run = attractIn(1920, 1080);
            run.kiosk.languages.current = "en";
            mouseClick(run.main.contentItem, 960, 420);
            compare(run.kiosk.languages.current, "ko");
            compare(run.kiosk.router.section, Router.Home);
        }

        function test_theCaptionNamesTheItemAndOpensIt() {
            const run = attractIn(1920, 1080);
            const caption = findChild(run.main.contentItem, "attractCaption");
            verify(caption);
            tryVerify(() => caption.visible && caption.flag !== "", 3000);
            verify(caption.title !== "" && caption.countryName !== "");
            verify(caption.height >= Theme.touchTarget);
            const attract = findChild(run.main.contentItem, "attract");
            const shown = attract.shownRole("itemId");
            verify(shown !== "");
            mouseClick(caption);
            compare(run.kiosk.router.section, Router.Item);
            compare(run.kiosk.router.id, shown);
            compare(run.kiosk.languages.current, "ko");
        }

        // Eleven or twelve targets read well in both orientations: whole rows centred, none off
        // screen, none over another or over the caption.
        function test_theTargetsFitBothOrientations_data() {
            return [{
                    "tag": "landscape, 10",
                    "width": 1920,
                    "height": 1080,
                    "count": 10,
                    "rows": 2
                }, {
                    "tag": "landscape, 12",
                    "width": 1920,
                    "height": 1080,
                    "count": 12,
                    "rows": 2
                }, {
                    "tag": "portrait, 11",
                    "width": 1080,
                    "height": 1920,
                    "count": 11,
                    "rows": 4
                }, {
                    "tag": "portrait, 12",
                    "width": 1080,
                    "height": 1920,
                    "count": 12,
                    "rows": 4
                }];
        }
        function test_theTargetsFitBothOrientations(data) {
            const run = attractIn(data.width, data.height);
            // Tetum and a twelfth are yet to come: made-up codes stand in for them.
            const offered = run.kiosk.languages.offered.slice();
            while (offered.length < data.count)
                offered.push(offered[offered.length - 10] + offered.length);
            run.kiosk.languages.offered = offered;
            waitForRendering(run.main.contentItem);
            const grid = findChild(run.main.contentItem, "attractLanguages");
            compare(grid.rows, data.rows);
            const caption = findChild(run.main.contentItem, "attractCaption");
            tryVerify(() => caption.visible, 3000);
            const captionBox = caption.mapToItem(null, 0, 0, caption.width, caption.height);
            const boxes = [];
            for (const language of offered) {
                const t = target(run.main, language);
                const box = t.mapToItem(null, 0, 0, t.width, t.height);
                verify(box.height >= Theme.touchTarget && box.width >= Theme.touchTarget * 2, language);
                verify(box.x >= 0 && box.y >= 0 && box.x + box.width <= data.width && box.y + box.height <= data.height, language);
                boxes.push(box);
            }
            boxes.push(captionBox);
            for (let i = 0; i < boxes.length; ++i) {
                for (let j = i + 1; j < boxes.length; ++j) {
                    const a = boxes[i], b = boxes[j];
                    const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
                    verify(apart, i + " overlaps " + j);
                }
            }
        }
    }
}
