#pragma once
// A visitor's call for staff, from the access panel (issue 14): logged as a warning, kept with
// its time for the staff panel and status.json (Staff::facts), and the hall's optional command
// run (the hall file's [staff] call, e.g. one that rings a desk bell). The command runs on its
// own: the visitor never waits for it nor hears of its failure, staff read that in the log. A
// second call within a minute of the last is the same call.

#include <QtQml/qqmlregistration.h>
#include <QDateTime>
#include <QObject>
#include <functional>

class StaffCall : public QObject {
    Q_OBJECT
    QML_ELEMENT

public:
    using Clock = std::function<QDateTime()>;

    explicit StaffCall(QObject *parent = nullptr) : QObject(parent) {}

    void setCommand(const QString &command) { m_command = command; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // When staff were last called; invalid if never.
    QDateTime lastCall() const { return m_last; }

    // True when this press called staff; false when it repeats a call made less than a minute
    // ago (staff are on their way already).
    Q_INVOKABLE bool call();

signals:
    void called();

private:
    void runCommand();

    QString m_command;
    Clock m_clock = [] { return QDateTime::currentDateTime(); };
    QDateTime m_last;
};
