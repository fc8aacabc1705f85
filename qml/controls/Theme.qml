pragma Singleton
import QtQuick

// Every colour, size, duration and font of the interface, in one place.
QtObject {
    // The visit's access choices, set by the interface's root (Main.qml) from the kiosk's
    // Accessibility: text size in per cent (100, 150, 200) and high contrast.
    property int textScale: 100
    property bool highContrast: false

    // A calm gallery: deep neutral ground, warm off-white text, accents from the ASEAN emblem.
    // High contrast: black and white, and nothing translucent (../shared/ACCESSIBILITY.md).
    readonly property color background: highContrast ? "#000000" : "#101214"
    readonly property color surface: highContrast ? "#000000" : "#1b1e23"
    readonly property color raised: highContrast ? "#3a3a3a" : "#262a31"
    readonly property color text: highContrast ? "#ffffff" : "#f3eee4"
    readonly property color muted: highContrast ? "#e6e6e6" : "#b9b1a3"
    readonly property color hairline: highContrast ? "#ffffff" : "#33f3eee4"
    readonly property color aseanBlue: "#1f4fa3"
    readonly property color aseanRed: "#d52b1e"
    readonly property color aseanYellow: "#f2c500"
    readonly property color scrim: highContrast ? "#000000" : "#d9101214"
    // The outline of every control: a hairline, or in high contrast a 3 px ring that stands
    // out against anything beside it (WCAG 1.4.11).
    readonly property int outline: highContrast ? 3 : 1
    // The keypad's focus ring (FocusRing): a yellow band between two black lines, so that one of
    // them stands out at 3:1 or more against anything beside it, light or dark (WCAG 1.4.11 and
    // 2.4.13); thicker in high contrast.
    readonly property color focusRing: aseanYellow
    readonly property color focusRingEdge: "#000000"
    readonly property int focusRingWidth: highContrast ? 7 : 5

    // Everything within reach (issue 14): every operable part lies from the pixel row
    // `reachTop` down, where a seated visitor reaches (Accessibility.reachTop, from the hall's
    // [screen]). Set by Main.qml; reachTop is 0 while the choice is off. The top bar's back and
    // home then sit low: in the access button's row when the screen is wide enough
    // (`lowBarInline`), else in a row of their own just above it: the row's top at `lowBarY`,
    // its first button at `lowBarX`.
    property bool lowReach: false
    property int reachTop: 0
    property bool lowBarInline: false
    property real lowBarX: margin
    property real lowBarY: 0
    // Where a screen's own controls and scrolled content end, above the controls every screen
    // shares at the bottom: the access button's band, and the low top bar's row under it when
    // that has a row of its own.
    readonly property int bottomChrome: accessBand + (lowReach && !lowBarInline ? barHeight : 0)

    // Type scale for reading at 1.5 m on a 1920×1080 panel, times the visitor's text size.
    readonly property real textFactor: textScale / 100
    readonly property int displaySize: Math.round(64 * textFactor)
    readonly property int titleSize: Math.round(44 * textFactor)
    readonly property int headingSize: Math.round(32 * textFactor)
    readonly property int bodySize: Math.round(26 * textFactor)
    readonly property int captionSize: Math.round(21 * textFactor)

    readonly property int spacing: 24
    readonly property int margin: 48
    // 12 mm on the largest-pitch panel we serve (55 inches, 0.63 mm per pixel) is 19 px; 88 px
    // leaves room for a hurried hand on every panel size.
    readonly property int touchTarget: 88
    // A control holding a line of body text: the touch target, or taller when the text is
    // (Burmese at 200 %).
    readonly property int controlHeight: Math.max(touchTarget, Math.round(bodySize * 1.9))
    readonly property int barHeight: controlHeight + 24
    // The access button's place: a band along the bottom of every visitor screen, kept free of
    // other controls (Main.qml places the button there).
    readonly property int accessBand: controlHeight + spacing
    // A language on the attract loop: its name and "Touch to explore" in it, Burmese's tall
    // lines included; narrow enough for six in a row in landscape and three in portrait.
    readonly property int languageTargetWidth: Math.round(270 * textFactor)
    readonly property int languageTargetHeight: Math.round(120 * textFactor)
    // The widest the language button (LanguagePicker) is in any language: headings beside it
    // leave this much free (tests/qml/tst_languagepicker.qml checks every language).
    // Its globe and padding keep their size; its words grow with the text.
    readonly property int languageButtonRoom: Math.round(94 + 286 * textFactor)
    // A state's flag beside its name (4:3, decoded at twice the size for sharp edges), and the
    // short bar of its accent colour under the page title.
    readonly property int flagWidth: 120
    readonly property int flagHeight: 90
    readonly property int accentBarWidth: 64
    readonly property int accentBarHeight: 6
    // The staff panel: the hidden corner a long press opens (the strip at the screen's left
    // edge, left of the top bar's buttons, which start at `margin`), the PIN pad's key gap, the
    // rows of facts and their label and value columns.
    readonly property int staffCorner: 120
    readonly property int staffCornerWidth: margin - 8
    readonly property int keyGap: 16
    readonly property int factGap: 14
    readonly property int panelWidth: 1100
    readonly property int factLabelWidth: 320
    readonly property int factValueWidth: 760
    // A grid's columns at the visitor's text size: fewer as the text grows, so its captions fit.
    function columns(atNormalSize: int): int {
        return Math.max(1, Math.round(atNormalSize / textFactor));
    }
    // The least width beside a photo that takes its caption there (the viewer, in landscape).
    readonly property int captionBeside: 520
    // Grid thumbnails are decoded at this size wherever they appear (tiles are at most this).
    readonly property int thumbnailWidth: 480
    readonly property int thumbnailHeight: 326

    // Slow and soft, never bouncy; at most 300 ms; none at all with reduced motion.
    // Set by the interface's root (Main.qml) from the visit's choices, so that controls need
    // not know the kiosk: pan-and-zoom and transitions off, and the visitor's language.
    property bool reducedMotion: false
    property string language: "en"
    // The QLocale name for its dates and numbers (Languages.locale: pt_TL for Tetum).
    property string locale: "en"
    readonly property int fast: reducedMotion ? 0 : 200
    readonly property int normal: reducedMotion ? 0 : 280
    // The attract loop: how long a photo stays, and how far it drifts while it does.
    readonly property int slideMs: 9000
    // How long a first tap waits to see whether a second follows (Qt's double-click interval).
    readonly property int doubleTapMs: 400
    // A screen takes one choice in this time; more touches in it are someone else's or a bounce.
    readonly property int choiceGuardMs: 350
    readonly property real kenBurnsZoom: reducedMotion ? 1.0 : 1.12
    // A film's length or position as the player, the viewer and the tiles show it: "1:24".
    function clock(ms: real): string {
        const s = Math.max(0, Math.floor(ms / 1000));
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    }

    // The Noto family for each language's script (Debian's fonts-noto-core and fonts-noto-cjk).
    // Korean needs the KR forms of CJK; the Latin-script languages use Noto Sans. Each family
    // falls back to the others through the substitutions set in C++ (Fonts::install), so a
    // Latin word inside a Thai caption, or a Thai name inside an English one, still draws.
    readonly property var scriptFamilies: ({
            "ko": "Noto Sans CJK KR",
            "th": "Noto Sans Thai",
            "km": "Noto Sans Khmer",
            "lo": "Noto Sans Lao",
            "my": "Noto Sans Myanmar"
        })
    function fontFamily(language: string): string {
        return scriptFamilies[language] ?? "Noto Sans";
    }
    // The language whose family draws `text`, by the script of its first letter; "" for Latin.
    // For a native name, in its state's script whatever the visitor reads.
    function languageOfScript(text: string): string {
        const c = text.charCodeAt(0);
        for (const script of scriptRanges) {
            if (c >= script[1] && c <= script[2])
                return script[0];
        }
        return "";
    }
    readonly property var scriptRanges: [["th", 0x0E00, 0x0E7F], ["lo", 0x0E80, 0x0EFF], ["my", 0x1000, 0x109F], ["km", 0x1780, 0x17FF], ["ko", 0xAC00, 0xD7AF]]
    // Line height for a language's script, as a multiple of its font's own. Noto Sans Khmer's
    // subscript consonants hang a quarter of the size below its line, into the next line or
    // text; the other scripts' fonts leave room for their marks (tests/qml/tst_theme.qml).
    function lineHeight(language: string): real {
        return language === "km" ? 1.25 : 1;
    }
    // Letter spacing is for Latin small caps and labels; in Korean, Thai, Khmer, Lao and
    // Burmese it pulls syllables apart, so those get none.
    function tracking(language: string, spacing: real): real {
        return scriptFamilies[language] ? 0 : spacing;
    }
    readonly property string serifFamily: "Noto Serif"
}
