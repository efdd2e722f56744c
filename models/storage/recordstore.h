#pragma once

#include "databaseerror.h"
#include "ingestbatch.h"
#include "quarantineentry.h"
#include "statement.h"
#include "storeresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

namespace rw {

class Database;
class InterfaceCatalogue;
struct InterfaceSpec;

/**
 * \brief Writes uploads durably: the batch row, accepted records into their interface table, and
 * rejected records into the quarantine, all in one transaction.
 *
 * store() returns only after COMMIT (with synchronous FULL, after the WAL is on disk), so the
 * platform acknowledges an upload only once it cannot be lost. The tables must exist: run
 * SchemaMigrator::platform() and InterfaceTables::ensure() with the same catalogue first.
 *
 * Insert statements are prepared once per interface and reused. Values are stored with the type
 * they carry (QString → TEXT, integers → INTEGER, double → REAL); odd values never crash: nested
 * JSON is stored as its JSON text, unconvertible values as NULL.
 *
 * Throughput (tst_recordstore, position rows, batches of 1,000, synchronous NORMAL) is that of
 * bare sqlite3 inserts into the same table: the cost is SQLite's B-trees, above all the
 * (VehicleNo, PositionTime) index when each upload carries a different set of vehicles.
 *
 * Uses the connection's thread only (see Database).
 */
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::RecordStore)

public:
    RecordStore(Database &db, std::shared_ptr<const InterfaceCatalogue> catalogue);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    /**
     * Work that must commit or fail with the records (the quality tallies): called inside the transaction
     * after the rows are written, with their ids (StoreResult::acceptedIds / quarantineIds); an error it
     * returns rolls everything back and is the store's error.
     */
    using BeforeCommit = std::function<DatabaseError(const StoreResult &stored)>;

    /** Stores one upload in one transaction; on failure nothing of it is stored. */
    StoreResult store(const IngestBatch &batch, const BeforeCommit &beforeCommit = {});

    /**
     * Quarantines a whole body that could not be decoded (bad JSON, unknown IPCType, …), with the
     * request \a path and \a reason; StoreResult::batchId is then the quarantine row's id.
     */
    StoreResult storeRejectedBody(const QString &companyId, const QString &path, const QString &contentType,
                                  const QString &peer, qint64 receivedMs, const QByteArray &body,
                                  const QString &reason, const BeforeCommit &beforeCommit = {});

    /** Rows of \a spec's table, of \a companyId only unless it is empty; -1 on error (see lastError()). */
    qint64 count(const InterfaceSpec &spec, const QString &companyId = {});
    /** Quarantine rows, of \a companyId only unless it is empty; -1 on error. */
    qint64 quarantineCount(const QString &companyId = {});
    /** \a companyId's quarantine entries with id > \a afterId, oldest first, at most \a limit. */
    QList<QuarantineEntry> quarantine(const QString &companyId, qint64 afterId = 0, int limit = 1000);

    DatabaseError lastError() const { return m_lastError; }

    /** The quarantine's reasons format: [{"field","rule","value","message"}, …], compact JSON. */
    static QByteArray reasonsToJson(const FieldViolations &violations);
    static FieldViolations reasonsFromJson(const QByteArray &json);

private:
    Statement *insertStatement(const InterfaceSpec &spec);
    StoreResult fail(const DatabaseError &error);

    Database &m_db;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    std::unordered_map<const InterfaceSpec *, Statement> m_inserts;
    Statement m_insertBatch;
    Statement m_insertQuarantine;
    DatabaseError m_lastError;
};

} // namespace rw
