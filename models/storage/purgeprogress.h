#pragma once

#include <QString>

namespace rw {

/** Where a RetentionPolicy::purge() stands, reported after each chunk. */
struct PurgeProgress
{
    QString table;      //!< the table being purged
    qint64 deleted = 0; //!< rows deleted so far, all tables together
    qint64 total = 0;   //!< rows that were due when the purge started
};

} // namespace rw
