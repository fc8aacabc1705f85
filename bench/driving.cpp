#include "driving.h"

#include "kioskroot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickWindow>

namespace Driving {

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // What a return to the kiosk's event loop does. processEvents() alone never deletes
        // what deleteLater() was called on outside an event (the bench's own calls: setLanguage,
        // resetForNextVisitor, go), as no event loop runs here: ListView delegates and their
        // full-screen pictures would pile up, which the kiosk under exec() never does.
        if (!QCoreApplication::closingDown())
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

void settle(int ms)
{
    spinUntil([] { return false; }, ms);
}

std::unique_ptr<KioskSession> startSession(const QString &root, const QString &route)
{
    KioskOptions options;
    options.content = root;
    options.route = route;
    QString error;
    auto session = KioskSession::start(options, &error);
    if (!session)
        qFatal("cannot start the kiosk: %s", qPrintable(error));
    session->window()->show();
    return session;
}

void go(KioskSession &session, const QString &route)
{
    Router::Section section = Router::Section::Home;
    QString id;
    if (!Router::parse(route, &section, &id))
        qFatal("not a route: %s", qPrintable(route));
    session.root().router()->go(section, id);
}

}  // namespace Driving
