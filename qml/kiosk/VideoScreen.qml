import QtQuick
import QtMultimedia
import Asean.Controls

// The one video player of the kiosk, reused for every video (a player per item leaks in Qt 6.4,
// see docs/qt64.md). Full screen with the top bar (back to the film's page, named by its title,
// and home), play/pause, a scrub bar, replay and mute; or, for the attract loop, muted and
// without controls.
Item {
    id: screen

    property bool active: false
    property bool chrome: true
    property string title
    property string poster
    property real knownDuration: 0
    // MediaPlayer's 64-bit times have no QML type for qmllint 6.4; they are numbers.
    // qmllint disable type
    readonly property real duration: player.duration > 0 ? player.duration : knownDuration
    readonly property real position: started ? player.position : 0
    // qmllint enable type
    // Both of this film: the player keeps the last film's error and position for a while.
    property bool failed: false
    property bool started: false
    readonly property bool ended: player.mediaStatus === MediaPlayer.EndOfMedia
    readonly property alias playbackState: player.playbackState
    readonly property alias mediaStatus: player.mediaStatus
    // A film a visitor is watching: the visit is not idle while it plays.
    readonly property bool watched: active && chrome && player.playbackState === MediaPlayer.PlayingState
    // Over the viewer, focus stays in the player (Keypad).
    readonly property bool keypadModal: active && chrome
    // The keypad is in use: the controls stay in view, or focus would have nothing to be on.
    property bool keepControls: false
    signal finished
    signal home

    // `poster` stays until the film's first frame; `knownMs` (the catalogue's length) is shown
    // until the player knows its own, so a press on play never shows black and "0:00 / 0:00".
    function play(url: url, title: string, poster: string, knownMs: real) {
        screen.title = title;
        screen.poster = poster;
        screen.knownDuration = knownMs;
        chrome = true;
        audio.muted = false;
        start(url);
    }

    function playMuted(url: url) {
        screen.poster = "";
        screen.knownDuration = 0;
        chrome = false;
        audio.muted = true;
        start(url);
    }

    function start(url: url) {
        player.stop();
        failed = false;
        started = false;
        player.source = url;
        active = true;
        player.play();
    }

    function stop() {
        player.stop();
        player.source = "";
        active = false;
    }

    visible: active
    enabled: active

    MediaPlayer {
        id: player
        videoOutput: output
        audioOutput: AudioOutput {
            id: audio
        }
        onErrorOccurred: (error, errorString) => {
            screen.failed = true;
            console.warn("video unavailable:", source, "-", errorString);
        }
        // qmllint disable type
        onPositionChanged: {
            if (position > 0 && playbackState === MediaPlayer.PlayingState)
                screen.started = true;
        }
        // qmllint enable type
        onMediaStatusChanged: {
            if (mediaStatus !== MediaPlayer.EndOfMedia)
                return;
            if (screen.chrome)
                console.info("film played to its end:", source);
            screen.finished();
        }
    }

    Rectangle {
        anchors.fill: parent
        color: "black"
    }

    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: screen.chrome ? VideoOutput.PreserveAspectFit : VideoOutput.PreserveAspectCrop
    }

    Image {
        objectName: "videoPoster"
        anchors.fill: parent
        visible: screen.poster !== "" && !screen.started && !screen.failed
        // Decoded for the screen, not at the poster's own size (and not before there is one).
        source: width >= 1 && height >= 1 ? screen.poster : ""
        sourceSize.width: Math.ceil(width * Screen.devicePixelRatio)
        sourceSize.height: Math.ceil(height * Screen.devicePixelRatio)
        fillMode: Image.PreserveAspectFit
        asynchronous: true
    }

    // A tap shows or hides the controls; they also hide by themselves while the video plays.
    property bool controlsShown: true
    TapHandler {
        enabled: screen.chrome
        onTapped: screen.controlsShown = !screen.controlsShown
    }
    Timer {
        running: screen.controlsShown && !screen.keepControls && player.playbackState === MediaPlayer.PlayingState
        interval: 4000
        onTriggered: screen.controlsShown = false
    }

    Column {
        objectName: "videoError"
        anchors.centerIn: parent
        spacing: Theme.spacing
        visible: screen.chrome && screen.failed
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("This video cannot be played")
            color: Theme.text
            font.family: Theme.fontFamily(Theme.language)
            font.pixelSize: Theme.headingSize
        }
    }

    RoundButton {
        objectName: "replayButton"
        anchors.centerIn: parent
        // Within reach: in the middle of the reach, above the controls.
        anchors.verticalCenterOffset: Theme.lowReach ? (Theme.reachTop + screen.height - Theme.bottomChrome - Theme.controlHeight - 2 * Theme.spacing) / 2 - screen.height / 2 : 0
        visible: screen.chrome && screen.ended
        readonly property bool keypadStart: true
        icon: "replay"
        label: qsTr("Play again")
        onClicked: player.play()
    }

    Item {
        id: controls
        anchors.fill: parent
        visible: screen.chrome
        opacity: screen.controlsShown || player.playbackState !== MediaPlayer.PlayingState ? 1 : 0
        Behavior on opacity  {
            NumberAnimation {
                duration: Theme.normal
            }
        }

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            // Above the band the access button keeps (Main.qml), and the low top bar's.
            height: Theme.controlHeight + 2 * Theme.spacing + Theme.bottomChrome
            gradient: Gradient {
                GradientStop {
                    position: 0
                    color: "transparent"
                }
                GradientStop {
                    position: 1
                    color: Theme.scrim
                }
            }

            Row {
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                anchors.bottomMargin: Theme.bottomChrome
                spacing: Theme.spacing

                RoundButton {
                    objectName: "playButton"
                    anchors.verticalCenter: parent.verticalCenter
                    icon: player.playbackState === MediaPlayer.PlayingState ? "pause" : "play"
                    //: The player's play and pause button, as a screen reader names it.
                    accessibleName: player.playbackState === MediaPlayer.PlayingState ? qsTr("Pause") : qsTr("Play")
                    // Where the keypad starts in the player (Keypad).
                    readonly property bool keypadStart: true
                    onClicked: player.playbackState === MediaPlayer.PlayingState ? player.pause() : player.play()
                }

                // MediaPlayer's 64-bit times have no QML type for qmllint 6.4; they are numbers.
                // qmllint disable type
                Scrubber {
                    objectName: "scrubber"
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - 2 * Theme.touchTarget - 2 * Theme.spacing - timeLabel.width - Theme.spacing
                    position: screen.position
                    duration: screen.duration
                    onSeek: ms => player.position = ms
                }
                // qmllint enable type

                // qmllint disable type
                Text {
                    id: timeLabel
                    objectName: "videoTime"
                    anchors.verticalCenter: parent.verticalCenter
                    text: Theme.clock(screen.position) + " / " + Theme.clock(screen.duration)
                    color: Theme.text
                    font.pixelSize: Theme.captionSize
                }

                // qmllint enable type
                RoundButton {
                    objectName: "muteButton"
                    anchors.verticalCenter: parent.verticalCenter
                    icon: audio.muted ? "mute" : "sound"
                    //: The player's sound button, as a screen reader names it.
                    accessibleName: audio.muted ? qsTr("Sound on") : qsTr("Sound off")
                    onClicked: audio.muted = !audio.muted
                }
            }
        }
    }

    // Never fades with the controls: the way out is always in view.
    TopBar {
        anchors.left: parent.left
        anchors.right: parent.right
        visible: screen.chrome
        backTo: screen.title
        onBack: screen.stop()
        onHome: screen.home()
    }
}
