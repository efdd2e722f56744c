#pragma once

#include "auditchain.h"
#include "auditentry.h"
#include "auditquery.h"
#include "auditverification.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rw {

class Clock;
class Database;

/**
 * \brief The audit trail in the platform database: table audit_log (migration
 * 0002_accounts_audit.sql), appended through an AuditChain and verified from the stored rows.
 *
 * append() stamps the entry with the clock's time, links it to the last stored row and inserts
 * it. It runs in its own IMMEDIATE transaction, so concurrent writers on other connections line up;
 * inside a transaction the caller opened it joins that one, so an action and its audit record commit
 * or roll back together: if the audit write fails, the action fails (L3-CES1-15, fail closed).
 *
 * verify() walks the rows in seq order inside one read transaction and reports the first broken
 * link (AuditChain::verify), then compares the last seq with sqlite_sequence, which remembers the
 * highest seq ever handed out: rows deleted from the end show up as truncation. A checkpoint kept
 * outside the database catches even a reset of sqlite_sequence.
 *
 * Triggers refuse UPDATE and DELETE on audit_log. Purging after the retention period (≥ 2 years,
 * reference/security.md §0) is not implemented yet.
 *
 * The Database and the Clock must outlive the store; like the Database, one thread at a time.
 */
class AuditStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::AuditStore)

public:
    AuditStore(Database &db, AuditChain chain, const Clock &clock);

    /**
     * Stores \a entry (its seq, time, prevMac and mac are set here) and returns it as stored, or
     * nothing on error (see error()).
     */
    std::optional<AuditEntry> append(AuditEntry entry);

    /** Up to \a limit entries from \a fromSeq on, in seq order; empty on error (see error()). */
    QList<AuditEntry> entries(qint64 fromSeq = 1, int limit = 1000);
    /** Number of stored entries; −1 on error. */
    qint64 count();

    /**
     * The entries that pass \a query's filters and paging bounds, at most query.limit of them, in
     * query.order (newest first by default); empty on error (see error()), or when \a query does
     * not validate (error() then names the setting).
     */
    QList<AuditEntry> search(const AuditQuery &query);
    /** How many entries pass \a query's filters and paging bounds (its limit aside); −1 on error. */
    qint64 count(const AuditQuery &query);
    /** The seq and mac of the last entry, to keep as a checkpoint elsewhere; nothing if empty or on error. */
    std::optional<AuditChain::Checkpoint> checkpoint();

    /** Verifies the stored trail; \a head, if given, is a checkpoint the trail must reach. */
    AuditVerification verify(const std::optional<AuditChain::Checkpoint> &head = std::nullopt);

    DatabaseError error() const { return m_error; }

private:
    Database &m_db;
    AuditChain m_chain;
    const Clock &m_clock;
    DatabaseError m_error;
};

} // namespace rw
