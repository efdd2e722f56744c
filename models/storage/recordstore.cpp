#include "recordstore.h"

#include "database.h"
#include "interfacetables.h"
#include "protocol/interfacecatalogue.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <limits>
#include <optional>

namespace rw {

namespace {

// Parameters of the batch-wide values in every interface insert; field i is parameter kFirstField + i.
enum : int { kBatch = 1, kCompany = 2, kReceived = 3, kBusinessTime = 4, kFirstField = 5 };

// Reads back the rule names ruleName() wrote into the quarantine's reasons. An unknown name (from a
// newer build) reads as Type rather than failing the whole entry.
ValidationRule ruleFromName(const QString &name)
{
    for (const ValidationRule rule :
         {ValidationRule::Required, ValidationRule::Type, ValidationRule::Length, ValidationRule::Code,
          ValidationRule::Range, ValidationRule::Date, ValidationRule::Identity}) {
        if (ruleName(rule) == name)
            return rule;
    }
    return ValidationRule::Type;
}

} // namespace

RecordStore::RecordStore(Database &db, std::shared_ptr<const InterfaceCatalogue> catalogue)
    : m_db(db)
    , m_catalogue(std::move(catalogue))
{}

RecordStore::~RecordStore() = default;

StoreResult RecordStore::fail(const DatabaseError &error)
{
    m_lastError = error;
    m_db.setLastError(error);
    StoreResult result;
    result.error = error;
    return result;
}

Statement *RecordStore::insertStatement(const InterfaceSpec &spec)
{
    auto it = m_inserts.find(&spec);
    if (it != m_inserts.end())
        return &it->second;

    QStringList columns = {QStringLiteral("rw_batch"), QStringLiteral("rw_company"),
                           QStringLiteral("rw_received_ms"), QStringLiteral("rw_business_time")};
    QStringList parameters = {QStringLiteral("?1"), QStringLiteral("?2"), QStringLiteral("?3"),
                              QStringLiteral("?4")};
    for (const FieldSpec &field : spec.fields) {
        columns.append(Database::quoteIdentifier(field.name));
        parameters.append(QStringLiteral("?%1").arg(kFirstField + field.index));
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(Database::quoteIdentifier(InterfaceTables::tableName(spec)),
                                 columns.join(QStringLiteral(", ")), parameters.join(QStringLiteral(", ")));
    Statement statement = m_db.prepare(sql, tr("prepare the insert into the table of %1").arg(spec.ipcType),
                                       Database::Reuse::Often);
    if (!statement.isValid())
        return nullptr;
    return &m_inserts.emplace(&spec, std::move(statement)).first->second;
}

StoreResult RecordStore::store(const IngestBatch &batch, const BeforeCommit &beforeCommit)
{
    m_lastError = {};
    const QString ipcType = batch.spec ? batch.spec->ipcType : QString();
    const QString purpose = tr("store an upload of %1 from company %2").arg(ipcType, batch.companyId);
    if (!batch.spec)
        return fail({SQLITE_MISUSE, purpose, tr("the batch names no interface"), {}});
    if (!m_catalogue || m_catalogue->byIpcType(batch.spec->ipcType) != batch.spec)
        return fail(
            {SQLITE_MISUSE, purpose, tr("interface %1 is not from this store's catalogue").arg(ipcType), {}});
    if (batch.companyId.isEmpty())
        return fail({SQLITE_MISUSE, purpose, tr("the batch has no company"), {}});

    const InterfaceSpec &spec = *batch.spec;
    const int fieldCount = int(spec.fields.size());

    if (!m_insertBatch.isValid()) {
        m_insertBatch = m_db.prepare(
            QStringLiteral(
                "INSERT INTO upload_batch (company_id, ipc_type, source, content_type, peer, received_ms,"
                " record_count, accepted, rejected) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
            tr("prepare the insert into upload_batch"), Database::Reuse::Often);
        if (!m_insertBatch.isValid())
            return fail(m_insertBatch.error());
    }
    Statement *insert = insertStatement(spec);
    if (!insert)
        return fail(m_db.lastError());
    if (!batch.rejected.isEmpty() && !m_insertQuarantine.isValid()) {
        m_insertQuarantine = m_db.prepare(
            QStringLiteral(
                "INSERT INTO quarantine (batch_id, company_id, ipc_type, record_index, received_ms,"
                " content_type, peer, raw, reasons) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
            tr("prepare the insert into quarantine"), Database::Reuse::Often);
        if (!m_insertQuarantine.isValid())
            return fail(m_insertQuarantine.error());
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error());

    StoreResult result;
    const bool wantIds = bool(beforeCommit);
    if (wantIds) {
        result.acceptedIds.reserve(batch.accepted.size());
        result.quarantineIds.reserve(batch.rejected.size());
    }
    m_insertBatch.bind(1, batch.companyId);
    m_insertBatch.bind(2, ipcType);
    m_insertBatch.bind(3, batch.source);
    m_insertBatch.bind(4, batch.contentType);
    m_insertBatch.bind(5, batch.peer);
    m_insertBatch.bind(6, batch.receivedMs);
    m_insertBatch.bind(7, batch.accepted.size() + batch.rejected.size());
    m_insertBatch.bind(8, batch.accepted.size());
    m_insertBatch.bind(9, batch.rejected.size());
    if (!m_insertBatch.exec())
        return fail(m_insertBatch.error());
    result.batchId = m_db.lastInsertRowId();

    // Bindings survive reset(): the batch-wide values are bound once.
    insert->bind(kBatch, result.batchId);
    insert->bind(kCompany, batch.companyId);
    insert->bind(kReceived, batch.receivedMs);
    for (const AcceptedRecord &accepted : batch.accepted) {
        const Record &record = accepted.record;
        if (record.spec && record.spec != batch.spec) {
            return fail({SQLITE_MISUSE,
                         purpose,
                         tr("record %1 is a %2 record in a batch of %3")
                             .arg(accepted.index)
                             .arg(record.spec->ipcType, ipcType),
                         {}});
        }
        if (accepted.businessTime != 0)
            insert->bind(kBusinessTime, accepted.businessTime);
        else
            insert->bindNull(kBusinessTime);
        const int present = qMin(fieldCount, int(record.values.size()));
        for (int i = 0; i < present; ++i)
            insert->bind(kFirstField + i, record.values.at(i));
        for (int i = present; i < fieldCount; ++i)
            insert->bindNull(kFirstField + i);
        if (!insert->exec()) {
            DatabaseError error = insert->error();
            error.purpose = tr("%1 (accepted record %2)").arg(purpose).arg(accepted.index);
            return fail(error);
        }
        if (wantIds)
            result.acceptedIds.append(m_db.lastInsertRowId());
        ++result.accepted;
    }

    if (!batch.rejected.isEmpty()) {
        Statement &quarantine = m_insertQuarantine;
        quarantine.bind(1, result.batchId);
        quarantine.bind(2, batch.companyId);
        quarantine.bind(3, ipcType);
        quarantine.bind(5, batch.receivedMs);
        quarantine.bind(6, batch.contentType);
        quarantine.bind(7, batch.peer);
        for (const RejectedRecord &rejected : batch.rejected) {
            quarantine.bind(4, rejected.index);
            quarantine.bind(8, rejected.record.raw);
            quarantine.bind(9, QString::fromUtf8(reasonsToJson(rejected.violations)));
            if (!quarantine.exec()) {
                DatabaseError error = quarantine.error();
                error.purpose = tr("%1 (rejected record %2)").arg(purpose).arg(rejected.index);
                quarantine.clearBindings();
                return fail(error);
            }
            if (wantIds)
                result.quarantineIds.append(m_db.lastInsertRowId());
            ++result.rejected;
        }
        quarantine.clearBindings(); // do not keep the last raw body alive
    }

    if (beforeCommit) {
        const DatabaseError error = beforeCommit(result);
        if (error.isError())
            return fail(error);
    }
    if (!transaction.commit())
        return fail(transaction.error());
    return result;
}

StoreResult RecordStore::storeRejectedBody(const QString &companyId, const QString &path,
                                           const QString &contentType, const QString &peer, qint64 receivedMs,
                                           const QByteArray &body, const QString &reason,
                                           const BeforeCommit &beforeCommit)
{
    m_lastError = {};
    // With follow-up work, the row and that work commit together; alone, the statement commits itself.
    std::optional<Transaction> transaction;
    if (beforeCommit) {
        transaction.emplace(m_db);
        if (!transaction->isActive())
            return fail(transaction->error());
    }
    const InterfaceSpec *spec = m_catalogue ? m_catalogue->byPath(path) : nullptr;
    Statement statement = m_db.prepare(
        QStringLiteral("INSERT INTO quarantine (company_id, ipc_type, received_ms, content_type, peer,"
                       " path, raw, envelope_error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
        tr("quarantine an undecodable upload from company %1 to %2").arg(companyId, path));
    statement.bind(1, companyId);
    if (spec)
        statement.bind(2, spec->ipcType);
    else
        statement.bindNull(2);
    statement.bind(3, receivedMs);
    statement.bind(4, contentType);
    statement.bind(5, peer);
    statement.bind(6, path);
    statement.bind(7, body);
    statement.bind(8, reason);
    // A single statement outside BEGIN commits on its own before exec() returns.
    if (!statement.exec())
        return fail(statement.error());
    StoreResult result;
    result.batchId = m_db.lastInsertRowId();
    result.rejected = 1;
    if (beforeCommit) {
        result.quarantineIds.append(result.batchId);
        const DatabaseError error = beforeCommit(result);
        if (error.isError())
            return fail(error);
        if (!transaction->commit())
            return fail(transaction->error());
    }
    return result;
}

qint64 RecordStore::count(const InterfaceSpec &spec, const QString &companyId)
{
    m_lastError = {};
    QString sql = QStringLiteral("SELECT count(*) FROM %1")
                      .arg(Database::quoteIdentifier(InterfaceTables::tableName(spec)));
    if (!companyId.isEmpty())
        sql += QStringLiteral(" WHERE rw_company = ?1");
    Statement statement = m_db.prepare(sql, tr("count the records of %1").arg(spec.ipcType));
    if (!companyId.isEmpty())
        statement.bind(1, companyId);
    if (!statement.step()) {
        m_lastError = statement.error();
        return -1;
    }
    return statement.columnInt64(0);
}

qint64 RecordStore::quarantineCount(const QString &companyId)
{
    m_lastError = {};
    QString sql = QStringLiteral("SELECT count(*) FROM quarantine");
    if (!companyId.isEmpty())
        sql += QStringLiteral(" WHERE company_id = ?1");
    Statement statement = m_db.prepare(sql, tr("count the quarantine"));
    if (!companyId.isEmpty())
        statement.bind(1, companyId);
    if (!statement.step()) {
        m_lastError = statement.error();
        return -1;
    }
    return statement.columnInt64(0);
}

QList<QuarantineEntry> RecordStore::quarantine(const QString &companyId, qint64 afterId, int limit)
{
    m_lastError = {};
    Statement statement = m_db.prepare(
        QStringLiteral(
            "SELECT id, batch_id, company_id, ipc_type, record_index, received_ms, content_type, peer,"
            " path, raw, reasons, envelope_error FROM quarantine"
            " WHERE company_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3"),
        tr("read the quarantine of company %1").arg(companyId));
    statement.bind(1, companyId);
    statement.bind(2, afterId);
    statement.bind(3, limit);
    QList<QuarantineEntry> entries;
    while (statement.step()) {
        QuarantineEntry entry;
        entry.id = statement.columnInt64(0);
        entry.batchId = statement.isNull(1) ? 0 : statement.columnInt64(1);
        entry.companyId = statement.columnText(2);
        entry.ipcType = statement.columnText(3);
        entry.recordIndex = statement.isNull(4) ? -1 : statement.columnInt(4);
        entry.receivedMs = statement.columnInt64(5);
        entry.contentType = statement.columnText(6);
        entry.peer = statement.columnText(7);
        entry.path = statement.columnText(8);
        entry.raw = statement.columnBlob(9);
        entry.reasonsJson = statement.columnText(10).toUtf8();
        entry.reasons = reasonsFromJson(entry.reasonsJson);
        entry.envelopeError = statement.columnText(11);
        entries.append(entry);
    }
    if (statement.hasError())
        m_lastError = statement.error();
    return entries;
}

QByteArray RecordStore::reasonsToJson(const FieldViolations &violations)
{
    QJsonArray array;
    for (const FieldViolation &v : violations) {
        array.append(QJsonObject{
            {QStringLiteral("field"), v.field},
            {QStringLiteral("rule"), ruleName(v.rule)},
            {QStringLiteral("value"), v.value},
            {QStringLiteral("message"), v.message},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

FieldViolations RecordStore::reasonsFromJson(const QByteArray &json)
{
    FieldViolations violations;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        FieldViolation v;
        v.field = object.value(QStringLiteral("field")).toString();
        v.rule = ruleFromName(object.value(QStringLiteral("rule")).toString());
        v.value = object.value(QStringLiteral("value")).toString();
        v.message = object.value(QStringLiteral("message")).toString();
        violations.append(v);
    }
    return violations;
}

} // namespace rw
