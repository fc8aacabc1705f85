#pragma once
// asean-catalogue run in-process, as a curator runs it: for tests that link the command line
// (asean_cataloguecli).

#include "cataloguecli.h"

#include <QStringList>
#include <QTextStream>

// Runs `asean-catalogue ARGS...`; what it prints goes to `out` and `err` (replaced).
inline int callCatalogue(const QStringList &args, QString *out, QString *err)
{
    out->clear();
    err->clear();
    QTextStream outStream(out);
    QTextStream errStream(err);
    const int code = CatalogueCli::run(QStringList{QStringLiteral("asean-catalogue")} + args,
                                       outStream, errStream);
    outStream.flush();
    errStream.flush();
    return code;
}
