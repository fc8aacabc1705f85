import QtQuick
import Asean.Controls
import Asean.Gallery

// A row of lifestyle themes, each a photo chip with its name; flicks sideways when they do not
// fit. Used on the home screen (to open a theme) and on a state's page (to filter it).
Item {
    id: strip

    required property ThemeModel model
    property string title
    property string selected: ""
    // On a state's page the first chip shows everything.
    property string allLabel: ""
    signal chosen(string id)

    implicitHeight: (title !== "" ? label.height + 8 : 0) + Theme.touchTarget + 24

    // The chosen theme is in view, centred with its neighbours either side (a theme page
    // opened with a chip far to the right); with none chosen the strip starts at its
    // beginning, "All" included (the header's width is known only after the list has placed
    // its chips, and the list did not move for it).
    function showSelected() {
        const row = model.indexOf(selected);
        if (list.width <= 0)
            return;
        if (row >= 0)
            list.positionViewAtIndex(row, ListView.Center);
        else
            list.contentX = list.originX - list.leftMargin;
    }
    onSelectedChanged: showSelected()

    Text {
        id: label
        visible: strip.title !== ""
        x: Theme.margin
        text: strip.title
        color: Theme.muted
        font.family: Theme.fontFamily(Theme.language)
        font.pixelSize: Theme.captionSize
        font.letterSpacing: Theme.tracking(Theme.language, 1)
    }

    ListView {
        id: list
        objectName: "themeList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.touchTarget + 24
        orientation: ListView.Horizontal
        spacing: 14
        leftMargin: Theme.margin
        rightMargin: Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: strip.model
        onCountChanged: strip.showSelected()
        onWidthChanged: strip.showSelected()

        // qmllint disable unqualified
        // The list's spacing does not follow a header: the gap is part of the header's width,
        // outside the pill.
        header: Item {
            width: allChip.visible ? allChip.implicitWidth + list.spacing : 0
            height: allChip.height

            ThemeChip {
                id: allChip
                visible: strip.allLabel !== ""
                name: strip.allLabel
                themeId: ""
                accent: Theme.aseanBlue
                selected: strip.selected === ""
                onChosen: strip.chosen("")
            }
        }

        delegate: ThemeChip {
            selected: strip.selected === themeId
            onChosen: strip.chosen(themeId)
        }
        // qmllint enable unqualified
    }

    // More chips off to the right (long names in some languages): the strip fades out there,
    // so it reads as something to swipe rather than cut off.
    Rectangle {
        anchors.right: list.right
        anchors.top: list.top
        anchors.bottom: list.bottom
        width: Theme.margin * 3
        visible: list.contentWidth > list.width && !list.atXEnd
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop {
                position: 0
                color: "transparent"
            }
            GradientStop {
                position: 1
                color: Theme.background
            }
        }
    }
}
