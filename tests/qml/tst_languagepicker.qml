import QtQuick
import QtTest
import Asean.Test
import Asean.Text
import Asean.Ui
import Asean.Controls

// The language picker: the current language named in itself; a touch lists the offered
// languages, each in its own name and script; a choice switches at once and closes the list.
Item {
    id: stage
    width: 1920
    height: 1080

    // The hall's two languages (every one is offered until a hall says otherwise).
    Languages {
        id: testLanguages
        offered: ["ko", "en"]
    }

    LanguagePicker {
        id: picker
        languages: testLanguages
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 24
    }

    TestCase {
        name: "LanguagePicker"
        when: windowShown

        function cleanup() {
            picker.close();
            testLanguages.current = "en";
        }

        function test_listsTheOfferedLanguagesInTheirOwnNames() {
            testLanguages.current = "en";
            const button = findChild(picker, "languageButton");
            verify(button.visible);
            mouseClick(button);
            verify(picker.opened);
            compare(testLanguages.offered.length, 2);
            const korean = findChild(stage.Window.contentItem, "language_ko");
            const english = findChild(stage.Window.contentItem, "language_en");
            verify(korean && english);
            // Right under the button, on screen.
            const at = korean.mapToItem(null, 0, 0);
            verify(at.x > stage.width / 2 && at.x + korean.width <= stage.width, at.x);
            compare(korean.children[0].text, "한국어");
            compare(korean.children[0].font.family, "Noto Sans CJK KR");
            compare(english.children[0].text, "English");
        }

        function test_choosingSwitchesAtOnceAndCloses() {
            mouseClick(findChild(picker, "languageButton"));
            const korean = findChild(stage.Window.contentItem, "language_ko");
            mouseClick(korean);
            compare(testLanguages.current, "ko");
            verify(!picker.opened);
            compare(testLanguages.nativeName(testLanguages.current), "한국어");
        }

        function test_aTouchElsewhereOnlyCloses() {
            mouseClick(findChild(picker, "languageButton"));
            verify(picker.opened);
            mouseClick(stage, 200, 600);
            verify(!picker.opened);
            compare(testLanguages.current, "en");
        }

        // As large as every other control, and it says what it is in the current language
        // as well as naming that language.
        function test_theButtonIsFullSizeAndSaysLanguage() {
            const button = findChild(picker, "languageButton");
            compare(button.height, Theme.touchTarget);
            compare(findChild(picker, "languageButtonWord").text, "Language");
            compare(findChild(picker, "languageButtonName").text, "English");
            testLanguages.current = "ko";
            compare(button.height, Theme.touchTarget);
            tryCompare(findChild(picker, "languageButtonWord"), "text", "언어");
            compare(findChild(picker, "languageButtonName").text, "한국어");
            compare(findChild(picker, "languageButtonName").font.family, "Noto Sans CJK KR");
        }

        // Within the room headings leave it in every language; where the name already says
        // "language" (Bahasa Indonesia), the word is not said twice.
        function test_theButtonFitsItsRoomInEveryLanguage() {
            const button = findChild(picker, "languageButton");
            const word = findChild(picker, "languageButtonWord");
            for (const language of ["ko", "en", "id", "ms", "th", "vi", "km", "lo", "my", "fil"]) {
                testLanguages.current = language;
                tryVerify(() => word.text !== "Language" || language === "en", 1000, language);
                verify(button.width <= Theme.languageButtonRoom, language + " " + button.width);
                compare(word.visible, ["id", "ms", "lo"].indexOf(language) < 0, language);
            }
        }

        function test_nativeNamesOfAllEleven() {
            const expected = {
                "ko": "한국어",
                "en": "English",
                "id": "Bahasa Indonesia",
                "ms": "Bahasa Melayu",
                "th": "ไทย",
                "vi": "Tiếng Việt",
                "km": "ខ្មែរ",
                "lo": "ພາສາລາວ",
                "my": "မြန်မာ",
                "fil": "Filipino",
                "tet": "Tetun"
            };
            for (const code in expected)
                compare(testLanguages.nativeName(code), expected[code]);
        }
    }
}
