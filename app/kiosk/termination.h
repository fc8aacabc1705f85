#pragma once
// SIGTERM (systemd stopping the service, a shutdown), SIGINT and SIGHUP end the kiosk in an
// orderly way through the event loop, so the run is recorded as a clean exit and not counted
// as a crash by the recovery ledger.

class QCoreApplication;

namespace Termination {

void quitOnSignals(QCoreApplication &app);

}  // namespace Termination
