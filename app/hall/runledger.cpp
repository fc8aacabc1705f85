#include "runledger.h"

#include "wholefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int kRunsKept = 50;

QJsonObject load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A damaged ledger is forgotten, not fatal: the worst case is one start without recovery.
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool save(const QString &path, const QJsonObject &ledger, QString *error)
{
    return WholeFile::write(path, QJsonDocument(ledger).toJson(), Access::Private, error);
}

// Applies `change` to this process's run in the ledger.
template <typename Change>
bool updateRun(const QString &path, qint64 pid, QString *error, Change change)
{
    QJsonObject ledger = load(path);
    QJsonArray runs = ledger.value(QLatin1String("runs")).toArray();
    for (qsizetype i = runs.size() - 1; i >= 0; --i) {
        QJsonObject run = runs.at(i).toObject();
        if (run.value(QLatin1String("pid")).toInteger() == pid) {
            change(run, ledger);
            runs.replace(i, run);
            break;
        }
    }
    ledger.insert(QLatin1String("runs"), runs);
    return save(path, ledger, error);
}

}  // namespace

RunLedger::RunLedger(QString path)
    : m_path(std::move(path)), m_pid(QCoreApplication::applicationPid())
{
}

RunLedger::Decision RunLedger::begin(const RecoveryPolicy &policy, const QDateTime &now)
{
    QJsonObject ledger = load(m_path);
    QJsonArray runs = ledger.value(QLatin1String("runs")).toArray();
    Decision decision;
    // Newest first, back to the last clean exit: a staff restart is a fresh start. A run that
    // died is taken to have died when the next one started (systemd restarts within seconds).
    QDateTime died = now;
    for (qsizetype i = runs.size() - 1; i >= 0; --i) {
        const QJsonObject run = runs.at(i).toObject();
        if (run.contains(QLatin1String("clean_exit")) || died.secsTo(now) > policy.windowSeconds)
            break;
        ++decision.abnormalExits;
        died = QDateTime::fromString(run.value(QLatin1String("start")).toString(), Qt::ISODate);
        if (!died.isValid())
            break;
    }
    if (decision.abnormalExits >= policy.crashes) {
        decision.safeMode = true;
        decision.release = provenRelease();
        // English, for the log; the staff panel words it in the visitor's language itself.
        decision.reason =
            QStringLiteral(
                "safe mode: %1 unexpected exits within %2 s; showing %3 "
                "with video off")
                .arg(decision.abnormalExits)
                .arg(policy.windowSeconds)
                .arg(decision.release ? QStringLiteral("release %1, the last that ran cleanly")
                                            .arg(decision.release)
                                      : QStringLiteral("the current release (none has run "
                                                       "cleanly yet)"));
    }
    QJsonObject run{{QStringLiteral("pid"), m_pid},
                    {QStringLiteral("start"), now.toString(Qt::ISODateWithMs)}};
    if (decision.safeMode)
        run.insert(QStringLiteral("safe_mode"), true);
    runs.append(run);
    while (runs.size() > kRunsKept)
        runs.removeFirst();
    ledger.insert(QStringLiteral("runs"), runs);
    save(m_path, ledger, &decision.error);
    return decision;
}

bool RunLedger::markProven(int release, QString *error)
{
    return updateRun(m_path, m_pid, error, [release](QJsonObject &run, QJsonObject &ledger) {
        run.insert(QStringLiteral("proven_release"), release);
        ledger.insert(QStringLiteral("proven_release"), release);
    });
}

bool RunLedger::markCleanExit(const QDateTime &now, QString *error)
{
    return updateRun(m_path, m_pid, error, [&now](QJsonObject &run, QJsonObject &) {
        run.insert(QStringLiteral("clean_exit"), now.toString(Qt::ISODateWithMs));
    });
}

int RunLedger::provenRelease() const
{
    return load(m_path).value(QLatin1String("proven_release")).toInt();
}
