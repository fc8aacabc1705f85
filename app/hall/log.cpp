#include "log.h"

#include <syslog.h>
#include <systemd/sd-journal.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <cstdio>

namespace {

constexpr int kErrorsKept = 5;

struct Sink {
    QMutex mutex;
    QStringList recentErrors;  // newest first
    QString folder;            // empty: no file
    qint64 maxBytes = 0;
    int keep = 0;
    QFile file;
    bool journal = false;
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

// Called with the mutex held. Renames kiosk.log -> .1 -> .2 ... and drops the oldest.
void rotate(Sink &s)
{
    s.file.close();
    const QString base = s.folder + QStringLiteral("/kiosk.log");
    QFile::remove(base + QLatin1Char('.') + QString::number(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(base + QLatin1Char('.') + QString::number(i),
                      base + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    s.file.setFileName(base);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &s = sink();
    const QByteArray category = context.category ? context.category : "default";
    QMutexLocker lock(&s.mutex);
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        s.recentErrors.prepend(now + QLatin1Char(' ') + message);
        if (s.recentErrors.size() > kErrorsKept)
            s.recentErrors.removeLast();
    }
    if (s.journal) {
        sd_journal_send("MESSAGE=%s", message.toUtf8().constData(), "PRIORITY=%i", priorityOf(type),
                        "QT_CATEGORY=%s", category.constData(), "SYSLOG_IDENTIFIER=asean-kiosk",
                        nullptr);
    } else {
        const QByteArray line =
            now.toUtf8() + ' ' + levelOf(type) + ' ' + category + ": " + message.toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > s.maxBytes)
                rotate(s);
            s.file.write(line);
            s.file.flush();  // a crash must not take the last lines with it
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
    if (!QDir().mkpath(folder))
        return false;
    s.file.close();
    s.folder = folder;
    s.maxBytes = maxBytes;
    s.keep = keep;
    s.file.setFileName(folder + QStringLiteral("/kiosk.log"));
    return s.file.open(QIODevice::WriteOnly | QIODevice::Append);
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
