#pragma once

#include "passwordpolicy.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rw {

class Database;

/**
 * \brief The password policy as the security administrator set it (DESIGN §8), kept in the
 * platform database's settings table so that it survives a restart:
 *  - "password_policy": PasswordPolicy::toJson(), compact;
 *  - "password_policy.updated_ms": when it was set (Unix milliseconds, UTC);
 *  - "password_policy.updated_by": by whom (a user name).
 *
 * Who changed what, from where and with what outcome is in the audit trail ("policy.change"); these
 * two keys only let the console show the latest change without searching the trail.
 *
 * The Database must outlive the store; one thread at a time.
 */
class PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::PolicyStore)

public:
    static inline const QString PolicyKey = QStringLiteral("password_policy");
    static inline const QString UpdatedAtKey = QStringLiteral("password_policy.updated_ms");
    static inline const QString UpdatedByKey = QStringLiteral("password_policy.updated_by");

    struct Stored
    {
        PasswordPolicy policy;
        QDateTime updatedAt; //!< UTC; invalid if unknown
        QString updatedBy;   //!< empty if unknown
    };

    explicit PolicyStore(Database &db);

    /**
     * The stored policy. Nothing with an empty error() when none is stored (use the configured
     * default); nothing with error() set when it cannot be read or is not a valid policy (the error
     * names the key and the problem: do not fall back silently).
     */
    std::optional<Stored> load();

    /**
     * Stores \a policy as set by \a updatedBy at \a at (all three keys at once). Inside a transaction
     * the caller opened it joins that one, so the change and its audit record commit together.
     * Refuses a policy that PasswordPolicy::validate() rejects.
     */
    bool save(const PasswordPolicy &policy, const QString &updatedBy, const QDateTime &at);

    DatabaseError error() const { return m_error; }

private:
    Database &m_db;
    DatabaseError m_error;
};

} // namespace rw
