pragma Singleton
import QtQuick

// The grid tile a visitor touched last, for Continuity: its picture grows from there into the
// viewer and shrinks back there on the way back. A plain reference: when the grid lets the
// tile go, QML clears it.
QtObject {
    property Item tile
}
