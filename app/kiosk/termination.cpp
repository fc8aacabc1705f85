#include "termination.h"

#include <sys/socket.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <csignal>

Q_LOGGING_CATEGORY(lcTermination, "asean.termination")

namespace {

int s_pipe[2] = {-1, -1};

// Only async-signal-safe work here: hand the signal number to the event loop.
void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
}

}  // namespace

namespace Termination {

void quitOnSignals(QCoreApplication &app)
{
    if (s_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_pipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char signal = 0;
        if (::read(s_pipe[0], &signal, 1) == 1)
            qCInfo(lcTermination) << "signal" << int(signal) << "received; ending cleanly";
        // exit(), not quit(): quit() asks the windows first, and a kiosk-mode window refuses.
        app.exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        sigaction(signal, &action, nullptr);
}

}  // namespace Termination
