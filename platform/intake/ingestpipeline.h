#pragma once

#include "uploadoutcome.h"
#include "uploadrequest.h"

#include "protocol/interfacecatalogue.h"
#include "protocol/jsoncodec.h"
#include "protocol/protobufcodec.h"
#include "protocol/recordvalidator.h"

#include <QCoreApplication>

#include <memory>

namespace rw {

class RecordStore;
class IntakeStats;

/**
 * \brief Decode → validate → store → reply, for one upload, synchronously.
 *
 * Lives on the ingest thread (it uses that thread's RecordStore). The reply is built only after
 * the records are committed, so a 2xx means the data survives a crash. Good records are stored,
 * bad ones are quarantined with their raw bytes and reasons; nothing is dropped.
 */
class IngestPipeline
{
    Q_DECLARE_TR_FUNCTIONS(rw::IngestPipeline)

public:
    IngestPipeline(std::shared_ptr<const InterfaceCatalogue> catalogue, RecordStore &store,
                   IntakeStats *stats = nullptr);

    /** Upper bound for an inflated gzip body. */
    void setMaxInflatedBytes(qsizetype bytes) { m_maxInflatedBytes = bytes; }

    UploadOutcome process(const UploadRequest &request);

private:
    UploadOutcome refuseBody(const UploadRequest &request, int status, const QString &code, const QString &message);

    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    RecordStore &m_store;
    IntakeStats *m_stats;
    JsonCodec m_json;
    ProtobufCodec m_protobuf;
    RecordValidator m_validator;
    qsizetype m_maxInflatedBytes = 256 * 1024 * 1024;
};

} // namespace rw
