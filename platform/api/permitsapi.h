#pragma once

#include "permits/permitsearch.h"
#include "rules/cityrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariantHash>

#include <memory>
#include <optional>

namespace rw {

class BadRecordStore;
class PermitHitWriter;

class ApiAuth;
class Database;
class HttpServer;
class PermitStore;
class Reconciliation;
struct PermitMismatch;

/**
 * \brief /api/v1/permits: the cities' permits on the platform (DESIGN §4 "City permits"; seed 000 Art. 5).
 *
 *  - POST /api/v1/permits/import?kind=company|vehicle|driver[&region=NNNNNN] (Permission::ManageCityPermits:
 *    the city authority enters its own permits) with a CSV body (Content-Type text/csv) or a JSON array
 *    (application/json), read by PermitImportParser. Rows without a region take \a region, by default the
 *    account's own; a row whose region lies outside the account's scope is rejected like any bad row.
 *    → 200 {"importId", "kind", "rowsRead", "imported", "inserted", "replaced", "unchanged", "rejected",
 *    "ignoredColumns": [...], "errors": [{"row", "field", "value", "reason"}] (the first MaxErrors),
 *    "errorsTruncated"}. Good rows are stored even when others are bad; the bad ones are kept for
 *    correction (PermitStore). 415 for another Content-Type, 400 for a missing kind. Audited
 *    "permits.import" with the counts, in the same transaction as the import (no import without its
 *    record, L3-CES1-15).
 *  - GET /api/v1/permits/search?q=…[&limit=20][&reveal=1&reason=…] (Permission::ViewOperationalData)
 *    → 200 {"queryClass", "asOf", "hits": [{"kind", "matchedOn", "permit": {…}, "valid", "findings": [
 *    RuleFinding…]}], "truncated", "revealed"} (docs/lookup-contracts.md): PermitSearch within the account's
 *    region scope; "permit" is PermitJson; "valid" and "findings" are judged at "asOf" (now, in China
 *    Standard Time), the findings by the built-in rules of the permit's region (CityRules::
 *    checkVehiclePermit(), checkDriverPermit(); none for a company or a region without rules) on the
 *    unmasked permit. Audited "permits.search" (DESIGN §8: every lookup), with the query masked when it is
 *    personal, and the ids of the permits returned.
 *  - GET /api/v1/permits/mismatches[?company=…][&onlineHours=24][&onlineOnly=1][&limit=…][&reveal=1&reason=…]
 *    (Permission::ViewOperationalData) → 200 {"mismatches": [{"subject", "problem", "companyId", "key",
 *    "name", "regionCode", "certificate", "inBaseInfo", "lastSeen", "permit": {…} | null, "reason"}],
 *    "vehiclesChecked", "driversChecked", "truncated", "revealed"}: Reconciliation within the scope,
 *    judged on today's date in China Standard Time. Audited "permits.mismatches".
 *
 * Personal data (drivers' names, ID numbers, licence numbers, phones; a private owner's name) is masked
 * (PersonalDataMask) unless the request says reveal=1 with a reason and the role holds
 * Permission::RevealPersonalData (by default city and enforcement officers, not provincial supervisors:
 * permissiontable.cpp); such a request is audited with its reason. Nothing is returned unless its audit
 * record was written (503 instead).
 */
class PermitsApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermitsApi)

public:
    static constexpr int MaxErrors = 1000;

    /** \a db: the connection of the HTTP thread (the permits tables and the base-info it reconciles with). */
    /** \a badRecords: the platform's bad-record lists (a hit's "badRecord"); must outlive this object. */
    PermitsApi(ApiAuth &auth, Database &db, BadRecordStore &badRecords);
    ~PermitsApi();

    void registerRoutes(HttpServer &server);

    /** A permit's JSON: PermitJson (models/permits). */
    static QJsonObject toJson(const PermitMismatch &mismatch, bool reveal);

private:
    ApiAuth &m_auth;
    Database &m_db;
    std::unique_ptr<PermitStore> m_store;
    std::unique_ptr<PermitSearch> m_search;
    std::unique_ptr<Reconciliation> m_reconciliation;
    std::unique_ptr<PermitHitWriter> m_hits; //!< the hits as the lookup contract has them
};

} // namespace rw
