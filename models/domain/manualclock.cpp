#include "manualclock.h"

namespace rw {

ManualClock::ManualClock(const QDateTime &start)
{
    if (start.isValid())
        set(start);
}

QDateTime ManualClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC);
}

void ManualClock::set(const QDateTime &instant)
{
    m_ms.store(instant.isValid() ? instant.toMSecsSinceEpoch() : 0);
}

} // namespace rw
