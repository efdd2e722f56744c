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
class QualityEvaluator;
class QualityRecorder;

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

    /**
     * Quality evaluation (DESIGN §6), on by default where the platform sets it up: \a evaluator judges each
     * record in prepare() (null: no evaluation, e.g. to measure its cost); \a recorder adds the verdicts and
     * the cross-record rules in commit(), in the upload's transaction (null: nothing recorded). Set before
     * use; the recorder must live on the store's thread and outlive the pipeline's use.
     */
    void setQualityEvaluator(std::shared_ptr<const QualityEvaluator> evaluator)
    {
        m_evaluator = std::move(evaluator);
    }
    void setQualityRecorder(QualityRecorder *recorder) { m_recorder = recorder; }

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
    std::shared_ptr<const QualityEvaluator> m_evaluator;
    QualityRecorder *m_recorder = nullptr;
    qsizetype m_maxInflatedBytes = 256 * 1024 * 1024;
};

} // namespace rw
