#include "log.h"

#include "folders.h"
#include "wholefile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <syslog.h>
#include <systemd/sd-journal.h>
#include <unistd.h>

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <cerrno>
#include <cstdio>

namespace {

constexpr int kErrorsKept = 5;

struct Sink {
    QMutex mutex;
    QStringList recentErrors;  // newest first
    QString folder;            // empty: no file
    qint64 maxBytes = 0;
    int keep = 0;
    int fd = -1;  // kiosk.log, or -1
    bool journal = false;
    bool failing = false;  // the last line could not be written
};

Sink &sink()
{
    static Sink s;
    return s;
}

int priorityOf(QtMsgType type)
{
    switch (type) {
        case QtDebugMsg:
            return LOG_DEBUG;
        case QtInfoMsg:
            return LOG_INFO;
        case QtWarningMsg:
            return LOG_WARNING;
        case QtCriticalMsg:
            return LOG_ERR;
        case QtFatalMsg:
            return LOG_CRIT;
    }
    return LOG_INFO;
}

const char *levelOf(QtMsgType type)
{
    static const char *const names[] = {"debug", "warning", "critical", "fatal", "info"};
    return names[type];
}

// Called with the mutex held. Opens kiosk.log for appending, made with the state's own mode.
// Unbuffered: each line goes to the disk as it comes (a crash must not take the last lines with
// it), and a write that fails says so at once; a buffer would keep growing on a full disk.
bool openFile(Sink &s)
{
    s.fd = ::open(QFile::encodeName(s.folder + QStringLiteral("/kiosk.log")).constData(),
                  O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, fileMode(Access::Private));
    if (s.fd < 0)
        return false;
    ::fchmod(s.fd,
             fileMode(Access::Private));  // the umask may have taken bits; older logs had more
    return true;
}

void closeFile(Sink &s)
{
    if (s.fd >= 0)
        ::close(s.fd);
    s.fd = -1;
}

qint64 sizeOf(int fd)
{
    struct stat info;
    return ::fstat(fd, &info) == 0 ? qint64(info.st_size) : 0;
}

// Called with the mutex held. Renames kiosk.log -> .1 -> .2 ... and drops the oldest, which on a
// full disk also makes room again.
void rotate(Sink &s)
{
    closeFile(s);
    const QString base = s.folder + QStringLiteral("/kiosk.log");
    QFile::remove(base + QLatin1Char('.') + QString::number(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(base + QLatin1Char('.') + QString::number(i),
                      base + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    openFile(s);
}

// Qt says "OpenType support missing for "Noto Sans", script 32" each time a text in one script
// is first drawn with a family that lacks it: the fallback families are tried in turn (see
// Fonts::install) and the text draws in its own script's font. Worth a line in the log for hall
// IT, but not a problem for staff to look into.
bool isFontFallback(const QString &message)
{
    return message.trimmed().startsWith(QLatin1String("OpenType support missing for"));
}

void noteError(Sink &s, const QString &line)
{
    s.recentErrors.prepend(line);
    if (s.recentErrors.size() > kErrorsKept)
        s.recentErrors.removeLast();
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &s = sink();
    const QByteArray category = context.category ? context.category : "default";
    QMutexLocker lock(&s.mutex);
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
    if ((type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) &&
        !isFontFallback(message))
        noteError(s, now + QLatin1Char(' ') + message);
    if (s.journal) {
        sd_journal_send("MESSAGE=%s", message.toUtf8().constData(), "PRIORITY=%i", priorityOf(type),
                        "QT_CATEGORY=%s", category.constData(), "SYSLOG_IDENTIFIER=asean-kiosk",
                        nullptr);
    } else {
        const QByteArray line =
            now.toUtf8() + ' ' + levelOf(type) + ' ' + category + ": " + message.toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        if (s.fd >= 0) {
            if (sizeOf(s.fd) + line.size() > s.maxBytes)
                rotate(s);
            const bool written = s.fd >= 0 && writeAll(s.fd, line.constData(), line.size());
            // Once per spell of failures: staff and status see it among the recent problems.
            if (!written && !s.failing)
                noteError(s, QStringLiteral("%1 cannot write the log %2 (%3); free some space on "
                                            "that disk: lines are lost until there is room")
                                 .arg(now, s.folder + QStringLiteral("/kiosk.log"),
                                      qt_error_string(errno)));
            s.failing = !written;
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

}  // namespace

namespace Log {

void install()
{
    // systemd sets JOURNAL_STREAM when standard error is connected to the journal.
    sink().journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    qInstallMessageHandler(handle);
}

bool toFolder(const QString &folder, qint64 maxBytes, int keep)
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    if (s.journal)
        return true;
    if (!Folders::make(folder, Access::Private))
        return false;
    closeFile(s);
    s.folder = folder;
    s.maxBytes = maxBytes;
    s.keep = keep;
    return openFile(s);
}

QString lastError()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.recentErrors.value(0);
}

QStringList recentErrors()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.recentErrors;
}

}  // namespace Log
