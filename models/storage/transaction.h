#pragma once

#include "databaseerror.h"

#include <QCoreApplication>

namespace rw {

class Database;

/**
 * \brief RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless committed.
 *
 * IMMEDIATE takes the write lock at once (waiting up to the busy timeout), so a transaction never
 * fails half-way because another connection started writing first. Check isActive() after
 * construction: BEGIN can fail (busy, or already inside a transaction; transactions do not nest).
 */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(rw::Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    /** Commits; on failure the transaction stays active (and is rolled back on destruction). */
    [[nodiscard]] bool commit();
    /** Rolls back now; returns false if there was nothing to roll back or ROLLBACK failed. */
    bool rollback();
    /** Why BEGIN, COMMIT or ROLLBACK failed. */
    DatabaseError error() const { return m_error; }

private:
    Database &m_db;
    bool m_active = false;
    DatabaseError m_error;
};

} // namespace rw
