#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace rw {

class Database;

/** A platform company's upload account as the platform holds it (never the token itself). */
struct CompanyAccount
{
    QString companyId;
    QString name;
    qint64 createdMs = 0;
    bool suspended = false;
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
