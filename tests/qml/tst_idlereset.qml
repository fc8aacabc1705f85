import QtQuick
import QtTest
import Asean.Ui
import Asean.Controls

// The idle reset: silence brings "Still there?" and then the end of the visit; a touch at any
// point keeps it going.
Item {
    id: stage
    width: 1280
    height: 720

    IdleReset {
        id: idle
        anchors.fill: parent
        idleSeconds: 3
        watching: false
    }

    SignalSpy {
        id: expired
        target: idle
        signalName: "expired"
    }

    TestCase {
        name: "IdleReset"
        when: windowShown

        function init() {
            expired.clear();
            idle.watching = true;
            idle.activity();
        }

        function cleanup() {
            idle.watching = false;
        }

        function test_silenceAsksThenEndsTheVisit() {
            compare(idle.countdownSeconds, 1);
            verify(!idle.asking);
            tryVerify(() => idle.asking, 3500);
            verify(findChild(idle, "stillThere").visible);
            compare(expired.count, 0);
            expired.wait(2500);
            compare(expired.count, 1);
            verify(!idle.asking);
        }

        function test_aTouchKeepsTheVisitGoing() {
            tryVerify(() => idle.asking, 3500);
            mouseClick(idle, 640, 360);
            verify(!idle.asking);
            wait(1500);
            compare(expired.count, 0);
        }

        function test_notWatchingOnTheAttractLoop() {
            idle.watching = false;
            wait(3500);
            verify(!idle.asking);
            compare(expired.count, 0);
        }
    }
}
