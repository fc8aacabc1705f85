#pragma once
// Runs the real asean-kiosk for end-to-end tests, each in its own X server (xvfb-run).

#include <QImage>
#include <QJsonObject>
#include <QStringList>

namespace KioskRun {

struct Run {
    int exitCode = -1;
    QString output;
    QImage screenshot;
    QImage backdrop;    // the same screen without its texts, when --backdrop was given
    QJsonObject scene;  // what --screenshot writes beside the picture

    // The visible texts of the scene.
    QStringList texts() const;
};

// Runs the kiosk with `args` (and --screenshot when given) at 1920x1080 and waits for it.
Run runKiosk(const QStringList &args, const QString &screenshot = {});
// Runs a shell script in its own X server with $0 the kiosk program and $1... `args`; returns
// everything it and the kiosk printed. The script may call `wait_for_frame LOG`, which waits
// (up to 30 s) until the kiosk logging to LOG has presented its first frame, and prints
// "NO FRAME" if it never does: a fixed sleep is too short on a loaded machine.
// With Mounts::Private the script runs in a mount namespace of its own, as root there
// (unshare -rm), so it can bind-mount folders read-only without touching the machine's mounts.
enum class Mounts { Shared, Private };
QString runScriptInX(const QString &script, const QStringList &args, int timeoutMs = 90000,
                     Mounts mounts = Mounts::Shared);
// Texts of the scene that overflow their box or run off the screen, or are cut short, without
// being elided on purpose; one sentence each.
QStringList overflowingTexts(const Run &run);
// Texts whose letters run into another text or into a control they are not part of, and
// controls over one another (the staff corner over a button); one sentence each.
QStringList collisions(const Run &run);
// Cards (CountryCard) in rows that do not fill the grid: a row with a card alone while others
// hold more, or a row narrower than the others (empty cells); one sentence each.
QStringList unevenCardRows(const Run &run);
// All of the above: what a visitor would see as a broken layout.
QStringList layoutProblems(const Run &run);
// Many distinct colours over the whole frame: photos and flags, not an empty window.
int distinctColours(const QImage &image);

}  // namespace KioskRun
