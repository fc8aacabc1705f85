#include "pinprompt.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace {

QString readLine(const char *prompt)
{
    std::fprintf(stderr, "%s", prompt);
    std::fflush(stderr);
    // Someone may be watching the screen: the digits are not shown.
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char line[64] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
    return read ? QString::fromLatin1(line).trimmed() : QString();
}

}  // namespace

namespace PinPrompt {

QString readTwice(QString *error)
{
    const QString pin = readLine("New staff PIN (4 to 12 digits): ");
    if (pin.isEmpty()) {
        *error = QStringLiteral("no PIN was typed");
        return {};
    }
    if (readLine("The same PIN again: ") != pin) {
        *error = QStringLiteral("the two PINs differ; type the same PIN twice");
        return {};
    }
    return pin;
}

}  // namespace PinPrompt
