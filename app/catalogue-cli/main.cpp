// asean-catalogue: the curator command line; all of it lives in CatalogueCli.
#include "cataloguecli.h"
#include "standardoutput.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Image checks need Qt's image plugins, not a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(&StandardOutput::device());
    QTextStream err(stderr);
    const int exitCode = CatalogueCli::run(app.arguments(), out, err);
    out.flush();
    err.flush();
    return StandardOutput::finish("asean-catalogue", exitCode);
}
