import QtQuick

// Takes every touch and click inside its bounds, so nothing beneath an overlay fires; the
// overlay's own controls sit above it. A passive TapHandler lets the touch through: choosing
// ไทย in the language list opened the card beneath it (tests/qml/tst_overlays.qml).
MouseArea {
    acceptedButtons: Qt.AllButtons
}
