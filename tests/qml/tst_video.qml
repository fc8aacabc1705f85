import QtQuick
import QtTest
import QtMultimedia
import Asean.Test
import Asean.Text
import Asean.Ui
import Asean.Controls
import Asean.Gallery

// The one video player: a demo H.264/AAC video really plays to its end and draws frames; a
// file that is not a playable video says so; the controls answer touch.
Item {
    id: stage
    width: 1280
    height: 720

    Releases {
        id: testReleases
        Component.onCompleted: open(TestContent.rootPath)
    }

    ItemModel {
        id: items
        catalogue: testReleases.catalogue
        language: "en"
        country: "TH"
    }

    VideoScreen {
        id: videoScreen
        anchors.fill: parent
    }

    TestCase {
        name: "VideoScreen"
        when: windowShown

        function demoVideo() {
            const row = items.rowOf("th-loy-krathong-river");
            verify(row >= 0);
            return items.get(row, "video");
        }

        function cleanup() {
            videoScreen.stop();
        }

        function test_playsToTheEndAndDrawsFrames() {
            videoScreen.play(demoVideo(), "Lanterns on the river", "", 0);
            verify(videoScreen.active);
            tryCompare(videoScreen, "playbackState", MediaPlayer.PlayingState, 10000);
            wait(1500);
            // A real frame: the demo poster's colours, not a black rectangle.
            const image = grabImage(videoScreen);
            let lit = 0;
            for (let x = 100; x < 1200; x += 50) {
                const c = image.pixel(x, 360);
                if (c.r + c.g + c.b > 0.3)
                    ++lit;
            }
            verify(lit > 10, "frames drawn: " + lit);
            tryCompare(videoScreen, "mediaStatus", MediaPlayer.EndOfMedia, 20000);
            verify(findChild(videoScreen, "replayButton").visible);
        }

        function test_controlsPauseAndMute() {
            videoScreen.play(demoVideo(), "Lanterns on the river", "", 0);
            tryCompare(videoScreen, "playbackState", MediaPlayer.PlayingState, 10000);
            mouseClick(findChild(videoScreen, "playButton"));
            tryCompare(videoScreen, "playbackState", MediaPlayer.PausedState);
            mouseClick(findChild(videoScreen, "muteButton"));
            compare(findChild(videoScreen, "muteButton").icon, "mute");
            mouseClick(findChild(videoScreen, "backButton"));
            verify(!videoScreen.active);
        }

        // Pressing play keeps the poster until the first frame and names the length at once.
        function test_thePosterAndTheLengthShowAtOnce() {
            const row = items.rowOf("th-loy-krathong-river");
            const length = items.get(row, "duration");
            verify(length > 1000, "the catalogue knows the film's length: " + length);
            videoScreen.play(items.get(row, "video"), "Lanterns on the river", items.get(row, "source"), length);
            const poster = findChild(videoScreen, "videoPoster");
            verify(poster.visible, "black until the film buffers");
            compare(findChild(videoScreen, "videoTime").text, "0:00 / " + Theme.clock(length));
            tryVerify(() => videoScreen.started, 10000);
            verify(!poster.visible, "the poster gives way to the film");
        }

        function test_aFileThatWillNotPlaySaysSo() {
            videoScreen.play("file://" + TestContent.rootPath + "/broken.mp4", "Broken", "", 0);
            tryVerify(() => videoScreen.failed, 30000);  // GStreamer gives up slowly on a busy machine
            verify(findChild(videoScreen, "videoError").visible);
            verify(videoScreen.active, "the screen stays, with its way back");
            verify(findChild(videoScreen, "backButton").visible);
        }

        function test_mutedForTheAttractLoop() {
            videoScreen.playMuted(demoVideo());
            verify(!videoScreen.chrome);
            verify(!findChild(videoScreen, "backButton").visible);
        }
    }
}
