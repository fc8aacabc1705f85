import QtQuick
import QtQuick.Window
import Asean.Kiosk

// The kiosk window: a flat set of screens (home, a state's page) chosen by `route`, so no
// navigation stack grows over a day of visitors.
Window {
    id: root

    property string route: "home"
    readonly property string countryCode: route.startsWith("country/") ? route.slice(8) : ""

    visible: true
    title: qsTr("ASEAN Halls")
    color: Theme.background

    CountryModel {
        id: countries
        catalogue: Kiosk.catalogue
        language: Kiosk.language
    }

    Item {
        anchors.fill: parent
        visible: Kiosk.catalogue.ready

        HomeScreen {
            id: home
            anchors.fill: parent
            model: countries
            opacity: root.route === "home" ? 1 : 0
            visible: opacity > 0
            Behavior on opacity { NumberAnimation { duration: Theme.normal; easing.type: Easing.OutCubic } }
            onCountryChosen: code => root.route = "country/" + code
        }

        // Always there and re-pointed, never re-created: no Loader or StackView churn over a day.
        CountryPage {
            anchors.fill: parent
            code: root.countryCode
            opacity: code !== "" ? 1 : 0
            visible: opacity > 0
            Behavior on opacity { NumberAnimation { duration: Theme.normal; easing.type: Easing.OutCubic } }
            onBack: root.route = "home"
        }

        LanguageButton {
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: (Theme.barHeight - height) / 2
        }
    }

    StaffMessage {
        anchors.fill: parent
        visible: !Kiosk.catalogue.ready
        detail: Kiosk.catalogue.error
    }
}
