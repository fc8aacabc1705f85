#include "idlewatch.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatch::IdleWatch(QObject *parent) : QObject(parent)
{
    m_sinceInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::KeyPress:
            // The same event reaches the filter once per object on its way; count it once.
            if (m_sinceInput.elapsed() > 50)
                emit input();
            m_sinceInput.restart();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}
