import QtQuick

// The few line icons the kiosk needs, drawn rather than shipped as files: play, pause, replay,
// sound, mute, back, home, close, grid, language, access and bell.
Canvas {
    id: icon

    property string name
    property color color: Theme.text

    implicitWidth: 36
    implicitHeight: 36
    onNameChanged: requestPaint()
    onColorChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d");
        const w = width, h = height;
        ctx.reset();
        ctx.fillStyle = color;
        ctx.strokeStyle = color;
        ctx.lineWidth = Math.max(2, w / 12);
        ctx.lineCap = "round";
        ctx.lineJoin = "round";
        ctx.beginPath();
        switch (name) {
        case "play":
            ctx.moveTo(w * 0.28, h * 0.18);
            ctx.lineTo(w * 0.82, h * 0.5);
            ctx.lineTo(w * 0.28, h * 0.82);
            ctx.closePath();
            ctx.fill();
            break;
        case "pause":
            ctx.fillRect(w * 0.24, h * 0.18, w * 0.17, h * 0.64);
            ctx.fillRect(w * 0.59, h * 0.18, w * 0.17, h * 0.64);
            break;
        case "replay":
            ctx.arc(w / 2, h / 2, w * 0.32, -Math.PI * 0.35, Math.PI * 1.45);
            ctx.stroke();
            ctx.beginPath();
            ctx.moveTo(w * 0.62, h * 0.06);
            ctx.lineTo(w * 0.78, h * 0.26);
            ctx.lineTo(w * 0.54, h * 0.32);
            ctx.closePath();
            ctx.fill();
            break;
        case "sound":
        case "mute":
            ctx.moveTo(w * 0.12, h * 0.38);
            ctx.lineTo(w * 0.3, h * 0.38);
            ctx.lineTo(w * 0.52, h * 0.18);
            ctx.lineTo(w * 0.52, h * 0.82);
            ctx.lineTo(w * 0.3, h * 0.62);
            ctx.lineTo(w * 0.12, h * 0.62);
            ctx.closePath();
            ctx.fill();
            ctx.beginPath();
            if (name === "sound") {
                ctx.arc(w * 0.52, h / 2, w * 0.2, -Math.PI / 4, Math.PI / 4);
                ctx.stroke();
                ctx.beginPath();
                ctx.arc(w * 0.52, h / 2, w * 0.36, -Math.PI / 4, Math.PI / 4);
            } else {
                ctx.moveTo(w * 0.66, h * 0.36);
                ctx.lineTo(w * 0.9, h * 0.64);
                ctx.moveTo(w * 0.9, h * 0.36);
                ctx.lineTo(w * 0.66, h * 0.64);
            }
            ctx.stroke();
            break;
        case "back":
            ctx.moveTo(w * 0.62, h * 0.16);
            ctx.lineTo(w * 0.3, h * 0.5);
            ctx.lineTo(w * 0.62, h * 0.84);
            ctx.stroke();
            break;
        case "home":
            ctx.moveTo(w * 0.14, h * 0.5);
            ctx.lineTo(w * 0.5, h * 0.16);
            ctx.lineTo(w * 0.86, h * 0.5);
            ctx.moveTo(w * 0.26, h * 0.42);
            ctx.lineTo(w * 0.26, h * 0.84);
            ctx.lineTo(w * 0.74, h * 0.84);
            ctx.lineTo(w * 0.74, h * 0.42);
            ctx.stroke();
            break;
        case "close":
            ctx.moveTo(w * 0.22, h * 0.22);
            ctx.lineTo(w * 0.78, h * 0.78);
            ctx.moveTo(w * 0.78, h * 0.22);
            ctx.lineTo(w * 0.22, h * 0.78);
            ctx.stroke();
            break;
        case "language":
            // A speech bubble with two lines of text: "say it in another language".
            ctx.moveTo(w * 0.2, h * 0.16);
            ctx.lineTo(w * 0.8, h * 0.16);
            ctx.quadraticCurveTo(w * 0.9, h * 0.16, w * 0.9, h * 0.28);
            ctx.lineTo(w * 0.9, h * 0.6);
            ctx.quadraticCurveTo(w * 0.9, h * 0.72, w * 0.8, h * 0.72);
            ctx.lineTo(w * 0.42, h * 0.72);
            ctx.lineTo(w * 0.24, h * 0.88);
            ctx.lineTo(w * 0.26, h * 0.72);
            ctx.lineTo(w * 0.2, h * 0.72);
            ctx.quadraticCurveTo(w * 0.1, h * 0.72, w * 0.1, h * 0.6);
            ctx.lineTo(w * 0.1, h * 0.28);
            ctx.quadraticCurveTo(w * 0.1, h * 0.16, w * 0.2, h * 0.16);
            ctx.stroke();
            ctx.beginPath();
            ctx.moveTo(w * 0.28, h * 0.36);
            ctx.lineTo(w * 0.72, h * 0.36);
            ctx.moveTo(w * 0.28, h * 0.52);
            ctx.lineTo(w * 0.6, h * 0.52);
            ctx.stroke();
            break;
        case "access":
            // The International Symbol of Access: a seated figure in a wheelchair, facing right.
            ctx.arc(w * 0.44, h * 0.13, w * 0.09, 0, Math.PI * 2);
            ctx.fill();
            ctx.beginPath();
            ctx.moveTo(w * 0.42, h * 0.28);
            ctx.lineTo(w * 0.42, h * 0.56);
            ctx.lineTo(w * 0.68, h * 0.56);
            ctx.lineTo(w * 0.8, h * 0.84);
            ctx.lineTo(w * 0.9, h * 0.8);
            ctx.moveTo(w * 0.42, h * 0.38);
            ctx.lineTo(w * 0.62, h * 0.38);
            ctx.stroke();
            ctx.beginPath();
            ctx.arc(w * 0.42, h * 0.64, w * 0.26, -Math.PI * 0.1, Math.PI * 1.3);
            ctx.stroke();
            break;
        case "bell":
            // A desk bell: a dome on a base, with its knob.
            ctx.arc(w * 0.5, h * 0.7, w * 0.32, Math.PI, 0);
            ctx.closePath();
            ctx.fill();
            ctx.fillRect(w * 0.1, h * 0.74, w * 0.8, h * 0.08);
            ctx.fillRect(w * 0.46, h * 0.26, w * 0.08, h * 0.12);
            ctx.fillRect(w * 0.38, h * 0.22, w * 0.24, h * 0.06);
            break;
        case "grid":
            for (let i = 0; i < 2; ++i) {
                for (let j = 0; j < 2; ++j)
                    ctx.fillRect(w * (0.16 + 0.38 * i), h * (0.16 + 0.38 * j), w * 0.3, h * 0.3);
            }
            break;
        }
    }
}
