#pragma once

#include "uploadrequest.h"

#include "quality/qualityoutcome.h"
#include "storage/ingestbatch.h"

#include <QList>

#include <QString>

namespace rw {

/**
 * \brief An upload after the CPU-bound stage (inflate, decode, validate), ready to commit.
 *
 * Either a batch to store, or a refusal of the whole body (which is still kept in the quarantine).
 */
struct PreparedUpload
{
    UploadRequest request;
    IngestBatch batch;
    int recordCount = 0;
    /** The quality verdicts of the CPU stage, parallel to batch.accepted / batch.rejected; empty when the
     * pipeline evaluates no quality. */
    QList<QualityOutcome> acceptedQuality;
    QList<QualityOutcome> rejectedQuality;

    bool refused = false;
    int refusalStatus = 0;  //!< HTTP status of the refusal
    QString refusalCode;    //!< machine-readable, e.g. "malformed_body"
    QString refusalMessage; //!< translated, names what was wrong
};

} // namespace rw
