#pragma once

#include "permits/companypermit.h"
#include "permits/driverpermit.h"
#include "permits/permitimportresult.h"
#include "permits/permitkind.h"
#include "permits/vehiclepermit.h"
#include "storage/databaseerror.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <array>
#include <functional>
#include <optional>

namespace rw {

class Clock;
class Database;

/**
 * \brief The cities' permits in the platform's database (tables permit_*, migrations 0004_permits and
 * 0005_permit_facts): imports with history, the rows an import refused, and the bulk load of a national
 * registry.
 *
 * An import runs in one transaction: the permit_import row, every good permit and every rejected row
 * (with its raw text and errors, for correction), or nothing. A certificate number already in the
 * registry with the same content counts as unchanged; with other content the new row becomes current
 * and the old one stays, stamped superseded_ms (history is never deleted). Names also go into the
 * FTS5 trigram tables for substring search.
 *
 * Bulk load (the registry generator): suspendIndexes() drops the permit indexes (their SQL is kept in
 * the settings table, so a load that is killed can be finished later), insertNew() appends without
 * looking for existing rows, and resumeIndexes() rebuilds the indexes and the FTS tables. A database
 * left with suspended indexes still answers every query, slowly, until resumeIndexes() runs.
 *
 * Uses its connection's thread only (see Database).
 */
class PermitStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermitStore)

public:
    /** The schema must be migrated (SchemaMigrator::platform()); \a clock stamps the imports. */
    PermitStore(Database &db, const Clock &clock);

    struct ImportOptions
    {
        QString actor;      //!< the account name
        QString format;     //!< "csv", "json", "api", "generator"
        QString regionCode; //!< the import's default region
    };

    struct ImportSummary
    {
        qint64 importId = 0;
        PermitKind kind = PermitKind::Vehicle;
        int rowsRead = 0;
        int inserted = 0;  //!< certificates new to the registry
        int replaced = 0;  //!< certificates whose current permit changed (the old one kept as history)
        int unchanged = 0; //!< sent again as they are
        int rejected = 0;  //!< rows kept in permit_rejected
        int imported() const { return inserted + replaced + unchanged; }
    };

    /**
     * Stores \a parsed's good permits and rejected rows in one transaction (the caller's, if one is open);
     * nothing on failure (see error()).
     */
    std::optional<ImportSummary> import(const PermitImportResult &parsed, const ImportOptions &options);

    /** The current permit with \a certificate, if any. */
    std::optional<CompanyPermit> currentCompany(const QString &certificate);
    std::optional<VehiclePermit> currentVehicle(const QString &certificate);
    std::optional<DriverPermit> currentDriver(const QString &certificate);
    /** Every row the certificate number ever had, the current one first, then older ones. */
    QList<VehiclePermit> vehicleHistory(const QString &certificate);
    QList<DriverPermit> driverHistory(const QString &certificate);

    /** Current permits by the keys reconciliation joins on. */
    QList<VehiclePermit> vehiclesByPlate(const QString &plate);
    QList<DriverPermit> driversByLicence(const QString &licenceOrIdNumber);

    /** The rows import \a importId refused, in row order. */
    QList<RejectedPermitRow> rejectedRows(qint64 importId);

    /** Current permits of each kind (for tests and the generator's report). */
    qint64 count(PermitKind kind);

    // --- Bulk load -------------------------------------------------------------------------------
    /** A permit_import row for a bulk load; 0 on failure. Call inside the caller's transaction or not. */
    qint64 beginBulkImport(PermitKind kind, const ImportOptions &options);
    /**
     * Appends \a permit as a current row without looking for an existing one and without indexing its
     * name: only between suspendIndexes() and resumeIndexes(), with certificate numbers known to be new.
     */
    bool insertNew(qint64 importId, const CompanyPermit &permit);
    bool insertNew(qint64 importId, const VehiclePermit &permit);
    bool insertNew(qint64 importId, const DriverPermit &permit);
    /** Drops the permit indexes, keeping their SQL in settings 'permits.suspended_indexes'. */
    bool suspendIndexes();
    /** Whether a bulk load left the indexes dropped. */
    bool indexesSuspended();
    /**
     * Recreates the suspended indexes one by one and rebuilds the FTS tables; \a progress (if set) is
     * told each step's name before it runs. Each step commits alone, so an interrupted resume goes on
     * where it stopped next time.
     */
    bool resumeIndexes(const std::function<void(const QString &step)> &progress = {});

    DatabaseError error() const { return m_error; }

    // --- Row mapping, shared with PermitSearch and Reconciliation --------------------------------
    /** yyyymmdd, or a null QVariant for an invalid date. */
    static QVariant dayNumber(const QDate &date);
    static QDate fromDayNumber(qint64 number);
    /** "id, import_id, superseded_ms IS NOT NULL, …data columns" of \a kind's table, for SELECT. */
    static QString selectColumns(PermitKind kind, const QString &alias = {});
    static QString tableOf(PermitKind kind);
    static CompanyPermit readCompany(const Statement &row, int first = 0);
    static VehiclePermit readVehicle(const Statement &row, int first = 0);
    static DriverPermit readDriver(const Statement &row, int first = 0);

private:
    struct Insert;
    bool fail(const DatabaseError &error);
    bool insertRow(PermitKind kind, qint64 importId, const QVariantList &values, qint64 replaces, qint64 *id,
                   bool indexName);
    template<typename Permit>
    bool importOne(PermitKind kind, qint64 importId, const Permit &permit, ImportSummary &summary);
    template<typename Permit>
    QList<Permit> readAll(PermitKind kind, const QString &where, const QVariantList &binds, int limit);
    /** \a current and the rows it replaced, newest first. */
    template<typename Permit>
    QList<Permit> history(PermitKind kind, const std::optional<Permit> &current);

    Database &m_db;
    const Clock &m_clock;
    DatabaseError m_error;
    std::array<Statement, 3> m_inserts;    //!< by PermitKind
    std::array<Statement, 3> m_ftsInserts; //!< by PermitKind (company, driver)
};

} // namespace rw
