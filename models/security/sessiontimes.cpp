#include "sessiontimes.h"

#include "domain/clock.h"

namespace rw {

QDateTime SessionTimes::idleLockAt(const PasswordPolicy &policy) const
{
    return lastActivity.addMSecs(qint64(policy.idleLockMinutes) * 60 * 1000);
}

QDateTime SessionTimes::expiresAt(const PasswordPolicy &policy) const
{
    return started.addMSecs(qint64(policy.sessionLimitHours) * 60 * 60 * 1000);
}

SessionState SessionTimes::stateAt(const QDateTime &now, const PasswordPolicy &policy) const
{
    if (!started.isValid() || !lastActivity.isValid() || now >= expiresAt(policy))
        return SessionState::Expired;
    if (now >= idleLockAt(policy))
        return SessionState::IdleLocked;
    return SessionState::Active;
}

SessionState SessionTimes::state(const Clock &clock, const PasswordPolicy &policy) const
{
    return stateAt(clock.now(), policy);
}

qint64 SessionTimes::msUntilNextChange(const QDateTime &now, const PasswordPolicy &policy) const
{
    if (stateAt(now, policy) != SessionState::Active)
        return 0;
    const QDateTime next = qMin(idleLockAt(policy), expiresAt(policy));
    return now.msecsTo(next);
}

SessionTimes SessionTimes::touched(const QDateTime &now, const PasswordPolicy &policy) const
{
    if (stateAt(now, policy) != SessionState::Active)
        return *this;
    return {started, qMax(lastActivity, now)};
}

SessionTimes SessionTimes::unlocked(const QDateTime &now, const PasswordPolicy &policy) const
{
    if (stateAt(now, policy) == SessionState::Expired)
        return *this;
    return {started, qMax(lastActivity, now)};
}

} // namespace rw
