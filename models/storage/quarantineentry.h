#pragma once

#include "protocol/fieldviolation.h"

#include <QByteArray>
#include <QString>

namespace rw {

/** One row of the quarantine: a rejected record, or a body that could not be decoded at all. */
struct QuarantineEntry
{
    qint64 id = 0;
    qint64 batchId = 0; //!< upload_batch.id; 0 for an undecodable body
    QString companyId;
    QString ipcType;      //!< empty when unknown
    int recordIndex = -1; //!< position in the upload's array; -1 for a whole body
    qint64 receivedMs = 0;
    QString contentType;
    QString peer;
    QString path;   //!< request path; set for undecodable bodies
    QByteArray raw; //!< the record or body exactly as received
    FieldViolations reasons;
    QByteArray reasonsJson; //!< reasons as stored: [{"field","rule","value","message"}, …]
    QString envelopeError;  //!< why the body could not be decoded; empty for record rejections
};

} // namespace rw
