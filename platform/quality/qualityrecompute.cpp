#include "qualityrecompute.h"

#include "permitregistrycheck.h"
#include "qualitystore.h"
#include "vehiclebaseinfoquery.h"

#include "protocol/interfacecatalogue.h"
#include "protocol/jsoncodec.h"
#include "protocol/protobufcodec.h"
#include "protocol/recordvalidator.h"
#include "protocol/spectime.h"
#include "quality/qualitycrosschecks.h"
#include "quality/qualityevaluator.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <sqlite3.h>

#include <limits>

namespace rw {

namespace {

constexpr qint64 kNoBatch = std::numeric_limits<qint64>::max();

bool isProtobufType(const QString &type)
{
    return type == QLatin1StringView("application/x-protobuf") ||
           type == QLatin1StringView("application/protobuf") ||
           type == QLatin1StringView("application/vnd.google.protobuf") ||
           type == QLatin1StringView("application/octet-stream");
}

/** A cursor over one interface table's rows of a company and month, in rw_id order. */
struct TableCursor
{
    const InterfaceSpec *spec = nullptr;
    Statement statement;
    bool hasRow = false;
    qint64 batch() const { return hasRow ? statement.columnInt64(1) : kNoBatch; }
};

} // namespace

struct QualityRecompute::Impl
{
    Impl(std::shared_ptr<const InterfaceCatalogue> catalogue, const QualityModel &model)
        : evaluator(model)
        , json(catalogue)
        , protobuf(catalogue)
    {}

    QualityEvaluator evaluator;
    RecordValidator validator;
    JsonCodec json;
    ProtobufCodec protobuf;
    QHash<const InterfaceSpec *, QByteArray> protobufTags; // the OTIpc field tag of each interface

    /** A quarantined record's raw bytes decoded as the intake decoded them inside its upload. */
    std::optional<Record> decode(const InterfaceSpec *spec, const QString &contentType,
                                 const QString &company, const QByteArray &raw)
    {
        if (!spec)
            return std::nullopt;
        DecodeResult decoded;
        if (isProtobufType(contentType)) {
            // OTIpc{CompanyId, IPCType, <interface> = raw}: the header and the interface's tag are taken from
            // the codec's own encoding of an envelope without and with one empty record.
            UploadEnvelope envelope;
            envelope.companyId = company;
            envelope.spec = spec;
            const QByteArray header = protobuf.encode(envelope);
            auto tag = protobufTags.find(spec);
            if (tag == protobufTags.end()) {
                envelope.records.append(makeRecord(*spec));
                const QByteArray withOne = protobuf.encode(envelope);
                // header + tag + length 0
                tag =
                    protobufTags.insert(spec, withOne.mid(header.size(), withOne.size() - header.size() - 1));
            }
            QByteArray body = header + *tag;
            quint64 length = quint64(raw.size());
            do {
                quint8 byte = length & 0x7f;
                length >>= 7;
                if (length)
                    byte |= 0x80;
                body.append(char(byte));
            } while (length);
            body += raw;
            decoded = protobuf.decode(body, false, spec);
        } else {
            const QByteArray companyJson =
                QJsonDocument(QJsonArray{company}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            const QByteArray type = spec->ipcType.toUtf8();
            const QByteArray body = "{\"CompanyId\":" + companyJson + ",\"IPCType\":\"" + type + "\",\"" +
                                    type + "\":" + raw + "}";
            decoded = json.decode(body, spec);
        }
        if (!decoded.ok() || decoded.envelopes.size() != 1 || decoded.envelopes.first().records.size() != 1)
            return std::nullopt;
        return decoded.envelopes.first().records.first();
    }
};

QualityRecompute::QualityRecompute(Database &db, std::shared_ptr<const InterfaceCatalogue> catalogue,
                                   QualityModel model)
    : m_db(db)
    , m_catalogue(std::move(catalogue))
    , m_model(std::move(model))
    , m_impl(std::make_unique<Impl>(m_catalogue, m_model))
{}

QualityRecompute::~QualityRecompute() = default;

QStringList QualityRecompute::companies(const QualityPeriod &month)
{
    const QualityPeriod span = QualityPeriod::ofMonth(month.year, month.month);
    Statement statement = m_db.prepare(
        QStringLiteral("SELECT company_id FROM upload_batch WHERE received_ms >= ?1 AND received_ms < ?2"
                       " UNION SELECT company_id FROM quarantine WHERE batch_id IS NULL AND received_ms >= ?1"
                       " AND received_ms < ?2 ORDER BY 1"),
        tr("list the companies that uploaded in %1").arg(span.key()));
    statement.bind(1, span.start() * 1000);
    statement.bind(2, span.end() * 1000);
    QStringList result;
    while (statement.step())
        result.append(statement.columnText(0));
    if (statement.hasError())
        m_error = statement.error();
    return result;
}

bool QualityRecompute::run(const QualityPeriod &month, const QString &companyId, const Sink &sink)
{
    m_error = {};
    m_cancelled = false;
    m_read = 0;
    m_reported = 0;
    m_undecodable = 0;
    const QualityPeriod span = QualityPeriod::ofMonth(month.year, month.month);
    const qint64 startMs = span.start() * 1000;
    const qint64 endMs = span.end() * 1000;

    const QStringList companies = companyId.isEmpty() ? this->companies(span) : QStringList{companyId};
    if (m_error.isError())
        return false;

    // The estimate for progress: what the uploads said they held, and the refused bodies.
    Statement total = m_db.prepare(
        QStringLiteral(
            "SELECT (SELECT coalesce(sum(record_count), 0) FROM upload_batch WHERE received_ms >= ?1"
            " AND received_ms < ?2 AND (?3 = '' OR company_id = ?3)) + (SELECT count(*) FROM"
            " quarantine WHERE batch_id IS NULL AND received_ms >= ?1 AND received_ms < ?2 AND"
            " (?3 = '' OR company_id = ?3))"),
        tr("count the records of %1").arg(span.key()));
    total.bind(1, startMs);
    total.bind(2, endMs);
    total.bind(3, companyId.isEmpty() ? QString() : companyId);
    m_total = total.step() ? total.columnInt64(0) : 0;
    if (total.hasError()) {
        m_error = total.error();
        return false;
    }
    for (const QString &company : companies) {
        if (!runCompany(company, startMs, endMs, sink))
            return false;
    }
    if (m_progress)
        m_progress(m_read, qMax(m_total, m_read));
    return true;
}

bool QualityRecompute::runCompany(const QString &companyId, qint64 startMs, qint64 endMs, const Sink &sink)
{
    Impl &impl = *m_impl;
    PermitRegistryCheck permits(m_db);
    VehicleBaseInfoQuery baseInfo(m_db);
    QualityCrossChecks cross(m_model, permits.lookup(), baseInfo.lookup());
    const QString purpose = tr("recompute the quality of company %1").arg(companyId);
    QHash<QString, int> keyedPerRule; // rule → records failing it whose key was built

    // One cursor per interface table holding rows of the company in the month: the rw_id range is found
    // through the (rw_company, rw_received_ms) index, then read in rowid order without sorting.
    std::vector<TableCursor> tables;
    for (const InterfaceSpec *spec : m_catalogue->interfaces()) {
        const QString table = Database::quoteIdentifier(InterfaceTables::tableName(*spec));
        Statement range =
            m_db.prepare(QStringLiteral("SELECT min(rw_id), max(rw_id) FROM %1 WHERE rw_company = ?1"
                                        " AND rw_received_ms >= ?2 AND rw_received_ms < ?3")
                             .arg(table),
                         purpose);
        range.bind(1, companyId);
        range.bind(2, startMs);
        range.bind(3, endMs);
        if (!range.step()) {
            if (range.hasError()) {
                m_error = range.error();
                return false;
            }
            continue;
        }
        if (range.isNull(0))
            continue;
        QStringList columns = {QStringLiteral("rw_id"), QStringLiteral("rw_batch"),
                               QStringLiteral("rw_received_ms"), QStringLiteral("rw_business_time")};
        for (const FieldSpec &field : spec->fields)
            columns.append(Database::quoteIdentifier(field.name));
        TableCursor cursor;
        cursor.spec = spec;
        cursor.statement = m_db.prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE rw_id BETWEEN ?4 AND ?5 AND +rw_company = ?1 AND"
                           " +rw_received_ms >= ?2 AND +rw_received_ms < ?3 ORDER BY rw_id")
                .arg(columns.join(QStringLiteral(", ")), table),
            purpose);
        cursor.statement.bind(1, companyId);
        cursor.statement.bind(2, startMs);
        cursor.statement.bind(3, endMs);
        cursor.statement.bind(4, range.columnInt64(0));
        cursor.statement.bind(5, range.columnInt64(1));
        cursor.hasRow = cursor.statement.step();
        if (cursor.statement.hasError()) {
            m_error = cursor.statement.error();
            return false;
        }
        if (cursor.hasRow)
            tables.push_back(std::move(cursor));
    }
    Statement quarantine = m_db.prepare(
        QStringLiteral("SELECT id, batch_id, ipc_type, received_ms, content_type, raw, envelope_error FROM"
                       " quarantine WHERE company_id = ?1 AND received_ms >= ?2 AND received_ms < ?3 ORDER BY"
                       " id"),
        purpose);
    quarantine.bind(1, companyId);
    quarantine.bind(2, startMs);
    quarantine.bind(3, endMs);
    struct Refused
    {
        qint64 id;
        QString ipcType;
        qint64 receivedMs;
    };
    QList<Refused> refused;
    // Quarantine rows of uploads come in batch order; refused bodies (no batch) are set aside.
    const auto nextQuarantine = [&]() -> bool {
        while (quarantine.step()) {
            if (quarantine.isNull(1) || !quarantine.isNull(6)) {
                refused.append(
                    {quarantine.columnInt64(0), quarantine.columnText(2), quarantine.columnInt64(3)});
                continue;
            }
            return true;
        }
        return false;
    };
    bool quarantineRow = nextQuarantine();

    QList<QualityOutcome> outcomes;
    while (true) {
        if (m_cancel && m_cancel->load()) {
            m_cancelled = true;
            m_error = {SQLITE_INTERRUPT, purpose, tr("cancelled"), {}};
            return false;
        }
        qint64 batch = quarantineRow ? quarantine.columnInt64(1) : kNoBatch;
        TableCursor *cursor = nullptr;
        for (TableCursor &t : tables) {
            const qint64 b = t.batch();
            if (b < batch || (b == batch && !cursor)) {
                batch = b;
                cursor = &t;
            }
        }
        if (batch == kNoBatch)
            break;
        if (cursor && cursor->batch() != batch)
            cursor = nullptr;

        outcomes.resize(0); // keeps the capacity
        permits.clearCache();
        cross.begin(batch);
        if (cursor) {
            Statement &s = cursor->statement;
            const InterfaceSpec *spec = cursor->spec;
            const int fieldCount = int(spec->fields.size());
            // One record reused for every row: the checks do not keep it, and a list per row cost more
            // than judging it.
            Record record;
            record.spec = spec;
            record.values.resize(fieldCount);
            while (cursor->hasRow && s.columnInt64(1) == batch) {
                for (int i = 0; i < fieldCount; ++i)
                    record.values[i] = s.columnValue(4 + i);
                const qint64 receivedMs = s.columnInt64(2);
                const std::optional<qint64> businessTime =
                    s.isNull(3) ? std::nullopt : std::optional<qint64>(s.columnInt64(3));
                QualityOutcome outcome =
                    impl.evaluator.evaluateValidated(record, receivedMs / 1000, businessTime, {});
                outcome.companyId = companyId;
                outcome.source = QStringLiteral("record");
                outcome.rowId = s.columnInt64(0);
                outcome.receivedMs = receivedMs;
                cross.apply(record, outcome);
                if (!outcome.failedRules.isEmpty() && outcome.recordKey.isEmpty()) {
                    // Only the first samplesPerRule records failing a rule in the month become samples:
                    // build the key for those alone (in ingest order, as the sinks take samples).
                    bool sample = false;
                    for (const QString &rule : std::as_const(outcome.failedRules)) {
                        int &keyed = keyedPerRule[rule];
                        if (keyed < m_model.samplesPerRule()) {
                            ++keyed;
                            sample = true;
                        }
                    }
                    if (sample)
                        outcome.recordKey = QualityEvaluator::recordKey(record);
                }
                outcomes.append(std::move(outcome));
                cursor->hasRow = s.step();
            }
            if (s.hasError()) {
                m_error = s.error();
                return false;
            }
            if (permits.error().isError() || baseInfo.error().isError()) {
                m_error = permits.error().isError() ? permits.error() : baseInfo.error();
                return false;
            }
        }
        while (quarantineRow && quarantine.columnInt64(1) == batch) {
            const InterfaceSpec *spec = m_catalogue->byIpcType(quarantine.columnText(2));
            const qint64 receivedMs = quarantine.columnInt64(3);
            const std::optional<Record> record =
                impl.decode(spec, quarantine.columnText(4), companyId, quarantine.columnBlob(5));
            if (!record) {
                ++m_undecodable;
            } else {
                const FieldViolations violations = impl.validator.validate(*record, companyId);
                QualityOutcome outcome = impl.evaluator.evaluateValidated(
                    *record, receivedMs / 1000, SpecTime::businessTime(*record), violations);
                outcome.companyId = companyId;
                outcome.source = QStringLiteral("quarantine");
                outcome.rowId = quarantine.columnInt64(0);
                outcome.receivedMs = receivedMs;
                outcomes.append(std::move(outcome));
            }
            quarantineRow = nextQuarantine();
        }
        if (quarantine.hasError()) {
            m_error = quarantine.error();
            return false;
        }
        cross.commit();
        m_read += outcomes.size();
        if (!outcomes.isEmpty()) {
            const DatabaseError error = sink(outcomes);
            if (error.isError()) {
                m_error = error;
                return false;
            }
        }
        if (m_progress && m_read - m_reported >= 10000) {
            m_reported = m_read;
            m_progress(m_read, qMax(m_total, m_read));
        }
    }
    if (quarantine.hasError()) {
        m_error = quarantine.error();
        return false;
    }

    outcomes.clear();
    for (const Refused &r : std::as_const(refused)) {
        QualityOutcome outcome =
            impl.evaluator.evaluateUndecodable(companyId, r.ipcType, r.receivedMs / 1000);
        outcome.source = QStringLiteral("quarantine");
        outcome.rowId = r.id;
        outcome.receivedMs = r.receivedMs;
        outcomes.append(std::move(outcome));
    }
    m_read += outcomes.size();
    if (!outcomes.isEmpty()) {
        const DatabaseError error = sink(outcomes);
        if (error.isError()) {
            m_error = error;
            return false;
        }
    }
    return true;
}

std::optional<QHash<QString, QualityTally>> QualityRecompute::compute(const QualityPeriod &month,
                                                                      const QString &companyId)
{
    const QualityPeriod span = QualityPeriod::ofMonth(month.year, month.month);
    QHash<QString, QualityTally> tallies;
    const bool ok = run(span, companyId, [&](const QList<QualityOutcome> &outcomes) -> DatabaseError {
        QualityTally *tally = nullptr; // a recompute runs company by company: nearly always the last one
        for (const QualityOutcome &outcome : outcomes) {
            if (!tally || tally->companyId() != outcome.companyId) {
                auto it = tallies.find(outcome.companyId);
                if (it == tallies.end())
                    it = tallies.insert(outcome.companyId, QualityTally(outcome.companyId, span, m_model));
                tally = &*it;
            }
            QString error;
            if (!tally->add(outcome, &error))
                return {SQLITE_MISUSE, tr("recompute the quality of %1").arg(span.key()), error, {}};
        }
        return {};
    });
    if (!ok)
        return std::nullopt;
    return tallies;
}

bool QualityRecompute::rewrite(const QualityPeriod &month, const QString &companyId)
{
    const QualityPeriod span = QualityPeriod::ofMonth(month.year, month.month);
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    QualityStore store(m_db, m_model);
    DatabaseError error = store.removeMonth(span, companyId);
    if (error.isError()) {
        m_error = error;
        return false;
    }
    if (!run(span, companyId, [&](const QList<QualityOutcome> &outcomes) { return store.add(outcomes); }))
        return false; // rolled back
    if (!transaction.commit()) {
        m_error = transaction.error();
        return false;
    }
    return true;
}

} // namespace rw
