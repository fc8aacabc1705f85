#include "visit.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVisit, "asean.visit")

void Visit::begin()
{
    if (active())
        return;
    m_clock.start();
    qCInfo(lcVisit) << "visit started";
    emit activeChanged();
    emit started();
}

void Visit::end()
{
    if (!active())
        return;
    const qint64 duration = m_clock.elapsed();
    m_clock.invalidate();
    qCInfo(lcVisit) << "visit ended after" << duration / 1000 << "s";
    emit activeChanged();
    emit ended(duration);
}
