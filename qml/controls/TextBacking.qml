import QtQuick

// Solid ground behind a text that sits on a photo, in high contrast only (issue 14): no light
// part of the photo can weaken the text. Filled to the text it backs, with a margin.
Rectangle {
    visible: Theme.highContrast
    color: Theme.background
    radius: 8
}
