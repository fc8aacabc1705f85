#pragma once
// One visitor's time at the kiosk: from the touch that wakes the attract loop to the idle reset
// (or closing time). What a visit chose ends with it; analytics will count visits here.

#include <QtQml/qqmlregistration.h>
#include <QElapsedTimer>
#include <QObject>

class Visit : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)

public:
    explicit Visit(QObject *parent = nullptr) : QObject(parent) {}

    bool active() const { return m_clock.isValid(); }
    // A visitor touched the attract loop; a visit already under way goes on.
    Q_INVOKABLE void begin();
    // The visitor has gone; nothing happens when no visit was under way.
    Q_INVOKABLE void end();

signals:
    void activeChanged();
    void started();
    void ended(qint64 durationMs);

private:
    QElapsedTimer m_clock;
};
