#pragma once

#include <QCoreApplication>
#include <QString>

namespace rw {

/**
 * \brief What went wrong in a database call: what we were doing, what SQLite said, and the SQL.
 *
 * \a code is SQLite's extended result code (SQLITE_BUSY, SQLITE_CONSTRAINT_UNIQUE, …); 0 means no
 * error. Errors that are not SQLite's (a caller passed a batch without an interface, a database
 * belongs to another application) use SQLITE_MISUSE or SQLITE_ERROR with our own \a detail.
 */
struct DatabaseError
{
    Q_DECLARE_TR_FUNCTIONS(rw::DatabaseError)

public:
    int code = 0;    //!< SQLite extended result code; 0 = no error
    QString purpose; //!< translated, what was being done: "store an upload of positionVehicle"
    QString detail;  //!< SQLite's message (sqlite3_errmsg) or ours
    QString sql;     //!< the statement involved, if any

    bool isError() const { return code != 0; }
    /** True for SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock; retrying may succeed. */
    bool isBusy() const;
    /** True for SQLITE_FULL / SQLITE_IOERR: the disk is full or failing. */
    bool isStorageFailure() const;

    /** "Could not <purpose>: <detail> (SQLite error <code>; SQL: <sql>)", translated. */
    QString toString() const;
};

} // namespace rw
