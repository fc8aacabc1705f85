import QtQuick

// The way back, always in the same place and always one touch.
RoundButton {
    icon: "back"
    label: qsTr("All countries")
}
