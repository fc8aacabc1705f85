import QtQuick
import QtTest
import Asean.Test
import Asean.Kiosk
import Asean.Controls
import Asean.Ui

// Voice guidance through Main (VoiceGuide, issue 15), heard by a recording voice: what is said
// on each screen and on focus moves, in which language and order; the keys; "Still there?";
// and a language without a voice.
Item {
    id: stage
    width: 1920
    height: 1080

    Component {
        id: mainWindow
        Main {
        }
    }
    Component {
        id: voiceGuide
        VoiceGuide {
        }
    }
    Rectangle {
        id: first
        width: 100
        height: 100
        Accessible.name: "First control"
        Accessible.description: "Opens the first thing."
    }
    Rectangle {
        id: second
        x: 200
        width: 100
        height: 100
        Accessible.name: "Second control"
    }

    TestCase {
        name: "VoiceGuide"
        when: windowShown

        property var kiosk
        property var main

        function init() {
            kiosk = TestContent.newSpokenKiosk();
            verify(kiosk.releases.open(TestContent.rootPath));
            kiosk.languages.current = "en";
            main = createTemporaryObject(mainWindow, stage, {
                    "kiosk": kiosk,
                    "width": 1920,
                    "height": 1080
                });
            verify(main);
            waitForRendering(main.contentItem);
            kiosk.router.go(Router.Home);
        }
        function cleanup() {
            Theme.language = "en";
        }

        function said(): var {
            return TestContent.said(kiosk);
        }
        function last(): var {
            const all = said();
            return all.length > 0 ? all[all.length - 1] : {
                "text": "",
                "language": ""
            };
        }

        function test_screensAreSaidAsTheyAppear() {
            wait(200);
            compare(said().length, 0, "voice is off");
            kiosk.accessibility.voice = true;
            tryVerify(() => last().text.startsWith("Voice guidance on. Home: the member states and the themes."), 2000, last().text);
            kiosk.router.go(Router.Country, "TH");
            tryVerify(() => last().text.startsWith("Thailand A member state's page"), 2000, last().text);
            verify(last().text.includes("Capital Bangkok"), last().text);
            verify(last().text.includes("Member of ASEAN since 1967"), last().text);
            kiosk.router.go(Router.Item, "th-tom-yum");
            tryVerify(() => last().text.startsWith("A photo. Tom yum goong A hot and sour prawn soup"), 2000, last().text);
            verify(last().text.includes("2024-02"), last().text);
            const all = said();
            for (let i = 0; i < all.length; ++i)
                compare(all[i].language, "en");
            // Each screen cut off the one before it.
            verify(all[all.length - 2].cutOff);
        }

        // A control is said as focus reaches it, whatever it is: its accessible name and
        // description; after a screen's own words when both come at once, never cutting them
        // off. In the test's own window, which has the keyboard focus.
        function test_focusIsSaid() {
            const own = TestContent.newSpokenKiosk();
            verify(own.releases.open(TestContent.rootPath));
            own.languages.current = "en";
            own.router.go(Router.Home);
            const guide = createTemporaryObject(voiceGuide, stage, {
                    "speech": own.speech,
                    "access": own.accessibility,
                    "hall": own.hall,
                    "router": own.router,
                    "catalogue": own.releases.catalogue,
                    "stillThere": false
                });
            verify(guide);
            own.accessibility.voice = true;
            tryVerify(() => TestContent.said(own).length === 1, 2000);
            const saidNow = () => TestContent.said(own);
            first.forceActiveFocus();
            tryVerify(() => saidNow().length === 2, 2000);
            compare(saidNow()[1].text, "First control Opens the first thing.");
            second.forceActiveFocus();
            tryVerify(() => saidNow().length === 3, 2000);
            compare(saidNow()[2].text, "Second control");
            verify(TestContent.said(own)[1].cutOff);
            own.router.go(Router.Country, "TH");
            first.forceActiveFocus();
            tryVerify(() => TestContent.said(own).length === 4, 2000);
            const both = TestContent.said(own)[3].text;
            verify(both.startsWith("Thailand A member state's page"), both);
            verify(both.endsWith("Press Back to return. First control Opens the first thing."), both);
        }

        function test_keysTurnOnRepeatAndStop() {
            keyClick(Qt.Key_F9);
            verify(kiosk.accessibility.voice);
            tryVerify(() => said().length === 1, 2000);
            keyClick(Qt.Key_F11);
            verify(last().cutOff);
            keyClick(Qt.Key_F10);
            compare(said().length, 2);
            compare(said()[1].text, said()[0].text);
            keyClick(Qt.Key_F9);
            verify(!kiosk.accessibility.voice);
            kiosk.router.go(Router.Country, "TH");
            wait(200);
            compare(said().length, 2);
        }

        function test_stillThereIsAsked() {
            kiosk.accessibility.voice = true;
            kiosk.hall.idleSeconds = 2;
            tryVerify(() => last().text === "Still there? Touch the screen to keep exploring.", 4000, last().text);
        }

        // The access panel: voice on, its volume and speed; in a language without a voice the
        // panel says so and offers English or Korean words.
        function test_thePanelsVoiceChoices() {
            const find = name => {
                const found = findChild(main.contentItem, name);
                verify(found, name);
                return found;
            };
            kiosk.languages.current = "th";
            mouseClick(find("accessButton"));
            verify(find("accessPanel").visible);
            // The voice choices come last on the panel: scroll down to them.
            let flick = find("voice");
            while (flick && flick.contentY === undefined)
                flick = flick.parent;
            const scrolled = () => {
                waitForRendering(main.contentItem);
                flick.contentY = Math.max(0, flick.contentHeight - flick.height);
                waitForRendering(main.contentItem);
            };
            tryVerify(() => flick.height > 0 && flick.contentHeight > 0);
            scrolled();
            verify(!find("voiceMissing").visible);
            verify(!find("voiceVolume40").visible);
            mouseClick(find("voice"));
            verify(kiosk.accessibility.voice);
            tryVerify(() => find("voiceVolume40").visible);
            scrolled();
            mouseClick(find("voiceVolume40"));
            mouseClick(find("voiceRate40"));
            compare(kiosk.accessibility.voiceVolume, 40);
            compare(kiosk.accessibility.voiceRate, 40);
            kiosk.languages.current = "km";
            tryVerify(() => find("voiceMissing").visible);
            scrolled();
            mouseClick(find("standIn_ko"));
            compare(kiosk.accessibility.voiceStandIn, "ko");
            compare(kiosk.speech.voiceLanguage, "ko");
        }

        // Khmer has no voice: nothing until the visitor chooses English, then English words
        // only, the screen still in Khmer.
        function test_aLanguageWithoutAVoice() {
            kiosk.languages.current = "km";
            kiosk.accessibility.voice = true;
            kiosk.router.go(Router.Country, "TH");
            wait(200);
            compare(said().length, 0);
            kiosk.accessibility.voiceStandIn = "en";
            kiosk.router.go(Router.Item, "th-tom-yum");
            tryVerify(() => last().text.startsWith("A photo. Tom yum goong"), 2000, last().text);
            compare(kiosk.languages.current, "km");
            const all = said();
            for (let i = 0; i < all.length; ++i) {
                compare(all[i].language, "en");
                verify(!/[\u1780-\u17FF]/.test(all[i].text), all[i].text);
            }
            // The idle reset returns to the hall's choices: voice off, no stand-in.
            kiosk.accessibility.reset();
            verify(!kiosk.accessibility.voice);
            compare(kiosk.accessibility.voiceStandIn, "");
        }
    }
}
