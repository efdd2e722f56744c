#include "policystore.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <optional>

namespace rw {

PolicyStore::PolicyStore(Database &db)
    : m_db(db)
{}

std::optional<PolicyStore::Stored> PolicyStore::load()
{
    m_error = {};
    const QString purpose = tr("read the stored password policy");
    Statement statement =
        m_db.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key IN (?1, ?2, ?3)"), purpose);
    statement.bind(1, PolicyKey);
    statement.bind(2, UpdatedAtKey);
    statement.bind(3, UpdatedByKey);
    std::optional<QString> policyText;
    QString updatedMs;
    QString updatedBy;
    while (statement.step()) {
        const QString key = statement.columnText(0);
        if (key == PolicyKey)
            policyText = statement.columnText(1);
        else if (key == UpdatedAtKey)
            updatedMs = statement.columnText(1);
        else
            updatedBy = statement.columnText(1);
    }
    if (statement.hasError()) {
        m_error = statement.error();
        return std::nullopt;
    }
    if (!policyText)
        return std::nullopt;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(policyText->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_error = {SQLITE_ERROR,
                   purpose,
                   tr("setting %1 is not a JSON object (%2 at offset %3)")
                       .arg(PolicyKey, parseError.errorString())
                       .arg(parseError.offset),
                   {}};
        return std::nullopt;
    }
    QString problem;
    const std::optional<PasswordPolicy> policy = PasswordPolicy::fromJson(document.object(), &problem);
    if (!policy) {
        m_error = {SQLITE_ERROR, purpose, tr("setting %1: %2").arg(PolicyKey, problem), {}};
        return std::nullopt;
    }
    Stored stored;
    stored.policy = *policy;
    bool ok = false;
    const qint64 ms = updatedMs.toLongLong(&ok);
    if (ok)
        stored.updatedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    stored.updatedBy = updatedBy;
    return stored;
}

bool PolicyStore::save(const PasswordPolicy &policy, const QString &updatedBy, const QDateTime &at)
{
    m_error = {};
    const QString purpose = tr("store the password policy set by %1").arg(updatedBy);
    const QStringList problems = policy.validate();
    if (!problems.isEmpty()) {
        m_error = {SQLITE_CONSTRAINT, purpose, problems.join(QStringLiteral("; ")), {}};
        return false;
    }
    std::optional<Transaction> transaction;
    if (!m_db.inTransaction()) {
        transaction.emplace(m_db);
        if (!transaction->isActive()) {
            m_error = transaction->error();
            return false;
        }
    }
    Statement upsert = m_db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                    purpose);
    const QList<std::pair<QString, QString>> values = {
        {PolicyKey, QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact))},
        {UpdatedAtKey, QString::number(at.toMSecsSinceEpoch())},
        {UpdatedByKey, updatedBy}};
    for (const auto &[key, value] : values) {
        upsert.bind(1, key);
        upsert.bind(2, value);
        if (!upsert.exec()) {
            m_error = upsert.error();
            return false; // the transaction rolls back
        }
    }
    if (transaction && !transaction->commit()) {
        m_error = transaction->error();
        return false;
    }
    return true;
}

} // namespace rw
