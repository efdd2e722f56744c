#include "companyregistry.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

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
    // Why each suspended company is suspended: its open suspension, if it has one (a company disabled
    // directly in the database has none and keeps the generic reason).
    Statement open = m_db.prepare(QStringLiteral("SELECT company_id, suspended_ms, suspended_by, reason FROM "
                                                 "company_suspension WHERE restored_ms IS NULL ORDER BY id"),
                                  tr("read the company suspensions"));
    while (open.step()) {
        const auto it = m_accounts.find(open.columnText(0));
        if (it == m_accounts.end() || !it->suspended)
            continue;
        it->suspendedMs = open.columnInt64(1);
        it->suspendedBy = open.columnText(2);
        it->suspendReason = open.columnText(3);
    }
    if (open.hasError()) {
        *error = open.error().toString();
        return false;
    }
    return true;
}

bool CompanyRegistry::setSuspended(const QString &companyId, bool suspended, const QString &by,
                                   const QString &reason, qint64 nowMs, Failure *failure, QString *error)
{
    const auto fail = [&](Failure f, const QString &message) {
        if (failure)
            *failure = f;
        if (error)
            *error = message;
        return false;
    };
    const auto it = m_accounts.find(companyId);
    if (it == m_accounts.end())
        return fail(Failure::NotFound, tr("company %1 is not registered with the platform").arg(companyId));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(Failure::Invalid,
                    suspended ? tr("reason: suspending company %1 needs a reason (Art. 13)").arg(companyId)
                              : tr("reason: restoring company %1 needs a reason").arg(companyId));
    if (it->suspended == suspended)
        return fail(Failure::Conflict, suspended ? tr("company %1 is already suspended").arg(companyId)
                                                 : tr("company %1 is not suspended").arg(companyId));

    std::optional<Transaction> transaction;
    if (!m_db.inTransaction()) {
        transaction.emplace(m_db);
        if (!transaction->isActive())
            return fail(Failure::Database, transaction->error().toString());
    }
    Statement flag =
        m_db.prepare(QStringLiteral("UPDATE company_credential SET disabled = ?2 WHERE company_id = ?1"),
                     tr("suspend or restore company %1").arg(companyId));
    flag.bind(1, companyId);
    flag.bind(2, suspended ? 1 : 0);
    if (!flag.exec())
        return fail(Failure::Database, flag.error().toString());
    Statement history =
        suspended
            ? m_db.prepare(QStringLiteral("INSERT INTO company_suspension (company_id, "
                                          "suspended_ms, suspended_by, reason) VALUES (?1, ?2, ?3, ?4)"),
                           tr("record the suspension of company %1").arg(companyId))
            : m_db.prepare(QStringLiteral("UPDATE company_suspension SET restored_ms = ?2, "
                                          "restored_by = ?3, restore_reason = ?4 WHERE "
                                          "company_id = ?1 AND restored_ms IS NULL"),
                           tr("record the restoring of company %1").arg(companyId));
    history.bind(1, companyId);
    history.bind(2, nowMs);
    history.bind(3, by);
    history.bind(4, why);
    if (!history.exec())
        return fail(Failure::Database, history.error().toString());
    if (transaction && !transaction->commit())
        return fail(Failure::Database, transaction->error().toString());

    // Memory follows the database only once the change is committed (or handed to the caller's
    // transaction, which the caller commits or rolls back together with the audit entry).
    it->suspended = suspended;
    it->suspendReason = suspended ? why : QString();
    it->suspendedBy = suspended ? by : QString();
    it->suspendedMs = suspended ? nowMs : 0;
    if (failure)
        *failure = Failure::None;
    return true;
}

QList<CompanySuspension> CompanyRegistry::suspensions(const QString &companyId, QString *error)
{
    Statement s =
        m_db.prepare(QStringLiteral("SELECT id, company_id, suspended_ms, suspended_by, reason, "
                                    "restored_ms, restored_by, restore_reason FROM company_suspension "
                                    "WHERE company_id = ?1 ORDER BY id DESC"),
                     tr("read the suspensions of company %1").arg(companyId));
    s.bind(1, companyId);
    QList<CompanySuspension> list;
    while (s.step()) {
        CompanySuspension c;
        c.id = s.columnInt64(0);
        c.companyId = s.columnText(1);
        c.suspendedMs = s.columnInt64(2);
        c.suspendedBy = s.columnText(3);
        c.reason = s.columnText(4);
        c.restoredMs = s.isNull(5) ? 0 : s.columnInt64(5);
        c.restoredBy = s.columnText(6);
        c.restoreReason = s.columnText(7);
        list.append(c);
    }
    if (s.hasError() && error)
        *error = s.error().toString();
    return list;
}

std::optional<CompanyAccount> CompanyRegistry::company(const QString &companyId) const
{
    const auto it = m_accounts.constFind(companyId);
    if (it == m_accounts.cend())
        return std::nullopt;
    return *it;
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
            lookup.suspendReason = account.suspendReason.isEmpty()
                                       ? tr("access suspended (Art. 13)")
                                       : tr("access suspended (Art. 13): %1").arg(account.suspendReason);
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
