#include "loginthrottle.h"

#include "domain/clock.h"

namespace rw {

LoginThrottle::LoginThrottle(const PasswordPolicy &policy, const Clock &clock)
    : m_threshold(qMax(1, policy.lockoutThreshold))
    , m_lockMs(qint64(policy.lockoutMinutes) * 60 * 1000)
    , m_clock(clock)
{}

bool LoginThrottle::isLocked(const LoginAttemptState &state) const
{
    return state.lockedUntil.isValid() && m_clock.now() < state.lockedUntil;
}

qint64 LoginThrottle::remainingLockMs(const LoginAttemptState &state) const
{
    if (!isLocked(state))
        return 0;
    return state.lockedUntil.toMSecsSinceEpoch() - m_clock.nowMs();
}

int LoginThrottle::attemptsLeft(const LoginAttemptState &state) const
{
    if (isLocked(state))
        return 0;
    // A lock that has run out leaves the count at the threshold; the next failure starts afresh.
    const int counted = state.lockedUntil.isValid() ? 0 : state.failedCount;
    return qMax(0, m_threshold - counted);
}

LoginAttemptState LoginThrottle::recordFailure(const LoginAttemptState &state) const
{
    if (isLocked(state))
        return state;
    LoginAttemptState next;
    next.failedCount = (state.lockedUntil.isValid() ? 0 : state.failedCount) + 1;
    if (next.failedCount >= m_threshold)
        next.lockedUntil = m_clock.now().addMSecs(m_lockMs);
    return next;
}

LoginAttemptState LoginThrottle::recordSuccess(const LoginAttemptState &state) const
{
    Q_UNUSED(state);
    return {};
}

QString LoginThrottle::lockedMessage(const LoginAttemptState &state) const
{
    if (!isLocked(state))
        return {};
    const qint64 minutes = (remainingLockMs(state) + 59999) / 60000;
    return tr("The account is locked after %1 failed sign-ins (rule lockoutThreshold) until %2, "
              "%n minute(s) from now (rule lockoutMinutes: %3).",
              "", int(minutes))
        .arg(state.failedCount)
        .arg(state.lockedUntil.toUTC().toString(Qt::ISODate))
        .arg(m_lockMs / 60000);
}

} // namespace rw
