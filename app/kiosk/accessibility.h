#pragma once
// The access choices of the visit under way; Theme reads them (Main.qml passes them on).
// Today: reduced motion, for visitors who are troubled by motion (no pan-and-zoom, no
// transitions).

#include <QtQml/qqmlregistration.h>
#include <QObject>

class Accessibility : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)

public:
    explicit Accessibility(QObject *parent = nullptr) : QObject(parent) {}

    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool reduced)
    {
        if (reduced == m_reducedMotion)
            return;
        m_reducedMotion = reduced;
        emit reducedMotionChanged();
    }

signals:
    void reducedMotionChanged();

private:
    bool m_reducedMotion = false;
};
