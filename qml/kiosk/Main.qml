import QtQuick
import QtQuick.Window
import Asean.Kiosk
import Asean.Controls
import Asean.Gallery

// The kiosk window. Screens are a flat set chosen by `route` (attract, home, country/CODE,
// theme/ID, item/ID); each is made once and re-pointed, so nothing accumulates over a day of
// visitors (no StackView or Loader churn, see QT64.md).
Window {
    id: root

    property string route: "home"
    // Where the viewer returns to: the grid it was opened from.
    property string returnRoute: "home"
    readonly property string section: route.split("/")[0]
    readonly property string argument: route.slice(section.length + 1)
    // The last state and theme shown, kept while the viewer is over them so grids keep their place.
    property string countryCode: ""
    property string themeId: ""

    // The controls read the visit's choices from Theme, not from the kiosk.
    Binding {
        target: Theme
        property: "reducedMotion"
        value: Kiosk.reducedMotion
    }
    Binding {
        target: Theme
        property: "language"
        value: Kiosk.language
    }

    function go(next: string) {
        const nextSection = next.split("/")[0]
        if (nextSection === "item" && section !== "item")
            returnRoute = route
        if (nextSection === "country")
            countryCode = next.slice(8)
        if (nextSection === "theme")
            themeId = next.slice(6)
        if (nextSection !== "item" && video.active)
            video.stop()
        if (route !== next)
            console.info("screen:", next)
        route = next
    }

    Component.onCompleted: {
        const start = route
        route = "home"
        if (start.startsWith("item/")) {
            // Opened directly: show the item among its state's photos, and go back there.
            const country = Kiosk.catalogue.countryOfItem(start.slice(5))
            if (country !== "")
                go("country/" + country)
        }
        go(start)
    }

    // The next visitor starts afresh: the hall's language, no filter, no video, the attract loop.
    function resetForNextVisitor() {
        languagePicker.close()
        video.stop()
        countryPage.filter = ""
        Kiosk.language = Kiosk.defaultLanguage
        go("attract")
        // Between visitors is the one moment new content may appear.
        Kiosk.applyPendingRelease()
    }

    visible: true
    title: qsTr("ASEAN Halls")
    color: Theme.background
    // In kiosk mode no key, gesture or window-manager request closes the window.
    onClosing: close => {
        if (Kiosk.kioskMode)
            close.accepted = false
    }

    CountryModel {
        id: countries
        catalogue: Kiosk.catalogue
        language: Kiosk.language
    }

    ThemeModel {
        id: themes
        catalogue: Kiosk.catalogue
        language: Kiosk.language
    }

    Item {
        anchors.fill: parent
        visible: Kiosk.catalogue.ready && !Kiosk.asleep

        HomeScreen {
            anchors.fill: parent
            countries: countries
            themes: themes
            shown: root.section === "home"
            onCountryChosen: code => root.go("country/" + code)
            onThemeChosen: id => root.go("theme/" + id)
        }

        CountryPage {
            id: countryPage
            anchors.fill: parent
            code: root.countryCode
            shown: root.section === "country"
            onBack: root.go("home")
            onItemChosen: id => root.go("item/" + id)
        }

        ThemePage {
            anchors.fill: parent
            themeId: root.themeId
            shown: root.section === "theme"
            onBack: root.go("home")
            onItemChosen: id => root.go("item/" + id)
        }

        Viewer {
            objectName: "viewer"
            anchors.fill: parent
            shown: root.section === "item"
            itemId: root.section === "item" ? root.argument : ""
            country: root.returnRoute.startsWith("country/") ? root.countryCode : ""
            theme: root.returnRoute.startsWith("theme/") ? root.themeId : ""
            player: video
            onClosed: root.go(root.returnRoute)
            onHome: root.go("home")
        }

        VideoScreen {
            id: video
            objectName: "videoScreen"
            anchors.fill: parent
        }

        AttractScreen {
            anchors.fill: parent
            shown: root.section === "attract" && !Kiosk.asleep
            player: video
            onWoken: root.go("home")
        }

        LanguagePicker {
            id: languagePicker
            objectName: "languagePicker"
            enabled: root.section !== "attract"
            opacity: enabled ? 1 : 0
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: (Theme.barHeight - height) / 2
        }

        IdleReset {
            id: idleReset
            objectName: "idleReset"
            anchors.fill: parent
            idleSeconds: Kiosk.idleSeconds
            watching: root.section !== "attract" && !Kiosk.asleep
            onExpired: root.resetForNextVisitor()
        }

        Connections {
            target: Kiosk
            function onInput() {
                idleReset.activity()
            }
            // Closing time ends any visit; opening time starts with the attract loop.
            function onAsleepChanged() {
                root.resetForNextVisitor()
            }
            // Published while nobody is visiting (or with nothing on screen yet): show it now;
            // otherwise it waits for the idle reset.
            function onPendingReleaseChanged() {
                if (root.section === "attract" || Kiosk.asleep || !Kiosk.catalogue.ready)
                    Kiosk.applyPendingRelease()
            }
        }
    }

    // Closed: black, and with everything above hidden nothing animates, so nothing renders.
    Rectangle {
        objectName: "sleepScreen"
        anchors.fill: parent
        visible: Kiosk.asleep
        color: "black"
    }

    StaffMessage {
        anchors.fill: parent
        visible: !Kiosk.catalogue.ready
        detail: Kiosk.catalogue.error
    }

    StaffPanel {
        objectName: "staffPanel"
        anchors.fill: parent
        // Exit code 75 asks systemd's Restart=on-failure for a fresh start.
        onRestartRequested: Qt.exit(75)
        onExitRequested: Qt.exit(0)
    }
}
