#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rw {

/**
 * \brief Where a password stands at a given instant (PasswordPolicyChecker::expiry()).
 *
 * In the account's terms: changed at T, the password expires at T + maxAgeDays × 24 h (exactly,
 * to the millisecond); from expiresAt − warnDays × 24 h the user is warned, with daysLeft counted
 * in whole days rounded up (23 h left is 1 day). An expired password lets the user do nothing but
 * change it (reference/security.md §2); so does a password an administrator reset.
 */
struct PasswordExpiry
{
    Q_DECLARE_TR_FUNCTIONS(rw::PasswordExpiry)

public:
    enum class State {
        Ok,         //!< more than warnDays left
        Warning,    //!< expires within warnDays: say so at sign-in
        Expired,    //!< at or after expiresAt: change before anything else
        MustChange, //!< reset by an administrator or never set: change before anything else
    };

    State state = State::MustChange;
    QDateTime expiresAt; //!< invalid for MustChange
    int daysLeft = 0;    //!< whole days until expiresAt, rounded up; 0 once expired
    int maxAgeDays = 0;  //!< the policy's number, for the message

    bool blocksSignIn() const { return state == State::Expired || state == State::MustChange; }

    /** Translated text for the user; empty for Ok. */
    QString message() const;
};

} // namespace rw
