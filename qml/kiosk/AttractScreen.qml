import QtQuick
import Asean.Text
import Asean.Controls
import Asean.Gallery

// Shown at start in kiosk mode and after idle: featured photos in a slow pan and zoom, the
// featured videos muted between them, each named with its state and flag, and every offered
// language at once. A touch on a language wakes the kiosk in it, on the caption opens what it
// names, anywhere else wakes it in the hall's language. Caption and languages drift slowly so
// nothing stays still long enough to mark the panel.
ScreenLayer {
    id: attract

    required property VideoScreen player
    required property LiveCatalogue catalogue
    required property Languages languages
    // Off in safe mode (see Releases).
    required property bool videoAllowed
    // A visitor touched: start the visit in this language.
    signal woken(string language)
    // A visitor touched the caption: open the item it names.
    signal itemChosen(string itemId)

    property int slide: -1
    readonly property bool showingVideo: player.active && !player.chrome

    ItemModel {
        id: featured
        catalogue: attract.shown ? attract.catalogue : null
        language: attract.languages.current
        featuredOnly: true
    }

    // The state of the item shown, for its flag.
    CountryModel {
        id: country
        catalogue: attract.shown ? attract.catalogue : null
        language: attract.languages.current
        code: attract.shownRole("country")
    }

    function shownRole(role: string): var {
        return slide >= 0 && slide < featured.count ? featured.get(slide, role) : "";
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
        layer.aspect = featured.get(slide, "pixelWidth") / Math.max(1, featured.get(slide, "pixelHeight"));
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
        id: shade
        // A fifth of the screen to darken in.
        readonly property real fade: attract.height * 0.2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // Dark enough from the hall's name down for every text to stand out from any photo
        // (tests/e2e/tst_contrast.cpp), however high larger text lifts it.
        height: attract.height - Theme.margin - foot.y + Theme.spacing + fade
        gradient: Gradient {
            GradientStop {
                position: 0
                color: "transparent"
            }
            GradientStop {
                position: shade.fade / shade.height
                color: Theme.scrim
            }
            GradientStop {
                position: 1.0
                color: Theme.scrim
            }
        }
    }

    // Anywhere but a language or the caption: the visit starts in the hall's language. The touch
    // is taken here, not passed to the film beneath.
    TouchShield {
        objectName: "attractWake"
        anchors.fill: parent
        onClicked: attract.woken(attract.languages.hallDefault)
    }

    Item {
        id: overlay
        objectName: "attractOverlay"
        anchors.fill: parent
        anchors.margins: Theme.margin
        // Burn-in protection: the caption and the languages wander a few dozen pixels, over
        // minutes.
        transform: Translate {
            x: drift.x
            y: drift.y
        }

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

        AttractCaption {
            id: caption
            objectName: "attractCaption"
            // Out of a seated visitor's reach at the top: not there when everything is within
            // reach (the languages below are the way in).
            visible: attract.slide >= 0 && attract.slide < featured.count && !Theme.lowReach
            maxWidth: overlay.width
            title: attract.shownRole("title")
            countryName: attract.shownRole("countryName")
            flag: country.count > 0 ? country.get(0, "flag") : ""
            video: attract.shownRole("kind") === MediaKind.Video
            onChosen: attract.itemChosen(attract.shownRole("itemId"))
        }

        Column {
            id: foot
            // All there is below the caption.
            readonly property real room: overlay.height - caption.height - anchors.bottomMargin - 2 * Theme.spacing
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            // The band below is the access button's (Main.qml).
            anchors.bottomMargin: Theme.accessBand - Theme.margin
            spacing: Theme.spacing

            Text {
                id: hallName
                // The languages come first where large text leaves no room for both.
                visible: languageTargets.fitsIn(foot.room - implicitHeight - Theme.spacing)
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("The ASEAN Halls of the ASEAN-Korea Centre")
                color: Theme.text
                font.family: Theme.fontFamily(Theme.language)
                font.pixelSize: Theme.bodySize
                elide: Text.ElideRight

                // Behind the text, drawn under it (z below its parent).
                TextBacking {
                    anchors.centerIn: parent
                    width: parent.contentWidth + Theme.spacing
                    height: parent.height
                    z: -1
                }
            }
            AttractLanguages {
                id: languageTargets
                objectName: "attractLanguages"
                width: parent.width
                // Below the caption, whatever the text size (the drift's few dozen pixels aside).
                maxHeight: foot.room - (hallName.visible ? hallName.height + Theme.spacing : 0)
                languages: attract.languages
                onChosen: language => attract.woken(language)
            }
        }
    }
}
