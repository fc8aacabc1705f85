#include "standardoutput.h"

#include "wholefile.h"

#include <unistd.h>

#include <QIODevice>
#include <cerrno>
#include <cstdio>

namespace {

class Output : public QIODevice {
public:
    Output() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    QString failure;  // why a write failed; empty while none did

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (writeAll(STDOUT_FILENO, data, size))
            return size;
        if (failure.isEmpty())
            failure = qt_error_string(errno);
        return -1;
    }
};

Output &output()
{
    static Output out;
    return out;
}

}  // namespace

namespace StandardOutput {

QIODevice &device()
{
    return output();
}

int finish(const char *program, int exitCode)
{
    if (output().failure.isEmpty())
        return exitCode;
    std::fprintf(stderr,
                 "%s: cannot write the output (%s), so it is incomplete; send it where there is "
                 "room.\n",
                 program, qPrintable(output().failure));
    return exitCode ? exitCode : 1;
}

}  // namespace StandardOutput
