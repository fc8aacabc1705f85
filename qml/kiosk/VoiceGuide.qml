import QtQuick
import QtQuick.Window
import Asean.Kiosk
import Asean.Hall
import Asean.Gallery
import Asean.Voice

// Voice guidance (issue 15). With voice on it says each screen as it appears (what it is and
// how to move on), then the control that has focus; each control as focus reaches it (its
// accessible name and description, whoever set them); a photo's texts and a state's facts;
// and the "Still there?" question. The hall file's keys turn voice on and off, repeat and stop.
// Texts from the catalogue are read in the language Speech speaks, which for a language
// without a voice is the visitor's stand-in (English or Korean).
Item {
    id: guide

    required property Speech speech
    required property Accessibility access
    required property Hall hall
    required property Router router
    required property LiveCatalogue catalogue
    // The idle countdown is asking whether the visitor is still there.
    required property bool stillThere

    readonly property bool on: speech.on
    readonly property string contentLanguage: speech.voiceLanguage !== "" ? speech.voiceLanguage : speech.language
    // What is waiting to be said: a screen that appeared and the focus that came with it are
    // said together, the control after the screen, not one cutting the other off.
    property var pendingScreen: []
    property bool pendingFocus: false

    // A text from the catalogue, in the language it was read in.
    function content(text: var): var {
        return {
            "text": text === undefined || text === null ? "" : String(text),
            "language": guide.contentLanguage
        };
    }

    function screenParts(): var {
        switch (router.section) {
        case Router.Attract:
            return [qsTr("Welcome to the ASEAN Hall."), qsTr("Press any key or touch the screen to begin.")];
        case Router.Home:
            return [qsTr("Home: the member states and the themes."), qsTr("Move with the arrow keys and press Enter to open one.")];
        case Router.Country:
            return countryParts(router.id);
        case Router.Theme:
            {
                const row = themes.indexOf(router.id);
                return [content(row >= 0 ? themes.get(row, "name") : ""), qsTr("A theme across the member states."), qsTr("Move with the arrow keys and press Enter to open a photo."), qsTr("Press Back to return.")];
            }
        case Router.Item:
            return itemParts(router.id);
        }
        return [];
    }

    // A state's page: its name and facts.
    function countryParts(code: string): var {
        const row = states.indexOf(code);
        if (row < 0)
            return [];
        const joined = states.get(row, "joined");
        return [content(states.get(row, "name")), qsTr("A member state's page: its facts and photos."), qsTr("Capital"), content(states.get(row, "capital")), qsTr("Official languages"), content(states.get(row, "languages")), qsTr("Member of ASEAN since"), content(joined instanceof Date && !isNaN(joined) ? joined.getFullYear() : ""), content(states.get(row, "description")), qsTr("Press Back to return.")];
    }

    // A photo or a film in the viewer: title, description, place and date.
    function itemParts(itemId: string): var {
        items.country = guide.catalogue.countryOfItem(itemId);
        const row = items.rowOf(itemId);
        if (row < 0)
            return [];
        const kind = items.get(row, "kind") === MediaKind.Video ? qsTr("A film.") : qsTr("A photo.");
        return [kind, content(items.get(row, "title")), content(items.get(row, "description")), content(items.get(row, "place")), content(items.get(row, "date")), qsTr("Left and right go to the next and previous; Back returns.")];
    }

    // The control with focus: its name, and what it does when it says so.
    function focusParts(): var {
        const item = guide.Window.activeFocusItem;
        if (!item)
            return [];
        return [item.Accessible.name, item.Accessible.description];
    }

    function sayPending() {
        const parts = guide.pendingScreen.concat(guide.pendingFocus ? guide.focusParts() : []);
        guide.pendingScreen = [];
        guide.pendingFocus = false;
        guide.speech.say(parts);
    }

    onOnChanged: {
        if (!on)
            return;
        pendingScreen = [qsTr("Voice guidance on."), ...screenParts()];
        pendingFocus = true;
        batch.restart();
    }
    // On for every visit (the hall file): the first screen is said too.
    Component.onCompleted: {
        if (!on)
            return;
        pendingScreen = screenParts();
        batch.restart();
    }
    onStillThereChanged: {
        if (stillThere)
            speech.say([qsTr("Still there?"), qsTr("Touch the screen to keep exploring.")]);
    }

    // Screen and focus changes that arrive together are said as one.
    Timer {
        id: batch
        interval: 50
        onTriggered: guide.sayPending()
    }

    Connections {
        target: guide.router
        enabled: guide.on
        function onScreenChanged() {
            guide.pendingScreen = guide.screenParts();
            guide.pendingFocus = true;
            batch.restart();
        }
    }
    // The focus of the window this guide is in, whichever control has it.
    Connections {
        target: guide.Window
        enabled: guide.on
        function onActiveFocusItemChanged() {
            guide.pendingFocus = true;
            batch.restart();
        }
    }

    Shortcut {
        sequence: guide.hall.voiceKey
        context: Qt.ApplicationShortcut
        onActivated: guide.access.voice = !guide.access.voice
    }
    Shortcut {
        sequence: guide.hall.repeatKey
        context: Qt.ApplicationShortcut
        onActivated: guide.speech.repeat()
    }
    Shortcut {
        sequence: guide.hall.stopKey
        context: Qt.ApplicationShortcut
        onActivated: guide.speech.stop()
    }

    CountryModel {
        id: states
        catalogue: guide.catalogue
        language: guide.contentLanguage
    }
    ThemeModel {
        id: themes
        catalogue: guide.catalogue
        language: guide.contentLanguage
    }
    ItemModel {
        id: items
        catalogue: guide.catalogue
        language: guide.contentLanguage
    }
}
