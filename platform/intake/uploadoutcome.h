#pragma once

#include "protocol/record.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rw {

struct InterfaceSpec;

/** What the intake pipeline did with one upload: the HTTP reply and what was committed. */
struct UploadOutcome
{
    int httpStatus = 200;
    QByteArray replyBody; //!< JSON
    qint64 batchId = 0;   //!< 0 when nothing was stored
    const InterfaceSpec *spec = nullptr;
    QString companyId;
    int accepted = 0;
    int rejected = 0;
    QList<Record> acceptedRecords; //!< committed records, for live forwarding
    QList<qint64> businessTimes;   //!< of acceptedRecords, Unix s (0 = unknown): for back-fill (DESIGN §7)
    qint64 receivedMs = 0;         //!< the platform's receive stamp of the upload
};

} // namespace rw
