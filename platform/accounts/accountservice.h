#pragma once

#include "security/account.h"
#include "security/auditentry.h"
#include "security/loginthrottle.h"
#include "security/passwordexpiry.h"
#include "security/passwordpolicy.h"
#include "security/passwordpolicychecker.h"
#include "security/passwordrulefailure.h"
#include "security/secretbox.h"
#include "security/sessiontimes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace rw {

class AccountStore;
class AuditStore;
class Clock;
class PasswordBlocklist;

/**
 * \brief The sign-in rules of the reference platform (DESIGN §8): password and TOTP checks,
 * lockout, password expiry and forced change, sessions with idle and absolute limits, and an audit
 * entry for every outcome (GB/T 22239-2019 §8.1.4.3; seed 000 Art. 20).
 *
 * Unknown user names get the same answer as wrong passwords and cost the same time: the password is
 * verified against a dummy hash. (A locked account answers "locked" without checking the password,
 * which tells that the account exists: the price of telling its owner why sign-in fails.)
 *
 * Sessions are opaque random tokens (32 bytes, base64url); only their SHA-256 is kept, in memory,
 * so sessions end with the process. A session whose password must change may do nothing but change
 * it (reference/security.md §2).
 *
 * The store, audit store and clock must outlive the service. One thread at a time.
 */
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(rw::AccountService)

public:
    enum class LoginOutcome {
        Ok,
        MustChangePassword, //!< signed in, but only the password change is allowed
        WrongCredentials,   //!< unknown user or wrong password: the same answer for both
        Locked,             //!< too many failures; see lockedUntil
        Disabled,
        TotpRequired, //!< password right; a TOTP code is needed (or the account is not enrolled)
        TotpInvalid,  //!< wrong, malformed or replayed code (counts as a failure)
        Unavailable,  //!< storage or audit failed: nobody signs in without an audit record
    };

    struct Session
    {
        qint64 accountId = 0;
        QString userName;
        Role role = Role::CityOfficer;
        QString regionCode;
        bool mustChange = false;
        QString peer;
        SessionTimes times;

        RegionScope scope() const { return RegionScope::fromCode(regionCode); }
    };

    struct LoginResult
    {
        LoginOutcome outcome = LoginOutcome::WrongCredentials;
        QString message;  //!< translated; for Ok, the expiry warning if any
        QByteArray token; //!< for Ok and MustChangePassword
        std::optional<Session> session;
        PasswordExpiry expiry; //!< for Ok and MustChangePassword
        QDateTime lockedUntil; //!< for Locked

        bool signedIn() const { return !token.isEmpty(); }
    };

    enum class SessionState { Active, Unknown, IdleLocked, Expired };
    struct SessionLookup
    {
        SessionState state = SessionState::Unknown;
        Session session; //!< valid for Active
    };

    enum class ChangeOutcome { Ok, NoSession, WrongPassword, Rejected, Unavailable };
    struct ChangeResult
    {
        ChangeOutcome outcome = ChangeOutcome::NoSession;
        QString message;                     //!< translated
        QList<PasswordRuleFailure> failures; //!< for Rejected
    };

    AccountService(AccountStore &store, AuditStore &audit, const Clock &clock, SecretBox totpBox,
                   PasswordPolicy policy = {}, std::shared_ptr<const PasswordBlocklist> blocklist = {});
    ~AccountService();

    const PasswordPolicy &policy() const { return m_policy; }
    /**
     * Puts \a policy in force at once (the security administrator's change, DESIGN §8): the
     * composition, history and age rules of the next password change, the lockout threshold and
     * duration of the next failure, the expiry of the next sign-in, and the idle and absolute
     * limits of every open session at its next request. Lockouts already imposed keep their end
     * time. The caller validates and persists the policy (PolicyStore) and audits the change.
     */
    void setPolicy(const PasswordPolicy &policy);
    AccountStore &store() { return m_store; }
    const Clock &clock() const { return m_clock; }

    LoginResult login(const QString &userName, const QString &password, const QString &totpCode,
                      const QString &peer);

    /** Resolves \a token; an active session records activity now. Idle-locked and expired ones do not. */
    SessionLookup touch(const QByteArray &token);
    /** Resolves \a token without recording activity. */
    SessionLookup peek(const QByteArray &token) const;

    /**
     * Changes the password of \a token's session: the current password, the composition rules, the
     * history and (unless the change is forced) the minimum age. A forced change clears the
     * session's mustChange.
     */
    ChangeResult changePassword(const QByteArray &token, const QString &currentPassword,
                                const QString &newPassword, const QString &peer);

    enum class UnlockOutcome { Ok, NoSession, WrongPassword, Locked, Unavailable };
    struct UnlockResult
    {
        UnlockOutcome outcome = UnlockOutcome::NoSession;
        QString message;       //!< translated
        QDateTime lockedUntil; //!< for Locked
    };
    /**
     * Unlocks \a token's idle-locked (or still active) session with the account's password
     * (GB/T 22239-2019 §8.1.4.1 b). A wrong password counts towards the lockout like a failed
     * sign-in; the failure that locks the account also ends its sessions. Audited "session.unlock".
     * Never extends the session's absolute limit (SessionTimes::unlocked).
     */
    UnlockResult unlockSession(const QByteArray &token, const QString &password, const QString &peer);

    /** Ends the session; false if there was none. */
    bool logout(const QByteArray &token, const QString &peer);
    /** Ends every session of account \a accountId (disabled, reset); returns how many. */
    int endSessionsOf(qint64 accountId);
    int sessionCount() const { return int(m_sessions.size()); }

    /**
     * Gives account \a accountId a fresh TOTP key (sealed in the database) and returns it, to show
     * once as a provisioning URI (Totp::provisioningUri); empty on error (see the store's error()).
     */
    QByteArray enrolTotp(qint64 accountId);

    /** What --init-admin shows once: the one-time password and the authenticator's provisioning URI. */
    struct InitialAdministrator
    {
        Account account;
        QString password;
        QString provisioningUri;
    };
    /**
     * Creates the first system administrator \a userName with a one-time password (must change) and
     * a TOTP key; refuses when any account exists. Audited as "account.init".
     */
    std::optional<InitialAdministrator> initAdministrator(const QString &userName, QString *error);

    /** The demo accounts, one per role (README "Demo accounts"), all with DemoPassword. */
    static QList<std::pair<QString, Role>> demoAccounts();
    static QString demoRegion(Role role);
    static inline const QString DemoPassword = QStringLiteral("Demo-Wuzhishan-2026");
    /** The administrators' demo TOTP key: RFC 6238's test key "12345678901234567890". */
    static QByteArray demoTotpSecret() { return QByteArrayLiteral("12345678901234567890"); }
    /**
     * Creates the demo accounts that do not exist yet (demo mode only: never on a real platform),
     * with no password change pending and the demo TOTP key for the administrators.
     */
    bool createDemoAccounts(QString *error);

    /** A random password of \a length characters that meets the default composition rules. */
    static QString generatePassword(int length = 16);

    /** Where \a account's password stands now. */
    PasswordExpiry expiryOf(const Account &account) const;

    /** Appends an audit entry; false if it could not be stored (the caller then fails closed). */
    bool audit(const QString &actor, const QString &role, const QString &peer, const QString &action,
               const QString &target, AuditEntry::Outcome outcome, const QJsonObject &detail = {});

    static QString outcomeKey(LoginOutcome outcome); //!< "ok", "wrongCredentials", …

private:
    LoginResult refuse(LoginOutcome outcome, const QString &message);
    LoginResult failure(const Account &account, const QString &peer, LoginOutcome outcome,
                        const QString &reason);
    static QByteArray hashToken(const QByteArray &token);

    AccountStore &m_store;
    AuditStore &m_audit;
    const Clock &m_clock;
    SecretBox m_totpBox;
    PasswordPolicy m_policy;
    std::shared_ptr<const PasswordBlocklist> m_blocklist;
    // Rebuilt by setPolicy(); they hold a Clock reference and so cannot be assigned.
    std::optional<PasswordPolicyChecker> m_checker;
    std::optional<LoginThrottle> m_throttle;
    QString m_dummyHash;                   //!< verified for unknown users, so that they cost the same time
    QHash<QByteArray, Session> m_sessions; //!< by SHA-256 of the token
};

} // namespace rw
