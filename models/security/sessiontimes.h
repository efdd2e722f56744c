#pragma once

#include "passwordpolicy.h"

#include <QDateTime>

namespace rw {

class Clock;

/** What a signed-in session may do at a given instant. */
enum class SessionState {
    Active,     //!< go on
    IdleLocked, //!< no activity for idleLockMinutes: lock the screen, ask for the password again
    Expired,    //!< older than sessionLimitHours: sign out; a new sign-in is needed
};

/**
 * \brief The two instants that decide a session's fate (GB/T 22239-2019 §8.1.4.1 b: 登录连接超时
 * 自动退出; ASVS 3.3.3: 12 h absolute, 15 min idle), as pure functions of time.
 *
 * Idle lock at exactly lastActivity + idleLockMinutes; expiry at exactly started + sessionLimitHours.
 * Expiry wins over the idle lock. Unlocking an idle-locked session (password again) counts as
 * activity but never extends the absolute limit.
 */
struct SessionTimes
{
    QDateTime started;
    QDateTime lastActivity;

    /** A session starting at \a now. */
    static SessionTimes startingAt(const QDateTime &now) { return {now, now}; }

    SessionState stateAt(const QDateTime &now, const PasswordPolicy &policy) const;
    SessionState state(const Clock &clock, const PasswordPolicy &policy) const;

    QDateTime idleLockAt(const PasswordPolicy &policy) const;
    QDateTime expiresAt(const PasswordPolicy &policy) const;

    /** Milliseconds from \a now until the next change of state (for a timer); 0 if not active. */
    qint64 msUntilNextChange(const QDateTime &now, const PasswordPolicy &policy) const;

    /**
     * The times after activity at \a now. Only an Active session records activity: an idle-locked one
     * must be unlocked first (unlocked()), an expired one never comes back.
     */
    SessionTimes touched(const QDateTime &now, const PasswordPolicy &policy) const;
    /** The times after the user unlocked an idle-locked session at \a now (expired sessions stay so). */
    SessionTimes unlocked(const QDateTime &now, const PasswordPolicy &policy) const;

    friend bool operator==(const SessionTimes &, const SessionTimes &) = default;
};

} // namespace rw
