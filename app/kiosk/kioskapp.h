#pragma once
// Starts the kiosk: prepares the content root (filling an empty one with the demo) and this
// kiosk's state folder, opens the current release, loads the QML interface and, with
// --screenshot, captures it and exits.

#include "kioskoptions.h"

#include <QString>
#include <QTimer>
#include <memory>

class QGuiApplication;
class QQmlApplicationEngine;
class QQuickWindow;
class KioskRoot;
class MediaImageProvider;
class IdleWatch;
class Health;
class Watchdog;
class RunLedger;
class StateFolder;
struct KioskPlaces;
struct HallConfig;
struct RecoveryPolicy;

// Everything a running kiosk window holds, in the order it must be torn down. The program and
// the benchmarks both start the kiosk through this.
class KioskSession {
public:
    // Null with a one-line reason when the content root is unusable or QML fails to load.
    static std::unique_ptr<KioskSession> start(const KioskOptions &options, QString *error);
    ~KioskSession();

    QQuickWindow *window() const { return m_window; }
    QQmlApplicationEngine &engine() const { return *m_engine; }
    KioskRoot &root() const { return *m_root; }
    Health &health() const { return *m_health; }

private:
    KioskSession() = default;
    // --draft: the interface on a snapshot of the draft, and nothing written anywhere (no run
    // ledger, status, PIN or log file; the log goes to standard error).
    static std::unique_ptr<KioskSession> startPreview(const KioskOptions &options,
                                                      const KioskPlaces &places,
                                                      const HallConfig &hall, QString *error);
    // Records this start in the run ledger; after repeated deaths, puts the releases in safe
    // mode.
    void beginRun(const StateFolder &state, const RecoveryPolicy &recovery);
    // The first screen: --open's, else the attract loop in kiosk mode, else home.
    void openRoute(const KioskOptions &options);
    bool loadInterface(const KioskOptions &options, const KioskPlaces &places,
                       const QString &defaultLanguage, QString *error);
    // Sets `held` (m_recoveryError or m_statusError) to `error` (a sentence, or empty when the
    // write worked) and tells staff, status and the log when that changes what they are told.
    void noteStateError(QString *held, const QString &error);

    std::unique_ptr<KioskRoot> m_root;
    std::unique_ptr<IdleWatch> m_idle;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    MediaImageProvider *m_images = nullptr;  // owned by the engine
    QQuickWindow *m_window = nullptr;
    std::unique_ptr<Health> m_health;
    std::unique_ptr<Watchdog> m_watchdog;
    std::unique_ptr<RunLedger> m_ledger;
    QTimer m_proven;  // marks the release proven once it has run long enough
    // Why crash recovery (the run ledger) and status cannot be written; empty while they can.
    QString m_recoveryError;
    QString m_statusError;
};

namespace KioskApp {

int run(QGuiApplication &app, const KioskOptions &options);

// --status: prints the status file of the state folder; 1 when there is none, or when the kiosk
// that wrote it is no longer running.
int printStatus(const KioskOptions &options);
// --set-pin: reads a PIN from standard input and stores its salted hash in the state folder.
int setPin(const KioskOptions &options);

}  // namespace KioskApp
