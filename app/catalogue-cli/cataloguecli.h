#pragma once
// The curator command line (asean-catalogue) as a library, so tests run it in-process.
// Exit codes: 0 success, 1 content problems found, 2 usage error.

#include <QStringList>

class QTextStream;

namespace CatalogueCli {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

}  // namespace CatalogueCli
