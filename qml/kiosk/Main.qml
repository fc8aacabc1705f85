import QtQuick
import QtQuick.Window
import Asean.Kiosk
import Asean.Controls
import Asean.Gallery

// The kiosk window. Screens are a flat set chosen by the router; each is made once and
// re-pointed, so nothing accumulates over a day of visitors (no StackView or Loader churn, see
// docs/qt64.md). Only this file reads the kiosk's root object; screens are given what they need.
Window {
    id: root

    required property KioskRoot kiosk
    readonly property Router router: kiosk.router
    readonly property Hall hall: kiosk.hall
    readonly property Releases releases: kiosk.releases
    readonly property LiveCatalogue catalogue: kiosk.releases.catalogue
    readonly property string language: kiosk.languages.current
    // For logs and the soak benchmark: the screen as --open names it.
    readonly property string route: router.route
    // The keypad, for tests.
    readonly property Keypad keys: keypad
    // Where back leads, named for every screen's top bar (empty: home, see TopBar).
    readonly property string backTo: placeName(router.returnSection, router.returnId, namesRead)
    // Counts the names read again in a new language: `backTo` follows them.
    property int namesRead: 0

    // `revision` is not used here: passed in, it makes the binding above follow it.
    function placeName(section: int, id: string, revision: int): string {
        if (section === Router.Country) {
            const row = countries.indexOf(id);
            return row >= 0 ? countries.get(row, "name") : "";
        }
        if (section === Router.Theme) {
            const row = themes.indexOf(id);
            return row >= 0 ? themes.get(row, "name") : "";
        }
        // Back from another state's item, reached sideways, to the one the visitor left.
        if (section === Router.Item)
            return root.catalogue.titleOfItem(id, root.language);
        return "";
    }

    // The controls read the visit's choices from Theme, not from the kiosk.
    Binding {
        target: Theme
        property: "reducedMotion"
        value: root.kiosk.accessibility.reducedMotion
    }
    Binding {
        target: Theme
        property: "textScale"
        value: root.kiosk.accessibility.textScale
    }
    Binding {
        target: Theme
        property: "highContrast"
        value: root.kiosk.accessibility.highContrast
    }
    Binding {
        target: Theme
        property: "language"
        value: root.language
    }
    Binding {
        target: Theme
        property: "locale"
        value: root.kiosk.languages.locale
    }
    // Everything within reach: operable parts from this row down (see Theme.reachTop), the top
    // bar low, beside the access button where the screen is wide.
    Binding {
        target: Theme
        property: "lowReach"
        value: root.kiosk.accessibility.lowReach
    }
    Binding {
        target: Theme
        property: "reachTop"
        value: root.kiosk.accessibility.lowReach ? root.kiosk.accessibility.reachTop(root.height, root.height > root.width) : 0
    }
    Binding {
        target: Theme
        property: "lowBarInline"
        value: root.width > root.height
    }
    Binding {
        target: Theme
        property: "lowBarX"
        value: Theme.lowBarInline ? accessButton.x + accessButton.width + Theme.spacing / 2 : Theme.margin
    }
    Binding {
        target: Theme
        property: "lowBarY"
        value: root.height - Theme.accessBand - (Theme.lowBarInline ? 0 : Theme.barHeight)
    }

    // The keypad (Keypad): its first key in a visit opens the access panel's hint; Back and
    // Home do what the screens' buttons do, closing an overlay first.
    Keypad {
        id: keypad
        window: root
        route: root.router.route
        blocked: idleReset.answering
        onFirstKey: {
            if (staffPanel.stage === "closed" && root.catalogue.ready && !root.hall.asleep)
                accessPanel.openWithKeypadHint();
        }
        onBack: root.keypadBack()
        onHome: root.keypadHome()
    }
    function keypadBack() {
        if (staffPanel.stage !== "closed")
            staffPanel.close("by staff");
        else if (languagePicker.opened)
            languagePicker.close();
        else if (accessPanel.opened)
            accessPanel.close();
        else if (video.active && video.chrome)
            video.stop();
        else if (router.section === Router.Country || router.section === Router.Theme || router.section === Router.Item)
            router.back();
    }
    function keypadHome() {
        if (staffPanel.stage !== "closed")
            return;
        languagePicker.close();
        accessPanel.close();
        if (video.active && video.chrome)
            video.stop();
        if (router.section === Router.Attract)
            kiosk.visit.begin();
        router.go(Router.Home);
    }

    // The next visitor starts afresh: the hall's language and access choices, no filter, no
    // video, the attract loop.
    function resetForNextVisitor() {
        languagePicker.close();
        accessPanel.close();
        kiosk.accessibility.reset();
        keypad.reset();
        staffPanel.close("the visit ended");
        video.stop();
        countryPage.filter = "";
        kiosk.languages.reset();
        kiosk.visit.end();
        router.go(Router.Attract);
        // Between visitors is the one moment new content may appear.
        releases.applyPending();
    }

    visible: true
    title: qsTr("ASEAN Halls")
    color: Theme.background
    // In kiosk mode no key, gesture or window-manager request closes the window.
    onClosing: close => {
        if (root.hall.kioskMode)
            close.accepted = false;
    }

    CountryModel {
        id: countries
        catalogue: root.catalogue
        language: root.language
        onDataChanged: ++root.namesRead
        onModelReset: ++root.namesRead
    }

    ThemeModel {
        id: themes
        catalogue: root.catalogue
        language: root.language
        onDataChanged: ++root.namesRead
        onModelReset: ++root.namesRead
    }

    Item {
        anchors.fill: parent
        visible: root.catalogue.ready && !root.hall.asleep

        HomeScreen {
            anchors.fill: parent
            countries: countries
            themes: themes
            shown: root.router.section === Router.Home
            onCountryChosen: code => root.router.go(Router.Country, code)
            onThemeChosen: id => root.router.go(Router.Theme, id)
        }

        CountryPage {
            id: countryPage
            objectName: "countryPage"
            anchors.fill: parent
            catalogue: root.catalogue
            language: root.language
            code: root.router.countryCode
            shown: root.router.section === Router.Country
            backTo: root.backTo
            onBack: root.router.back()
            onHome: root.router.go(Router.Home)
            onItemChosen: id => root.router.go(Router.Item, id)
            onThemeChosen: id => root.router.go(Router.Theme, id)
        }

        ThemePage {
            objectName: "themePage"
            anchors.fill: parent
            catalogue: root.catalogue
            language: root.language
            themeId: root.router.themeId
            shown: root.router.section === Router.Theme
            backTo: root.backTo
            onBack: root.router.back()
            onHome: root.router.go(Router.Home)
            onItemChosen: id => root.router.go(Router.Item, id)
            // Sideways: back still leads where it did (see Router::go).
            onThemeChosen: id => root.router.go(Router.Theme, id)
        }

        Viewer {
            id: viewer
            objectName: "viewer"
            anchors.fill: parent
            catalogue: root.catalogue
            languages: root.kiosk.languages
            videoAllowed: root.releases.videoAllowed
            shown: root.router.section === Router.Item
            itemId: root.router.section === Router.Item ? root.router.id : ""
            // After a sideways move, that state's grid of the shared theme; else the grid it
            // was opened from, its theme filter included.
            country: root.router.acrossCountry !== "" ? root.router.acrossCountry : root.router.returnSection === Router.Country ? root.router.countryCode : ""
            theme: root.router.acrossCountry !== "" ? root.router.acrossTheme : root.router.returnSection === Router.Theme ? root.router.themeId : root.router.returnSection === Router.Country ? countryPage.filter : ""
            player: video
            backTo: root.backTo
            onClosed: root.router.back()
            onHome: root.router.go(Router.Home)
            onAcross: (from, to, country, theme) => root.router.across(from, to, country, theme)
        }

        Continuity {
            anchors.fill: parent
            router: root.router
            viewerItem: viewer.currentId
        }

        VideoScreen {
            id: video
            objectName: "videoScreen"
            anchors.fill: parent
            keepControls: keypad.used
            onHome: root.router.go(Router.Home)
            onActiveChanged: keypad.settle()
        }

        AttractScreen {
            objectName: "attract"
            anchors.fill: parent
            catalogue: root.catalogue
            languages: root.kiosk.languages
            videoAllowed: root.releases.videoAllowed
            shown: root.router.section === Router.Attract && !root.hall.asleep
            player: video
            onWoken: language => {
                root.kiosk.languages.current = language;
                root.kiosk.visit.begin();
                root.router.go(Router.Home);
            }
            onItemChosen: id => {
                root.kiosk.visit.begin();
                root.router.go(Router.Item, id);
            }
        }

        LanguagePicker {
            id: languagePicker
            objectName: "languagePicker"
            languages: root.kiosk.languages
            // The player's top bar has back and home only: a film's title does not follow a
            // change of language.
            enabled: root.router.section !== Router.Attract && !(video.active && video.chrome)
            opacity: enabled ? 1 : 0
            // Top right; with everything within reach, bottom right, in the access button's row.
            x: parent.width - width - (Theme.lowReach ? Theme.margin : (Theme.barHeight - height) / 2)
            y: Theme.lowReach ? parent.height - (Theme.accessBand + height) / 2 : (Theme.barHeight - height) / 2
            onOpenedChanged: keypad.settle()
        }

        // Low on every visitor screen, in the band they keep free for it (Theme.accessBand).
        RoundButton {
            id: accessButton
            objectName: "accessButton"
            x: Theme.margin
            anchors.bottom: parent.bottom
            anchors.bottomMargin: (Theme.accessBand - height) / 2
            icon: "access"
            label: qsTr("Accessibility")
            onClicked: accessPanel.open()
        }

        AccessPanel {
            id: accessPanel
            anchors.fill: parent
            access: root.kiosk.accessibility
            staffCall: root.kiosk.staffCall
            speech: root.kiosk.speech
            onOpenedChanged: keypad.settle()
        }

        IdleReset {
            id: idleReset
            objectName: "idleReset"
            anchors.fill: parent
            // More time (an access choice) triples it.
            idleSeconds: root.hall.idleSeconds * root.kiosk.accessibility.idleFactor
            // A playing film is not idle; when it ends or pauses the idle time starts again.
            watching: root.router.section !== Router.Attract && !root.hall.asleep && !video.watched
            keypadUsed: keypad.used
            onExpired: root.resetForNextVisitor()
            onAskingChanged: keypad.settle()
        }

        VoiceGuide {
            speech: root.kiosk.speech
            access: root.kiosk.accessibility
            hall: root.hall
            router: root.router
            catalogue: root.catalogue
            stillThere: idleReset.asking
        }

        Connections {
            target: root.hall
            function onInput() {
                idleReset.activity();
                staffPanel.activity();
            }
            // Closing time ends any visit; opening time starts with the attract loop.
            function onAsleepChanged() {
                root.resetForNextVisitor();
            }
        }
        Connections {
            target: root.releases
            // Published while nobody is visiting (or with nothing on screen yet): show it now;
            // otherwise it waits for the idle reset.
            function onPendingChanged() {
                if (root.router.section === Router.Attract || root.hall.asleep || !root.catalogue.ready)
                    root.releases.applyPending();
            }
        }
        Connections {
            target: root.router
            // Only the viewer's films play on; leaving the viewer stops them.
            function onScreenChanged() {
                if (root.router.section !== Router.Item && video.active)
                    video.stop();
            }
        }
    }

    MissingNotice {
        anchors.centerIn: parent
        visible: root.router.missingId !== "" && root.router.section === Router.Home
        section: root.router.missingSection
        missingId: root.router.missingId
    }

    // Closed: black, and with everything above hidden nothing animates, so nothing renders.
    Rectangle {
        objectName: "sleepScreen"
        anchors.fill: parent
        visible: root.hall.asleep
        color: "black"
    }

    StaffMessage {
        anchors.fill: parent
        visible: !root.catalogue.ready
        detail: root.catalogue.error
    }

    StaffPanel {
        id: staffPanel
        objectName: "staffPanel"
        anchors.fill: parent
        // A preview has no staff: it runs on a curator's desk and changes nothing.
        enabled: !root.releases.preview
        desk: root.kiosk.staff
        // Exit code 75 asks systemd's Restart=on-failure for a fresh start.
        onRestartRequested: Qt.exit(75)
        onExitRequested: Qt.exit(0)
        onStageChanged: keypad.settle()
    }

    PreviewBand {
        anchors.fill: parent
        visible: root.releases.preview
    }

    // Over everything: the keypad's focus ring around the control that has focus, once a key
    // has been used in this visit.
    FocusRing {
        objectName: "focusRing"
        z: 10000
        visible: keypad.used && keypad.current !== null
        target: keypad.currentRect
        targetRadius: keypad.currentRadius
    }
}
