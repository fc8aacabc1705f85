#include "staffcall.h"

#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcCall, "asean.staffcall")

bool StaffCall::call()
{
    const QDateTime now = m_clock();
    if (m_last.isValid() && m_last.secsTo(now) < 60)
        return false;
    m_last = now;
    qCWarning(lcCall) << "a visitor called staff";
    runCommand();
    emit called();
    return true;
}

void StaffCall::runCommand()
{
    QStringList words = QProcess::splitCommand(m_command);
    if (words.isEmpty())
        return;
    const QString program = words.takeFirst();
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    const QString command = m_command;
    connect(process, &QProcess::errorOccurred, this, [process, command](QProcess::ProcessError e) {
        // The other errors end in finished().
        if (e != QProcess::FailedToStart)
            return;
        qCWarning(lcCall).noquote() << "the staff call command could not be run:" << command << "-"
                                    << process->errorString();
        process->deleteLater();
    });
    connect(process, &QProcess::finished, this,
            [process, command](int code, QProcess::ExitStatus status) {
                if (status == QProcess::CrashExit || code != 0)
                    qCWarning(lcCall).noquote()
                        << "the staff call command failed:" << command << "-"
                        << (status == QProcess::CrashExit
                                ? QStringLiteral("it crashed")
                                : QStringLiteral("exit code %1").arg(code))
                        << process->readAll().trimmed().left(300);
                process->deleteLater();
            });
    process->start(program, words);
}
