#pragma once

#include <QDateTime>

namespace rw {

/**
 * \brief Where code that depends on the time asks for it: the wall clock in production, a
 * ManualClock in tests and simulations.
 *
 * Everything that decides by time (password expiry, lockouts, idle locks, TOTP, audit
 * timestamps) takes a Clock, so day-90 and minute-15 boundaries can be tested exactly.
 * Implementations return UTC with millisecond precision and must be safe to call from any thread.
 */
class Clock
{
public:
    virtual ~Clock() = default;

    /** The current instant, in UTC. */
    virtual QDateTime now() const = 0;

    /** now() as Unix milliseconds (UTC), the unit of the *_ms database columns. */
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

} // namespace rw
