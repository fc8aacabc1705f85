// asean-catalogue: the curator command line; all of it lives in CatalogueCli.
#include "cataloguecli.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Image checks need Qt's image plugins, not a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CatalogueCli::run(app.arguments(), out, err);
}
