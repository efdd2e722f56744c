#pragma once

#include <QCoreApplication>
#include <QString>

namespace rw {

/**
 * \brief The result of checking an audit chain: intact, or the first broken link and why.
 */
struct AuditVerification
{
    enum class Problem {
        None,
        Modified,   //!< the entry's content (or its MAC) no longer matches its MAC
        Deleted,    //!< entries before this one are missing: it links to an entry that is not there
        Reordered,  //!< the entry is authentic but belongs elsewhere: its predecessor comes later
        Inserted,   //!< the entry does not belong to the chain (forged, or a copy of another entry)
        Truncated,  //!< entries at the end are missing (against a checkpoint or the store's counter)
        Unreadable, //!< the store could not be read (see message)
    };

    Problem problem = Problem::None;
    qint64 index = -1;  //!< 0-based position of the first broken entry in the checked sequence
    qint64 seq = -1;    //!< its sequence number
    qint64 checked = 0; //!< entries verified intact before the break (all of them when intact)
    QString message;    //!< translated explanation naming the position, the seq and the reason

    bool intact() const { return problem == Problem::None; }

    /** "modified", "deleted", …: stable names for logs and exports. */
    static QString problemKey(Problem problem);
};

} // namespace rw
