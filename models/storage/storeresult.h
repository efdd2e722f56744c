#pragma once

#include "databaseerror.h"

#include <QList>

namespace rw {

/** The outcome of RecordStore::store(): on success everything is committed, on failure nothing is. */
struct StoreResult
{
    qint64 batchId = 0;  //!< upload_batch.id, or quarantine.id for storeRejectedBody()
    int accepted = 0;    //!< rows written to the interface table
    int rejected = 0;    //!< rows written to the quarantine
    DatabaseError error; //!< isBusy(): retry later (HTTP 503); otherwise a server fault
    /** With a RecordStore::BeforeCommit only: rw_id of each accepted record and quarantine id of each
     * rejected one, in the batch's order. */
    QList<qint64> acceptedIds;
    QList<qint64> quarantineIds;

    bool ok() const { return !error.isError(); }
};

} // namespace rw
