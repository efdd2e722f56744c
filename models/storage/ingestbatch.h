#pragma once

#include "acceptedrecord.h"
#include "rejectedrecord.h"

#include <QList>
#include <QString>

namespace rw {

struct InterfaceSpec;

/**
 * \brief One decoded and validated upload, ready for RecordStore::store().
 *
 * \a spec must come from the RecordStore's catalogue; every record's values are indexed like its
 * fields. \a receivedMs is the platform's receive stamp (Unix ms UTC): timeliness is measured
 * against it (Art. 15(三)).
 */
struct IngestBatch
{
    QString companyId; //!< the authenticated company
    QString source;    //!< the envelope's Source
    const InterfaceSpec *spec = nullptr;
    qint64 receivedMs = 0;
    QString peer;        //!< remote address, e.g. "127.0.0.1:53412"
    QString contentType; //!< "application/json", "application/x-protobuf"
    QList<AcceptedRecord> accepted;
    QList<RejectedRecord> rejected;
};

} // namespace rw
