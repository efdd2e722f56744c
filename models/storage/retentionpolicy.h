#pragma once

#include "databaseerror.h"
#include "purgeprogress.h"
#include "purgeresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rw {

class Database;

/**
 * \brief How long the platform keeps operational data, and the purge of what is older.
 *
 * Art. 9 of the platform rules (seed 000, 运行管理办法 2022): data the platform receives is kept
 * at least 2 years. The keep-days setting lives in the settings table ("retention.keep_days"),
 * defaults to 730 and can never be set below 730; a smaller value found in the table (edited by
 * hand) is read as 730.
 *
 * purge() deletes the rows of every interface table (ipc_*, also those of interfaces a newer
 * catalogue dropped), quarantine rows and upload batches received before now − keep-days. It works
 * company by company along the (rw_company, rw_received_ms) index, in chunks of chunkRows() rows,
 * each chunk its own short write transaction, so the intake never waits for more than one chunk.
 * Run it on its own connection in a worker thread. Notices are not purged: they are the evidence
 * for outage findings.
 */
class RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(rw::RetentionPolicy)

public:
    static constexpr int MinimumKeepDays = 730; //!< Art. 9: at least 2 years
    static constexpr int DefaultKeepDays = 730;
    static constexpr int DefaultChunkRows = 10000;
    static constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

    using ProgressCallback = std::function<void(const PurgeProgress &)>;

    explicit RetentionPolicy(Database &db);

    static QString settingKey() { return QStringLiteral("retention.keep_days"); }

    /** The effective keep-days (never below the minimum); -1 if the setting cannot be read (see error()). */
    int keepDays();
    /** Stores \a days; refuses values below MinimumKeepDays with an error citing Art. 9. */
    [[nodiscard]] bool setKeepDays(int days);

    /** Rows received before the returned instant are due: nowMs − keepDays days. */
    static qint64 cutoffMs(qint64 nowMs, int keepDays) { return nowMs - keepDays * DayMs; }

    int chunkRows() const { return m_chunkRows; }
    void setChunkRows(int rows) { m_chunkRows = qMax(1, rows); }

    /**
     * Deletes what is due at \a nowMs (Unix ms UTC). Checks \a cancel before each chunk and calls
     * \a progress after counting and after each chunk.
     */
    PurgeResult purge(qint64 nowMs, const std::atomic_bool *cancel = nullptr,
                      const ProgressCallback &progress = {});

    DatabaseError error() const { return m_error; }

private:
    struct Target;
    bool collectTargets(qint64 cutoff, QList<Target> *targets, qint64 *total);
    QStringList interfaceTables();
    QStringList companies(const QString &table);

    Database &m_db;
    int m_chunkRows = DefaultChunkRows;
    DatabaseError m_error;
};

} // namespace rw
