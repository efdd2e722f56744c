#include "ingestpipeline.h"

#include "intakestats.h"

#include "protocol/compression.h"
#include "protocol/spectime.h"
#include "storage/ingestbatch.h"
#include "storage/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rw {

namespace {

bool isJson(const QByteArray &type)
{
    return type == "application/json" || type == "text/json" || type.isEmpty();
}

bool isProtobuf(const QByteArray &type)
{
    return type == "application/x-protobuf" || type == "application/protobuf" ||
           type == "application/vnd.google.protobuf" || type == "application/octet-stream";
}

QByteArray errorBody(const QString &code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

QJsonArray violationsJson(const FieldViolations &violations)
{
    QJsonArray array;
    for (const FieldViolation &v : violations) {
        array.append(QJsonObject{{QStringLiteral("field"), v.field},
                                 {QStringLiteral("rule"), ruleName(v.rule)},
                                 {QStringLiteral("value"), v.value},
                                 {QStringLiteral("message"), v.message}});
    }
    return array;
}

} // namespace

IngestPipeline::IngestPipeline(std::shared_ptr<const InterfaceCatalogue> catalogue, RecordStore *store,
                               IntakeStats *stats)
    : m_catalogue(std::move(catalogue))
    , m_store(store)
    , m_stats(stats)
    , m_json(m_catalogue)
    , m_protobuf(m_catalogue)
{}

namespace {

PreparedUpload refusal(PreparedUpload prepared, int status, const QString &code, const QString &message)
{
    prepared.refused = true;
    prepared.refusalStatus = status;
    prepared.refusalCode = code;
    prepared.refusalMessage = message;
    prepared.batch = {};
    return prepared;
}

} // namespace

PreparedUpload IngestPipeline::prepare(UploadRequest request) const
{
    PreparedUpload prepared;
    prepared.request = std::move(request);
    const UploadRequest &r = prepared.request;

    QByteArray body = r.body;
    if (r.contentEncoding == "gzip" || r.contentEncoding == "x-gzip") {
        QString error;
        body = Compression::gunzip(r.body, m_maxInflatedBytes, &error);
        if (!error.isEmpty())
            return refusal(std::move(prepared), 400, QStringLiteral("bad_encoding"),
                           tr("Content-Encoding gzip: %1").arg(error));
    } else if (!r.contentEncoding.isEmpty() && r.contentEncoding != "identity") {
        return refusal(std::move(prepared), 415, QStringLiteral("unsupported_encoding"),
                       tr("Content-Encoding \"%1\" is not supported; send gzip or no encoding")
                           .arg(QString::fromLatin1(r.contentEncoding)));
    }

    DecodeResult decoded;
    if (isProtobuf(r.contentType)) {
        decoded = m_protobuf.decode(body, r.protobufList, r.spec);
    } else if (isJson(r.contentType)) {
        decoded = m_json.decode(body, r.spec);
    } else {
        return refusal(
            std::move(prepared), 415, QStringLiteral("unsupported_media_type"),
            tr("Content-Type \"%1\" is not supported; send application/json or application/x-protobuf")
                .arg(QString::fromLatin1(r.contentType)));
    }
    if (!decoded.ok())
        return refusal(std::move(prepared), 400, QStringLiteral("malformed_body"), decoded.error);

    IngestBatch &batch = prepared.batch;
    batch.companyId = r.companyId;
    batch.spec = r.spec;
    batch.receivedMs = r.receivedMs;
    batch.peer = r.peer;
    batch.contentType = QString::fromLatin1(r.contentType);

    int index = 0;
    for (const UploadEnvelope &envelope : std::as_const(decoded.envelopes)) {
        if (envelope.companyId.isEmpty())
            return refusal(std::move(prepared), 400, QStringLiteral("missing_company"),
                           tr("the envelope has no CompanyId"));
        // A credential belongs to one company; it may not upload in another's name.
        if (envelope.companyId != r.companyId)
            return refusal(std::move(prepared), 403, QStringLiteral("company_mismatch"),
                           tr("CompanyId \"%1\" does not match the credential, which belongs to \"%2\"")
                               .arg(envelope.companyId, r.companyId));
        if (batch.source.isEmpty())
            batch.source = envelope.source;
        for (const Record &record : envelope.records) {
            FieldViolations violations = m_validator.validate(record, r.companyId);
            if (violations.isEmpty()) {
                AcceptedRecord accepted;
                accepted.record = record;
                accepted.index = index;
                accepted.businessTime = SpecTime::businessTime(record).value_or(0);
                batch.accepted.append(std::move(accepted));
            } else {
                RejectedRecord rejected;
                rejected.record = record;
                rejected.index = index;
                rejected.violations = std::move(violations);
                batch.rejected.append(std::move(rejected));
            }
            ++index;
        }
    }
    if (index == 0)
        return refusal(std::move(prepared), 400, QStringLiteral("empty_upload"),
                       tr("the upload holds no %1 records").arg(r.spec->ipcType));
    prepared.recordCount = index;
    return prepared;
}

UploadOutcome IngestPipeline::commit(PreparedUpload prepared)
{
    const UploadRequest &request = prepared.request;
    UploadOutcome outcome;
    outcome.spec = request.spec;
    outcome.companyId = request.companyId;
    if (!m_store) {
        outcome.httpStatus = 503;
        outcome.replyBody =
            errorBody(QStringLiteral("storage_unavailable"), tr("the platform has no open database"));
        return outcome;
    }

    if (prepared.refused) {
        // Art. 14 asks for complete data: even a body we cannot read is kept, so the company can
        // be shown exactly what it sent. Only authenticated uploads get here.
        m_store->storeRejectedBody(request.companyId, request.spec ? request.spec->path : QString(),
                                   QString::fromLatin1(request.contentType), request.peer, request.receivedMs,
                                   request.body, prepared.refusalMessage);
        outcome.httpStatus = prepared.refusalStatus;
        outcome.replyBody = errorBody(prepared.refusalCode, prepared.refusalMessage);
        return outcome;
    }

    const IngestBatch &batch = prepared.batch;
    const StoreResult stored = m_store->store(batch);
    if (!stored.ok()) {
        // Nothing was committed: the company must send the batch again (Art. 12 re-sending).
        outcome.httpStatus = 503;
        outcome.replyBody = errorBody(QStringLiteral("storage_unavailable"),
                                      tr("the platform could not store the upload, send it again later: %1")
                                          .arg(stored.error.toString()));
        return outcome;
    }

    if (m_stats)
        m_stats->record(request.companyId, request.spec->ipcType, int(batch.accepted.size()),
                        int(batch.rejected.size()), request.receivedMs);

    const int count = prepared.recordCount;
    outcome.httpStatus = 200;
    outcome.batchId = stored.batchId;
    outcome.accepted = int(batch.accepted.size());
    outcome.rejected = int(batch.rejected.size());
    outcome.receivedMs = request.receivedMs;
    outcome.acceptedRecords.reserve(batch.accepted.size());
    outcome.businessTimes.reserve(batch.accepted.size());
    for (const AcceptedRecord &a : batch.accepted) {
        outcome.acceptedRecords.append(a.record);
        outcome.businessTimes.append(a.businessTime);
    }

    // The per-record list is written by hand: for a batch of thousands of accepted positions a
    // QJsonArray of objects would cost more than validating them.
    QByteArray reply;
    reply.reserve(160 + qsizetype(count) * 36);
    reply += "{\"result\":\"";
    reply += batch.rejected.isEmpty() ? "accepted" : (batch.accepted.isEmpty() ? "rejected" : "partial");
    reply += "\",\"IPCType\":\"" + request.spec->ipcType.toUtf8() +
             "\",\"batchId\":" + QByteArray::number(stored.batchId) +
             ",\"receivedAt\":" + QByteArray::number(request.receivedMs) +
             ",\"received\":" + QByteArray::number(count) +
             ",\"accepted\":" + QByteArray::number(batch.accepted.size()) +
             ",\"rejected\":" + QByteArray::number(batch.rejected.size()) + ",\"records\":[";
    qsizetype r = 0;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            reply += ',';
        if (r < batch.rejected.size() && batch.rejected.at(r).index == i) {
            const QJsonObject entry{
                {QStringLiteral("index"), i},
                {QStringLiteral("status"), QStringLiteral("rejected")},
                {QStringLiteral("errors"), violationsJson(batch.rejected.at(r).violations)}};
            reply += QJsonDocument(entry).toJson(QJsonDocument::Compact);
            ++r;
        } else {
            reply += "{\"index\":" + QByteArray::number(i) + ",\"status\":\"accepted\"}";
        }
    }
    reply += "]}";
    outcome.replyBody = reply;
    return outcome;
}

} // namespace rw
