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
    return type == "application/x-protobuf" || type == "application/protobuf"
        || type == "application/vnd.google.protobuf" || type == "application/octet-stream";
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

IngestPipeline::IngestPipeline(std::shared_ptr<const InterfaceCatalogue> catalogue, RecordStore &store,
                               IntakeStats *stats)
    : m_catalogue(std::move(catalogue))
    , m_store(store)
    , m_stats(stats)
    , m_json(m_catalogue)
    , m_protobuf(m_catalogue)
{
}

UploadOutcome IngestPipeline::refuseBody(const UploadRequest &request, int status, const QString &code,
                                         const QString &message)
{
    // Art. 14 asks for complete data: even a body we cannot read is kept, so the company can be
    // shown exactly what it sent. Only authenticated uploads get here.
    m_store.storeRejectedBody(request.companyId, request.spec ? request.spec->path : QString(),
                              QString::fromLatin1(request.contentType), request.peer, request.receivedMs,
                              request.body, message);
    UploadOutcome outcome;
    outcome.httpStatus = status;
    outcome.spec = request.spec;
    outcome.companyId = request.companyId;
    outcome.replyBody = errorBody(code, message);
    return outcome;
}

UploadOutcome IngestPipeline::process(const UploadRequest &request)
{
    QByteArray body = request.body;
    if (request.contentEncoding == "gzip" || request.contentEncoding == "x-gzip") {
        QString error;
        body = Compression::gunzip(request.body, m_maxInflatedBytes, &error);
        if (!error.isEmpty())
            return refuseBody(request, 400, QStringLiteral("bad_encoding"), tr("Content-Encoding gzip: %1").arg(error));
    } else if (!request.contentEncoding.isEmpty() && request.contentEncoding != "identity") {
        return refuseBody(request, 415, QStringLiteral("unsupported_encoding"),
                          tr("Content-Encoding \"%1\" is not supported; send gzip or no encoding")
                              .arg(QString::fromLatin1(request.contentEncoding)));
    }

    DecodeResult decoded;
    if (isProtobuf(request.contentType)) {
        decoded = m_protobuf.decode(body, request.protobufList, request.spec);
    } else if (isJson(request.contentType)) {
        decoded = m_json.decode(body, request.spec);
    } else {
        return refuseBody(request, 415, QStringLiteral("unsupported_media_type"),
                          tr("Content-Type \"%1\" is not supported; send application/json or "
                             "application/x-protobuf")
                              .arg(QString::fromLatin1(request.contentType)));
    }
    if (!decoded.ok())
        return refuseBody(request, 400, QStringLiteral("malformed_body"), decoded.error);

    IngestBatch batch;
    batch.companyId = request.companyId;
    batch.spec = request.spec;
    batch.receivedMs = request.receivedMs;
    batch.peer = request.peer;
    batch.contentType = QString::fromLatin1(request.contentType);

    int index = 0;
    for (const UploadEnvelope &envelope : std::as_const(decoded.envelopes)) {
        if (envelope.companyId.isEmpty())
            return refuseBody(request, 400, QStringLiteral("missing_company"),
                              tr("the envelope has no CompanyId"));
        // A credential belongs to one company; it may not upload in another's name.
        if (envelope.companyId != request.companyId)
            return refuseBody(request, 403, QStringLiteral("company_mismatch"),
                              tr("CompanyId \"%1\" does not match the credential, which belongs to \"%2\"")
                                  .arg(envelope.companyId, request.companyId));
        if (batch.source.isEmpty())
            batch.source = envelope.source;
        for (const Record &record : envelope.records) {
            FieldViolations violations = m_validator.validate(record, request.companyId);
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
        return refuseBody(request, 400, QStringLiteral("empty_upload"),
                          tr("the upload holds no %1 records").arg(request.spec->ipcType));

    const StoreResult stored = m_store.store(batch);
    if (!stored.ok) {
        // Nothing was committed: the company must send the batch again (Art. 12 re-sending).
        UploadOutcome outcome;
        outcome.httpStatus = 503;
        outcome.spec = request.spec;
        outcome.companyId = request.companyId;
        outcome.replyBody = errorBody(QStringLiteral("storage_unavailable"),
                                      tr("the platform could not store the upload, send it again later: %1")
                                          .arg(stored.error));
        return outcome;
    }

    if (m_stats)
        m_stats->record(request.companyId, request.spec->ipcType, batch.accepted.size(), batch.rejected.size(),
                        request.receivedMs);

    UploadOutcome outcome;
    outcome.httpStatus = 200;
    outcome.batchId = stored.batchId;
    outcome.spec = request.spec;
    outcome.companyId = request.companyId;
    outcome.accepted = int(batch.accepted.size());
    outcome.rejected = int(batch.rejected.size());
    outcome.acceptedRecords.reserve(batch.accepted.size());
    for (const AcceptedRecord &a : std::as_const(batch.accepted))
        outcome.acceptedRecords.append(a.record);

    // The per-record list is written by hand: for a batch of thousands of accepted positions a
    // QJsonArray of objects would cost more than validating them.
    QByteArray reply;
    reply.reserve(160 + index * 36);
    reply += "{\"result\":\"";
    reply += batch.rejected.isEmpty() ? "accepted" : (batch.accepted.isEmpty() ? "rejected" : "partial");
    reply += "\",\"IPCType\":\"" + request.spec->ipcType.toUtf8() + "\",\"batchId\":"
           + QByteArray::number(stored.batchId) + ",\"receivedAt\":" + QByteArray::number(request.receivedMs)
           + ",\"received\":" + QByteArray::number(index) + ",\"accepted\":"
           + QByteArray::number(batch.accepted.size()) + ",\"rejected\":" + QByteArray::number(batch.rejected.size())
           + ",\"records\":[";
    qsizetype a = 0;
    qsizetype r = 0;
    for (int i = 0; i < index; ++i) {
        if (i > 0)
            reply += ',';
        if (r < batch.rejected.size() && batch.rejected.at(r).index == i) {
            const QJsonObject entry{{QStringLiteral("index"), i},
                                    {QStringLiteral("status"), QStringLiteral("rejected")},
                                    {QStringLiteral("errors"), violationsJson(batch.rejected.at(r).violations)}};
            reply += QJsonDocument(entry).toJson(QJsonDocument::Compact);
            ++r;
        } else {
            reply += "{\"index\":" + QByteArray::number(i) + ",\"status\":\"accepted\"}";
            ++a;
        }
    }
    reply += "]}";
    outcome.replyBody = reply;
    return outcome;
}

} // namespace rw
