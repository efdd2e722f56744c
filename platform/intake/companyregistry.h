#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

class Database;

/** A platform company's upload account as the platform holds it (never the token itself). */
struct CompanyAccount
{
    QString companyId;
    QString name;
    qint64 createdMs = 0;
    bool suspended = false;
    QString suspendReason; //!< why, when suspended (Art. 13)
    QString suspendedBy;   //!< the security administrator
    qint64 suspendedMs = 0;
};

/** One suspension of a company's upload access and its lifting (seed 000 Art. 13; table company_suspension).
 */
struct CompanySuspension
{
    qint64 id = 0;
    QString companyId;
    qint64 suspendedMs = 0;
    QString suspendedBy;
    QString reason;
    qint64 restoredMs = 0; //!< 0 while suspended
    QString restoredBy;
    QString restoreReason;
};

/**
 * \brief Upload credentials of the platform companies.
 *
 * Tokens are 256-bit random values; only their SHA-256 is stored, so a copy of the database does
 * not let anyone upload. Authentication is an in-memory lookup by that hash (no database round
 * trip per upload). Not thread-safe: use it on the thread of its Database connection.
 */
class CompanyRegistry
{
    Q_DECLARE_TR_FUNCTIONS(rw::CompanyRegistry)

public:
    struct Lookup
    {
        QString companyId; //!< empty when the token is unknown
        bool suspended = false;
        QString suspendReason;
    };

    explicit CompanyRegistry(Database &db);

    /** Reads all credentials into memory. */
    bool load(QString *error);

    /** Registers \a companyId with a fresh token and returns it (shown once); empty on error. */
    QByteArray addCompany(const QString &companyId, const QString &name, QString *error);

    /** Registers or replaces \a companyId's token with \a token (simulated companies in demo mode). */
    bool setToken(const QString &companyId, const QString &name, const QByteArray &token, QString *error);

    Lookup authenticate(const QByteArray &token) const;

    enum class Failure { None, NotFound, Invalid, Conflict, Database };
    /**
     * Seed 000 Art. 13: suspends (\a suspended) or restores \a companyId's upload access at \a nowMs, by
     * the account \a by, for \a reason (required). Runs inside the caller's transaction when there is one
     * (so the audit entry commits with it). On failure returns false with \a failure and \a error naming
     * what was wrong; nothing changed.
     */
    bool setSuspended(const QString &companyId, bool suspended, const QString &by, const QString &reason,
                      qint64 nowMs, Failure *failure, QString *error);
    /** \a companyId's suspensions, newest first. */
    QList<CompanySuspension> suspensions(const QString &companyId, QString *error = nullptr);
    std::optional<CompanyAccount> company(const QString &companyId) const;
    QList<CompanyAccount> companies() const;

    /** A new random token: 64 hexadecimal characters. */
    static QByteArray generateToken();

private:
    bool write(const QString &companyId, const QString &name, const QByteArray &token, bool replace,
               QString *error);

    Database &m_db;
    QHash<QByteArray, QString> m_byTokenHash;
    QHash<QString, CompanyAccount> m_accounts;
};

} // namespace rw
