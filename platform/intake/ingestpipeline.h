#pragma once

#include "preparedupload.h"
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
 * \brief Decode → validate → store → reply, for one upload.
 *
 * Two stages so that they can overlap: prepare() (inflate, decode, validate) is pure CPU work and
 * thread-safe; commit() stores and must run on the thread of the RecordStore's connection. The
 * reply is built only after the records are committed, so a 2xx means the data survives a crash.
 * Good records are stored, bad ones quarantined with their raw bytes and reasons; nothing is dropped.
 */
class IngestPipeline
{
    Q_DECLARE_TR_FUNCTIONS(rw::IngestPipeline)

public:
    /** \a store may be null for a pipeline that only prepares. */
    IngestPipeline(std::shared_ptr<const InterfaceCatalogue> catalogue, RecordStore *store,
                   IntakeStats *stats = nullptr);

    /** Upper bound for an inflated gzip body. */
    void setMaxInflatedBytes(qsizetype bytes) { m_maxInflatedBytes = bytes; }

    /** Stage 1, any thread: inflate, decode and validate. */
    PreparedUpload prepare(UploadRequest request) const;

    /** Stage 2, the store's thread: commit and build the reply. */
    UploadOutcome commit(PreparedUpload prepared);

    /** Both stages on the calling thread. */
    UploadOutcome process(UploadRequest request) { return commit(prepare(std::move(request))); }

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    RecordStore *m_store;
    IntakeStats *m_stats;
    JsonCodec m_json;
    ProtobufCodec m_protobuf;
    RecordValidator m_validator;
    qsizetype m_maxInflatedBytes = 256 * 1024 * 1024;
};

} // namespace rw
