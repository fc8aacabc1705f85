#pragma once
// Runs a program to its end, for tests of the real asean-kiosk and asean-catalogue.

#include <QByteArray>
#include <QString>
#include <QStringList>

struct ProgramRun {
    int exitCode = -1;  // -1 when it crashed or did not finish
    QString output;     // standard output and standard error together
};

ProgramRun runProgram(const QString &program, const QStringList &args,
                      const QByteArray &input = {});
