#pragma once

#include "permits/companypermit.h"
#include "permits/driverpermit.h"
#include "permits/permitkind.h"
#include "permits/permitquery.h"
#include "permits/vehiclepermit.h"
#include "security/regionscope.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

class Database;

/** One permit found by PermitSearch; only the member of \a kind is set. */
struct PermitSearchHit
{
    PermitKind kind = PermitKind::Vehicle;
    QString matchedOn; //!< "plate", "vin", "certificate", "idNumber", "licence", "name", "companyId"
    CompanyPermit company;
    VehiclePermit vehicle;
    DriverPermit driver;

    qint64 id() const;
    QString regionCode() const;
};

/**
 * \brief One search box over the permit registry: the query is classified, then answered with
 * indexed lookups only, so that it takes milliseconds over a national registry (DESIGN §9: 3 million
 * vehicles, 6 million drivers, p99 ≤ 10 ms).
 *
 * Classes, tried in this order:
 *  - Plate: a full plate with its province prefix ("琼DD12345"; spaces, "·" and case do not matter) →
 *    the plate index (exact first, then plates it starts: 琼DD1234 is also the start of 琼DD12345);
 *    PlatePrefix: province + letter + some characters ("琼D123") → a range of the index.
 *  - IdNumber: 18 characters with a valid GB 11643 check character → the ID number and licence indexes.
 *  - Vin: 17 characters with a valid check digit → the VIN index.
 *  - Name: Chinese characters only (a "·" allowed), at most 6 → drivers whose name starts with the
 *    query (B-tree range: exact names first) and, from 3 characters on, contains it (FTS5 trigram);
 *    companies likewise.
 *  - Company: longer Chinese text, or text naming a company (公司, 集团, 出行, 科技) → company names.
 *  - Certificate: anything else → certificate numbers of all three kinds (exact and prefix), licence
 *    numbers and platform CompanyIds.
 *
 * Only current permits are returned (superseded ones are history), within \a scope if given, at most
 * \a limit of them: current permits of the class's kinds in index order.
 *
 * Read-only; uses its connection's thread only.
 */
class PermitSearch
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermitSearch)

public:
    /** The classes and their order are PermitQuery's: the console's offline cache classifies alike. */
    using QueryClass = PermitQuery::Class;

    struct Options
    {
        /** Only permits of this region; nothing: the whole registry (the platform's own callers, benchmarks).
         */
        std::optional<RegionScope> scope;
        int limit = 20;
    };

    struct Result
    {
        QueryClass queryClass = QueryClass::Empty;
        QString normalised; //!< the query as looked up (a plate normalised, an ID number in upper case)
        QList<PermitSearchHit> hits;
        bool truncated = false; //!< more matched than the limit
        DatabaseError error;
    };

    static constexpr int MaxLimit = 200;

    explicit PermitSearch(Database &db);
    ~PermitSearch();
    PermitSearch(const PermitSearch &) = delete;
    PermitSearch &operator=(const PermitSearch &) = delete;

    Result search(const QString &query, const Options &options);

    static QueryClass classify(QStringView query);
    /** "plate", "platePrefix", "idNumber", "vin", "name", "company", "certificate", "empty". */
    static QString classKey(QueryClass queryClass);

    /**
     * The baseline of the benchmark: the same question as a scan, "column LIKE '%query%'" over the
     * columns the class searches. Never used by the platform.
     */
    Result scan(const QString &query, const Options &options);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rw
