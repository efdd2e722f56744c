#pragma once

#include "loginattemptstate.h"
#include "passwordpolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rw {

class Clock;

/**
 * \brief Server-side lockout after repeated sign-in failures (GB/T 22239-2019 §8.1.4.1 b:
 * 限制非法登录次数), as pure decisions over a LoginAttemptState and the clock.
 *
 * With the default policy: failures are counted per account; the 5th consecutive failure locks the
 * account for 15 minutes, until exactly failure time + 15 min; attempts during the lock are refused
 * without checking the password and neither count nor extend the lock (otherwise anyone could keep
 * an account locked for ever by guessing). When the lock has run out, counting starts again from
 * zero. A success, or an unlock by the security administrator, clears the count. Wrong TOTP codes
 * count as failures too, so the second factor cannot be guessed either.
 *
 * The caller stores the returned state (account.failed_count, account.locked_until_ms) and audits
 * every failure and lockout. The Clock must outlive the throttle.
 */
class LoginThrottle
{
    Q_DECLARE_TR_FUNCTIONS(rw::LoginThrottle)

public:
    LoginThrottle(const PasswordPolicy &policy, const Clock &clock);

    /** Whether the account is locked now: now < lockedUntil. */
    bool isLocked(const LoginAttemptState &state) const;
    /** Milliseconds until the lock ends; 0 when not locked. */
    qint64 remainingLockMs(const LoginAttemptState &state) const;
    /** Failures left before the next one locks; 0 while locked. */
    int attemptsLeft(const LoginAttemptState &state) const;

    /** The state after a failed attempt now (unchanged while locked). */
    LoginAttemptState recordFailure(const LoginAttemptState &state) const;
    /** The state after a successful sign-in. */
    LoginAttemptState recordSuccess(const LoginAttemptState &state) const;
    /** The state after the security administrator lifted a lock (audit it): as after a success. */
    static LoginAttemptState unlocked() { return {}; }

    /** Translated text for a refused attempt: why and until when; empty when not locked. */
    QString lockedMessage(const LoginAttemptState &state) const;

private:
    int m_threshold;
    qint64 m_lockMs;
    const Clock &m_clock;
};

} // namespace rw
