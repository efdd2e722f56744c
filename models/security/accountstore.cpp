#include "accountstore.h"

#include "domain/clock.h"
#include "secretbox.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <memory>

namespace rw {

namespace {

const QString AccountColumns = QStringLiteral(
    "id, user_name, display_name, role, region_code, password_hash, password_changed_ms, must_change, "
    "disabled, failed_count, locked_until_ms, created_ms");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<Account> readAccount(const Statement &row)
{
    const auto role = Role::fromKey(row.columnText(3));
    if (!role)
        return std::nullopt;
    Account account;
    account.id = row.columnInt64(0);
    account.userName = row.columnText(1);
    account.displayName = row.columnText(2);
    account.role = *role;
    account.regionCode = row.isNull(4) ? QString() : row.columnText(4);
    account.passwordHash = row.columnText(5);
    account.passwordChangedAt = fromMs(row.columnInt64(6));
    account.mustChange = row.columnInt(7) != 0;
    account.disabled = row.columnInt(8) != 0;
    account.attempts.failedCount = row.columnInt(9);
    const qint64 lockedUntil = row.columnInt64(10);
    if (lockedUntil > 0)
        account.attempts.lockedUntil = fromMs(lockedUntil);
    account.createdAt = fromMs(row.columnInt64(11));
    return account;
}

} // namespace

AccountStore::AccountStore(Database &db, const Clock &clock, PasswordHasher hasher)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(std::move(hasher))
{}

bool AccountStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

QByteArray AccountStore::totpAssociatedData(qint64 id)
{
    return QByteArrayLiteral("account_totp.secret:") + QByteArray::number(id);
}

std::optional<Account> AccountStore::create(const QString &userName, const QString &displayName, Role role,
                                            const QString &regionCode, const QString &password)
{
    m_error.clear();
    const QString name = userName.trimmed();
    if (name.isEmpty() || name.size() > 64 || name != userName) {
        fail(tr("user name \"%1\" must be 1 to 64 characters without leading or trailing spaces")
                 .arg(userName));
        return std::nullopt;
    }
    RegionScope scope;
    if (!regionCode.isEmpty()) {
        QString scopeError;
        scope = RegionScope::fromCode(regionCode, &scopeError);
        if (scope.isNone()) {
            fail(tr("region of account %1: %2").arg(name, scopeError));
            return std::nullopt;
        }
    }
    if (const QString problem = role.checkScope(scope); !problem.isEmpty()) {
        fail(tr("region of account %1: %2").arg(name, problem));
        return std::nullopt;
    }
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty()) {
        fail(tr("the password of account %1 could not be hashed").arg(name));
        return std::nullopt;
    }
    const qint64 now = m_clock.nowMs();
    Statement insert = m_db.prepare(
        QStringLiteral("INSERT INTO account (user_name, display_name, role, region_code, password_hash, "
                       "password_changed_ms, must_change, created_ms) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
        tr("create account %1").arg(name));
    insert.bind(1, name);
    insert.bind(2, displayName);
    insert.bind(3, role.key());
    if (regionCode.isEmpty())
        insert.bindNull(4);
    else
        insert.bind(4, regionCode);
    insert.bind(5, hash);
    insert.bind(6, now);
    insert.bind(7, now);
    if (!insert.exec()) {
        if (find(name))
            fail(tr("user name \"%1\" is already taken").arg(name));
        else
            fail(insert.error().toString());
        return std::nullopt;
    }
    return findById(m_db.lastInsertRowId());
}

std::optional<Account> AccountStore::findWhere(const QString &condition, const QVariant &value)
{
    m_error.clear();
    Statement select =
        m_db.prepare(QStringLiteral("SELECT %1 FROM account WHERE %2").arg(AccountColumns, condition),
                     tr("read an account"));
    select.bind(1, value);
    if (select.step()) {
        auto account = readAccount(select);
        if (!account)
            fail(tr("account %1 has an unknown role \"%2\"").arg(select.columnText(1), select.columnText(3)));
        return account;
    }
    if (select.hasError())
        fail(select.error().toString());
    return std::nullopt;
}

std::optional<Account> AccountStore::find(const QString &userName)
{
    return findWhere(QStringLiteral("user_name = ?"), userName); // the column is COLLATE NOCASE
}

std::optional<Account> AccountStore::findById(qint64 id)
{
    return findWhere(QStringLiteral("id = ?"), id);
}

QList<Account> AccountStore::list()
{
    m_error.clear();
    QList<Account> accounts;
    Statement select =
        m_db.prepare(QStringLiteral("SELECT %1 FROM account ORDER BY user_name").arg(AccountColumns),
                     tr("list the accounts"));
    while (select.step()) {
        if (auto account = readAccount(select))
            accounts.append(*account);
    }
    if (select.hasError())
        fail(select.error().toString());
    return accounts;
}

qint64 AccountStore::count()
{
    m_error.clear();
    const QVariant value =
        m_db.queryValue(QStringLiteral("SELECT count(*) FROM account"), tr("count the accounts"));
    if (!value.isValid()) {
        fail(m_db.lastError().toString());
        return -1;
    }
    return value.toLongLong();
}

bool AccountStore::updateOne(qint64 id, const QString &assignments, const QVariantList &values,
                             const QString &purpose)
{
    m_error.clear();
    Statement update =
        m_db.prepare(QStringLiteral("UPDATE account SET %1 WHERE id = ?").arg(assignments), purpose);
    int index = 1;
    for (const QVariant &value : values)
        update.bind(index++, value);
    update.bind(index, id);
    if (!update.exec())
        return fail(update.error().toString());
    if (m_db.changes() != 1)
        return fail(tr("there is no account with id %1").arg(id));
    return true;
}

bool AccountStore::updateRole(qint64 id, Role role, const QString &regionCode)
{
    RegionScope scope;
    if (!regionCode.isEmpty()) {
        QString scopeError;
        scope = RegionScope::fromCode(regionCode, &scopeError);
        if (scope.isNone())
            return fail(scopeError);
    }
    if (const QString problem = role.checkScope(scope); !problem.isEmpty())
        return fail(problem);
    return updateOne(id, QStringLiteral("role = ?, region_code = ?"),
                     {role.key(), regionCode.isEmpty() ? QVariant() : QVariant(regionCode)},
                     tr("change the role of account %1").arg(id));
}

bool AccountStore::setDisplayName(qint64 id, const QString &displayName)
{
    return updateOne(id, QStringLiteral("display_name = ?"), {displayName}, tr("rename account %1").arg(id));
}

bool AccountStore::setDisabled(qint64 id, bool disabled)
{
    return updateOne(id, QStringLiteral("disabled = ?"), {disabled ? 1 : 0},
                     tr("disable or enable account %1").arg(id));
}

bool AccountStore::setMustChange(qint64 id, bool mustChange)
{
    return updateOne(id, QStringLiteral("must_change = ?"), {mustChange ? 1 : 0},
                     tr("set the pending password change of account %1").arg(id));
}

bool AccountStore::setAttemptState(qint64 id, const LoginAttemptState &state)
{
    const qint64 lockedUntil = state.lockedUntil.isValid() ? state.lockedUntil.toMSecsSinceEpoch() : 0;
    return updateOne(id, QStringLiteral("failed_count = ?, locked_until_ms = ?"),
                     {state.failedCount, lockedUntil}, tr("record sign-in attempts of account %1").arg(id));
}

bool AccountStore::setPassword(qint64 id, const QString &password, bool mustChange)
{
    m_error.clear();
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return fail(tr("the new password of account %1 could not be hashed").arg(id));
    // Join the caller's transaction (e.g. one that also writes the audit entry), else open our own.
    std::unique_ptr<Transaction> transaction;
    if (!m_db.inTransaction()) {
        transaction = std::make_unique<Transaction>(m_db);
        if (!transaction->isActive())
            return fail(transaction->error().toString());
    }
    const qint64 now = m_clock.nowMs();
    Statement keep = m_db.prepare(
        QStringLiteral("INSERT INTO password_history (account_id, hash, changed_ms) "
                       "SELECT id, password_hash, password_changed_ms FROM account WHERE id = ?"),
        tr("keep the previous password of account %1").arg(id));
    keep.bind(1, id);
    if (!keep.exec())
        return fail(keep.error().toString());
    if (m_db.changes() != 1)
        return fail(tr("there is no account with id %1").arg(id));
    Statement trim =
        m_db.prepare(QStringLiteral("DELETE FROM password_history WHERE account_id = ?1 AND id NOT IN "
                                    "(SELECT id FROM password_history WHERE account_id = ?1 "
                                    "ORDER BY changed_ms DESC, id DESC LIMIT ?2)"),
                     tr("trim the password history of account %1").arg(id));
    trim.bind(1, id);
    trim.bind(2, HistoryKept);
    if (!trim.exec())
        return fail(trim.error().toString());
    if (!updateOne(id, QStringLiteral("password_hash = ?, password_changed_ms = ?, must_change = ?"),
                   {hash, now, mustChange ? 1 : 0}, tr("change the password of account %1").arg(id)))
        return false;
    if (transaction && !transaction->commit())
        return fail(transaction->error().toString());
    return true;
}

QStringList AccountStore::passwordHistory(qint64 id)
{
    m_error.clear();
    QStringList history;
    Statement select = m_db.prepare(
        QStringLiteral("SELECT password_hash FROM account WHERE id = ?1 UNION ALL "
                       "SELECT hash FROM (SELECT hash FROM password_history WHERE account_id = ?1 "
                       "ORDER BY changed_ms DESC, id DESC)"),
        tr("read the password history of account %1").arg(id));
    select.bind(1, id);
    while (select.step())
        history.append(select.columnText(0));
    if (select.hasError())
        fail(select.error().toString());
    return history;
}

bool AccountStore::setTotpSecret(qint64 id, const QByteArray &secret, const SecretBox &box)
{
    m_error.clear();
    const QByteArray sealed = box.seal(secret, totpAssociatedData(id));
    if (sealed.isEmpty())
        return fail(tr("the TOTP key of account %1 could not be encrypted").arg(id));
    Statement upsert = m_db.prepare(
        QStringLiteral(
            "INSERT INTO account_totp (account_id, secret, last_step, enrolled_ms) VALUES (?, ?, -1, ?) "
            "ON CONFLICT (account_id) DO UPDATE SET secret = excluded.secret, last_step = -1, "
            "enrolled_ms = excluded.enrolled_ms"),
        tr("enrol account %1 for TOTP").arg(id));
    upsert.bind(1, id);
    upsert.bind(2, sealed);
    upsert.bind(3, m_clock.nowMs());
    if (!upsert.exec())
        return fail(upsert.error().toString());
    return true;
}

std::optional<AccountStore::TotpEnrolment> AccountStore::totp(qint64 id, const SecretBox &box)
{
    m_error.clear();
    Statement select =
        m_db.prepare(QStringLiteral("SELECT secret, last_step FROM account_totp WHERE account_id = ?"),
                     tr("read the TOTP key of account %1").arg(id));
    select.bind(1, id);
    if (!select.step()) {
        if (select.hasError())
            fail(select.error().toString());
        return std::nullopt;
    }
    const auto secret = box.open(select.columnBlob(0), totpAssociatedData(id));
    if (!secret) {
        fail(tr("the TOTP key of account %1 does not open with this key (wrong key or altered row)").arg(id));
        return std::nullopt;
    }
    return TotpEnrolment{*secret, select.columnInt64(1)};
}

bool AccountStore::setTotpLastStep(qint64 id, qint64 step)
{
    m_error.clear();
    Statement update =
        m_db.prepare(QStringLiteral("UPDATE account_totp SET last_step = ? WHERE account_id = ?"),
                     tr("record the TOTP step of account %1").arg(id));
    update.bind(1, step);
    update.bind(2, id);
    if (!update.exec())
        return fail(update.error().toString());
    return m_db.changes() == 1 || fail(tr("account %1 has no TOTP key").arg(id));
}

bool AccountStore::removeTotp(qint64 id)
{
    m_error.clear();
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM account_totp WHERE account_id = ?"),
                                    tr("remove the TOTP key of account %1").arg(id));
    remove.bind(1, id);
    if (!remove.exec())
        return fail(remove.error().toString());
    return true;
}

} // namespace rw
