#pragma once

#include <QDateTime>

namespace rw {

/**
 * \brief The sign-in failure count and lockout of one account, as stored in account.failed_count
 * and account.locked_until_ms. Changed only through LoginThrottle.
 */
struct LoginAttemptState
{
    int failedCount = 0;   //!< consecutive failures since the last success or the last lockout ended
    QDateTime lockedUntil; //!< invalid when never locked; locked while now < lockedUntil

    friend bool operator==(const LoginAttemptState &a, const LoginAttemptState &b)
    {
        return a.failedCount == b.failedCount && a.lockedUntil == b.lockedUntil &&
               a.lockedUntil.isValid() == b.lockedUntil.isValid();
    }
};

} // namespace rw
