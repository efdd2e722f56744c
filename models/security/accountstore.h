#pragma once

#include "account.h"
#include "passwordhasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rw {

class Clock;
class Database;
class SecretBox;

/**
 * \brief The accounts of the reference platform in its database: tables account, password_history
 * and account_totp (migration 0002_accounts_audit.sql).
 *
 * Stores what the rules decide (AccountService): it checks only what the schema needs (a user name,
 * a region that fits the role), not the password policy. Passwords are hashed here with the given
 * PasswordHasher; new accounts and administrator resets set must_change. User names are compared
 * case-insensitively (COLLATE NOCASE). The TOTP secret is sealed with a SecretBox bound to the
 * account id, so a secret copied to another row does not open.
 *
 * The Database and the Clock must outlive the store; like the Database, one thread at a time.
 * Calls that fail return false / nothing and leave error() (translated).
 */
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::AccountStore)

public:
    /** Previous password hashes kept per account (the policy's history of 5 compares at most these). */
    static constexpr int HistoryKept = 5;

    struct TotpEnrolment
    {
        QByteArray secret; //!< the RFC 6238 key, opened
        qint64 lastStep = -1;
    };

    AccountStore(Database &db, const Clock &clock, PasswordHasher hasher = PasswordHasher());

    const PasswordHasher &hasher() const { return m_hasher; }

    /**
     * Creates an account with \a password (hashed) and must_change set. \a regionCode must suit
     * \a role (Role::checkScope): a region for the business roles, none for administrators.
     */
    std::optional<Account> create(const QString &userName, const QString &displayName, Role role,
                                  const QString &regionCode, const QString &password);

    /** The account named \a userName, in any case; nothing if there is none (error() stays empty) or on
     * error. */
    std::optional<Account> find(const QString &userName);
    std::optional<Account> findById(qint64 id);
    /** All accounts by user name. */
    QList<Account> list();
    /** Number of accounts; −1 on error. */
    qint64 count();

    bool updateRole(qint64 id, Role role, const QString &regionCode);
    bool setDisplayName(qint64 id, const QString &displayName);
    bool setDisabled(qint64 id, bool disabled);
    /** Sets or clears the pending password change without touching the password (demo accounts, tests). */
    bool setMustChange(qint64 id, bool mustChange);
    /** Persists LoginThrottle's state (failed_count, locked_until_ms). */
    bool setAttemptState(qint64 id, const LoginAttemptState &state);

    /**
     * Replaces the password: the old hash moves to password_history (the newest HistoryKept are
     * kept), the change time becomes now, must_change becomes \a mustChange.
     */
    bool setPassword(qint64 id, const QString &password, bool mustChange);
    /** The current hash and the previous ones, newest first (PasswordPolicyChecker::check's history). */
    QStringList passwordHistory(qint64 id);

    /** Stores (or replaces) the TOTP key of account \a id, sealed by \a box; last step −1. */
    bool setTotpSecret(qint64 id, const QByteArray &secret, const SecretBox &box);
    /** The account's TOTP key; nothing if not enrolled (error() empty) or if it does not open (error() set).
     */
    std::optional<TotpEnrolment> totp(qint64 id, const SecretBox &box);
    bool setTotpLastStep(qint64 id, qint64 step);
    bool removeTotp(qint64 id);

    QString error() const { return m_error; }

private:
    std::optional<Account> findWhere(const QString &condition, const QVariant &value);
    bool updateOne(qint64 id, const QString &assignments, const QVariantList &values, const QString &purpose);
    bool fail(const QString &message);
    static QByteArray totpAssociatedData(qint64 id);

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    QString m_error;
};

} // namespace rw
