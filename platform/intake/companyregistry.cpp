#include "companyregistry.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

#include <openssl/rand.h>

#include <algorithm>

namespace rw {

namespace {

QByteArray hashToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

CompanyRegistry::CompanyRegistry(Database &db)
    : m_db(db)
{}

QByteArray CompanyRegistry::generateToken()
{
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        qFatal("RideWatch: the system's random number generator failed");
    return QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex();
}

bool CompanyRegistry::load(QString *error)
{
    Statement select = m_db.prepare(
        QStringLiteral("SELECT company_id, name, created_ms, disabled, token_sha256 FROM company_credential"),
        tr("read the company credentials"));
    m_byTokenHash.clear();
    m_accounts.clear();
    while (select.step()) {
        CompanyAccount account;
        account.companyId = select.columnText(0);
        account.name = select.columnText(1);
        account.createdMs = select.columnInt64(2);
        account.suspended = select.columnInt(3) != 0;
        m_byTokenHash.insert(select.columnBlob(4), account.companyId);
        m_accounts.insert(account.companyId, account);
    }
    if (select.hasError()) {
        *error = select.error().toString();
        return false;
    }
    return true;
}

bool CompanyRegistry::write(const QString &companyId, const QString &name, const QByteArray &token,
                            bool replace, QString *error)
{
    // CompanyId is assigned by the ministry (部统一分配), V32; observed ids are 12 characters.
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z]{1,32}$"));
    if (!pattern.match(companyId).hasMatch()) {
        *error = tr("CompanyId \"%1\" must be 1 to 32 letters and digits").arg(companyId);
        return false;
    }
    if (!replace && m_accounts.contains(companyId)) {
        *error = tr("company %1 is already registered").arg(companyId);
        return false;
    }
    const QByteArray digest = hashToken(token);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Statement upsert = m_db.prepare(
        QStringLiteral(
            "INSERT INTO company_credential (company_id, token_sha256, name, created_ms) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (company_id) DO UPDATE SET token_sha256 = excluded.token_sha256, "
            "name = excluded.name"),
        tr("register company %1").arg(companyId));
    upsert.bind(1, companyId);
    upsert.bind(2, digest);
    upsert.bind(3, name);
    upsert.bind(4, now);
    upsert.step();
    if (upsert.hasError()) {
        *error = upsert.error().toString();
        return false;
    }
    // Drop the company's previous token, if any.
    for (auto it = m_byTokenHash.begin(); it != m_byTokenHash.end();) {
        if (it.value() == companyId)
            it = m_byTokenHash.erase(it);
        else
            ++it;
    }
    m_byTokenHash.insert(digest, companyId);
    CompanyAccount &account = m_accounts[companyId];
    if (account.companyId.isEmpty()) {
        account.companyId = companyId;
        account.createdMs = now;
    }
    account.name = name;
    return true;
}

QByteArray CompanyRegistry::addCompany(const QString &companyId, const QString &name, QString *error)
{
    const QByteArray token = generateToken();
    return write(companyId, name, token, false, error) ? token : QByteArray();
}

bool CompanyRegistry::setToken(const QString &companyId, const QString &name, const QByteArray &token,
                               QString *error)
{
    if (token.size() < 16) {
        *error = tr("a company token must have at least 16 characters");
        return false;
    }
    return write(companyId, name, token, true, error);
}

CompanyRegistry::Lookup CompanyRegistry::authenticate(const QByteArray &token) const
{
    Lookup lookup;
    if (token.isEmpty())
        return lookup;
    // Looking up by hash means no secret-dependent comparison happens on the token itself.
    lookup.companyId = m_byTokenHash.value(hashToken(token));
    if (!lookup.companyId.isEmpty()) {
        const CompanyAccount account = m_accounts.value(lookup.companyId);
        lookup.suspended = account.suspended;
        if (lookup.suspended)
            lookup.suspendReason = tr("access suspended (Art. 13)");
    }
    return lookup;
}

QList<CompanyAccount> CompanyRegistry::companies() const
{
    QList<CompanyAccount> list = m_accounts.values();
    std::sort(list.begin(), list.end(),
              [](const CompanyAccount &a, const CompanyAccount &b) { return a.companyId < b.companyId; });
    return list;
}

} // namespace rw
