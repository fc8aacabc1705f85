import QtQuick
import Asean.Controls

// A full-window screen that fades in when shown and stops taking touches when hidden. It also
// takes one choice at a time: a second touch in the same moment (two visitors at once, or the
// second tap of a hurried double tap landing on the screen that just opened) is ignored.
Item {
    id: screen

    property bool shown: false
    property double lastTouch: 0
    // The keypad remembers where focus was on each screen, for the way back (Keypad).
    readonly property bool keypadScreen: true

    // True when a choice may go ahead now: only after Theme.choiceGuardMs without any other
    // (a burst of taps is one choice, and so are two visitors touching at the same moment).
    function accept(): bool {
        const now = Date.now();
        const quiet = now - lastTouch >= Theme.choiceGuardMs;
        lastTouch = now;
        return quiet;
    }

    onShownChanged: {
        if (shown)
            lastTouch = Date.now();
    }

    opacity: shown ? 1 : 0
    visible: opacity > 0
    enabled: shown

    Behavior on opacity  {
        NumberAnimation {
            duration: Theme.normal
            easing.type: Easing.OutCubic
        }
    }
}
