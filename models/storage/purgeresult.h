#pragma once

#include "databaseerror.h"

#include <QMap>
#include <QString>

namespace rw {

/** What RetentionPolicy::purge() deleted. Chunks already deleted stay deleted after a cancel or an error. */
struct PurgeResult
{
    qint64 cutoffMs = 0;      //!< rows received before this instant (Unix ms UTC) were due
    qint64 interfaceRows = 0; //!< from the ipc_* tables
    qint64 quarantineRows = 0;
    qint64 batchRows = 0;                 //!< upload_batch rows
    QMap<QString, qint64> deletedByTable; //!< only tables that lost rows
    bool cancelled = false;
    DatabaseError error;

    bool ok() const { return !error.isError(); }
    qint64 total() const { return interfaceRows + quarantineRows + batchRows; }
};

} // namespace rw
