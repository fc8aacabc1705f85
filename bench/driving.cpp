#include "driving.h"

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
    QMetaObject::invokeMethod(session.window(), "go", Q_ARG(QString, route));
}

}  // namespace Driving
