#pragma once
// Notices every touch, click and key anywhere in the program, so the kiosk knows when the
// visitor has gone: an application-wide event filter, passed on as Hall::input().

#include <QElapsedTimer>
#include <QObject>

class IdleWatch : public QObject {
    Q_OBJECT
public:
    explicit IdleWatch(QObject *parent = nullptr);

signals:
    void input();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceInput;
};
