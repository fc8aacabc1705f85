import QtQuick
import Asean.Text
import Asean.Controls
import Asean.Gallery

// Shown at start in kiosk mode and after idle: featured photos in a slow pan and zoom, the
// featured videos muted between them, and "Touch to explore" in each offered language in
// turn. The words drift slowly so nothing stays still long enough to mark the panel.
ScreenLayer {
    id: attract

    required property VideoScreen player
    required property LiveCatalogue catalogue
    required property Languages languages
    // Off in safe mode (see Releases).
    required property bool videoAllowed
    signal woken

    property int slide: -1
    property int languageIndex: 0
    readonly property bool showingVideo: player.active && !player.chrome

    ItemModel {
        id: featured
        catalogue: attract.shown ? attract.catalogue : null
        language: attract.languages.current
        featuredOnly: true
    }

    function next() {
        // Videos play muted in turn, unless motion is reduced or video is off (safe mode);
        // then the loop shows only the photos.
        const videos = !Theme.reducedMotion && attract.videoAllowed;
        for (let tries = 0; tries < featured.count; ++tries) {
            slide = (slide + 1) % featured.count;
            if (featured.get(slide, "kind") !== MediaKind.Video)
                break;
            if (videos) {
                player.playMuted(featured.get(slide, "video"));
                return;
            }
        }
        if (featured.count === 0 || featured.get(slide, "kind") === MediaKind.Video)
            return;
        if (showingVideo)
            player.stop();
        const layer = front === a ? b : a;
        layer.source = featured.get(slide, "source");
        layer.fade = front !== null;  // the first slide is there at once; later ones cross-fade
        layer.restart();
        front = layer;
    }

    property KenBurns front: null

    onShownChanged: {
        if (shown) {
            slide = -1;
            front = null;
            next();
        } else if (showingVideo) {
            player.stop();
        }
    }
    Connections {
        target: featured
        function onModelReset() {
            if (attract.shown) {
                attract.slide = -1;
                attract.next();
            }
        }
    }
    Connections {
        target: attract.player
        function onFinished() {
            if (attract.shown && attract.showingVideo)
                attract.next();
        }
        function onFailedChanged() {
            if (attract.shown && attract.showingVideo && attract.player.failed)
                attract.next();
        }
    }

    Timer {
        running: attract.shown && !attract.showingVideo
        interval: Theme.slideMs
        repeat: true
        onTriggered: attract.next()
    }

    KenBurns {
        id: a
        anchors.fill: parent
        shown: attract.front === a && !attract.showingVideo
    }
    KenBurns {
        id: b
        anchors.fill: parent
        shown: attract.front === b && !attract.showingVideo
    }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop {
                position: 0.5
                color: "transparent"
            }
            GradientStop {
                position: 1.0
                color: Theme.scrim
            }
        }
    }

    Timer {
        running: attract.shown
        interval: 3500
        repeat: true
        onTriggered: attract.languageIndex = (attract.languageIndex + 1) % attract.languages.offered.length
    }

    Item {
        id: words
        objectName: "touchToExplore"
        readonly property string language: attract.languages.offered[attract.languageIndex] || "en"
        width: parent.width
        height: column.implicitHeight
        y: parent.height - height - Theme.margin * 2 + drift.y
        x: drift.x

        // Burn-in protection: a slow wander of a few dozen pixels, over minutes.
        QtObject {
            id: drift
            property real x: 0
            property real y: 0
        }
        SequentialAnimation {
            running: attract.shown && !Theme.reducedMotion
            loops: Animation.Infinite
            NumberAnimation {
                target: drift
                property: "x"
                to: 40
                duration: 47000
                easing.type: Easing.InOutSine
            }
            NumberAnimation {
                target: drift
                property: "y"
                to: -30
                duration: 31000
                easing.type: Easing.InOutSine
            }
            NumberAnimation {
                target: drift
                property: "x"
                to: -40
                duration: 53000
                easing.type: Easing.InOutSine
            }
            NumberAnimation {
                target: drift
                property: "y"
                to: 0
                duration: 29000
                easing.type: Easing.InOutSine
            }
        }

        Column {
            id: column
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 10

            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: attract.languages.translate(words.language, "AttractScreen", "Touch to explore")
                color: Theme.text
                font.family: Theme.fontFamily(words.language)
                font.pixelSize: Theme.displaySize
                font.weight: Font.Medium
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: attract.languages.translate(words.language, "AttractScreen", "The ASEAN Halls of the ASEAN-Korea Centre")
                color: Theme.muted
                font.family: Theme.fontFamily(words.language)
                font.pixelSize: Theme.bodySize
            }
        }
    }

    TapHandler {
        onTapped: attract.woken()
    }

    // Translations for the strings above, which are looked up per language at run time.
    readonly property var strings: [qsTr("Touch to explore"), qsTr("The ASEAN Halls of the ASEAN-Korea Centre")]
}
