import QtQuick
import QtTest
import Asean.Kiosk
import Asean.Ui

// The staff panel: a five-second press in the corner, a PIN pad, the panel; five wrong PINs
// lock the pad even against the right one. (The set-up's PIN is 2468.)
Item {
    id: stage
    width: 1920
    height: 1080

    StaffPanel {
        id: staff
        anchors.fill: parent
    }

    SignalSpy {
        id: exits
        target: staff
        signalName: "exitRequested"
    }

    TestCase {
        name: "StaffPanel"
        when: windowShown

        function press(keys) {
            for (const k of keys)
                mouseClick(findChild(staff, "key" + k))
        }

        function test_a_aLongPressInTheCornerThenTheRightPinOpensThePanel() {
            const corner = findChild(staff, "staffCorner")
            mousePress(corner, 60, 60)
            wait(2000)
            compare(staff.stage, "closed", "two seconds are not enough")
            wait(3300)
            mouseRelease(corner, 60, 60)
            compare(staff.stage, "pin")
            press(["2", "4", "6"])
            compare(findChild(staff, "pinDots").text, "●●●")
            press(["8", "OK"])
            compare(staff.stage, "panel")
            compare(staff.facts.release, 1)
            verify(staff.facts.residentMb > 0)
            mouseClick(findChild(staff, "exitButton"))
            compare(exits.count, 1)
            staff.close()
        }

        function test_b_fiveWrongPinsLockThePad() {
            staff.open()
            for (let i = 0; i < 4; ++i) {
                press(["1", "1", "1", "1", "OK"])
                verify(findChild(staff, "pinMessage").text.indexOf("Wrong PIN") === 0)
            }
            press(["1", "1", "1", "1", "OK"])
            verify(findChild(staff, "pinMessage").text.indexOf("Locked") === 0)
            press(["2", "4", "6", "8", "OK"])
            compare(staff.stage, "pin", "the right PIN is refused while locked")
            verify(Kiosk.pinLockSeconds() > 290)
            staff.close()
        }
    }
}
