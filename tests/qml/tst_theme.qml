import QtQuick
import QtTest
import Asean.Ui
import Asean.Controls

// The theme singleton: reduced motion turns transitions and the attract pan-and-zoom off.
TestCase {
    name: "Theme"

    function cleanup() {
        Theme.reducedMotion = false;
    }

    function test_reducedMotionStopsMotion() {
        verify(Theme.normal > 0 && Theme.normal <= 300);
        verify(Theme.fast > 0 && Theme.fast <= 300);
        verify(Theme.kenBurnsZoom > 1);
        Theme.reducedMotion = true;
        compare(Theme.normal, 0);
        compare(Theme.fast, 0);
        compare(Theme.kenBurnsZoom, 1);
    }

    function test_touchTargetsAreAtLeastTwelveMillimetres() {
        // 12 mm on a 32-inch 1920×1080 panel (0.369 mm per pixel) is 33 px; 55-inch, 19 px.
        verify(Theme.touchTarget >= 33);
    }
}
