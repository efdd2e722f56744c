#pragma once

#include <memory>

#include <QCoreApplication>

namespace rw {

class BadRecordStore;
class PermitHitWriter;

class ApiAuth;
class Database;
class HttpServer;

/**
 * \brief GET /api/v1/permits/registry?after=<cursor>&limit=<n> (Permission::ViewOperationalData): the
 * caller's region's current permits of all three kinds, for the enforcement officer's offline lookup
 * cache (docs/lookup-contracts.md; issue 5, "works offline").
 *
 * → 200 {"asOf", "hits": [{"kind", "matchedOn": "registry", "valid", "permit": {…}}], "next": <cursor> |
 * null, "revealed"}. Hits are the search's (PermitHitWriter: valid, findings and badRecord judged now
 * in China Standard Time at asOf), current permits only, within the account's region scope.
 *
 * Order and cursor: the three permit tables number their rows independently, so the registry is read in
 * the order of position = 3 × id + kind (company 0, vehicle 1, driver 2): id order, the kinds of one id
 * side by side. "after" and "next" are such positions (0 = from the start); a page is the \a limit
 * (default 500, at most MaxLimit) smallest positions above "after", read with one range scan of each
 * table's primary key. A permit replaced while a sync runs gets a new, larger id: it comes on a later
 * page, so a snapshot read page by page misses nothing that stays current.
 *
 * Personal data (drivers' names, ID numbers, licence numbers, phones; private owners' names) is in clear
 * only for roles holding Permission::RevealPersonalData (the console keeps it sealed, shows it masked),
 * masked for the others. No reveal=1 or reason is asked: the purpose is fixed, the offline cache.
 *
 * Audit: one "permits.registry" record per page, written before the page is answered (503 when it
 * cannot be: nothing unaudited, L3-CES1-15), with the region, the cursor range, the counts per kind and
 * whether personal data was revealed. Per page rather than per sync: every page is a separate delivery
 * of personal data, a sync may stop and resume days later on another session, and the platform keeps
 * no sync state that could say when one ends.
 *
 * Findings and badRecord (docs/lookup-contracts.md) are not on the hits yet: they come with the rules and
 * bad-record work of issue 5, and belong here through the same code as the search's hits.
 */
class RegistryApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::RegistryApi)

public:
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 2000;

    /** \a db: the connection of the HTTP thread (the permit tables). */
    /** \a badRecords: the platform's bad-record lists (a hit's "badRecord"); must outlive this object. */
    RegistryApi(ApiAuth &auth, Database &db, BadRecordStore &badRecords);
    ~RegistryApi();

    void registerRoutes(HttpServer &server);

private:
    ApiAuth &m_auth;
    Database &m_db;
    std::unique_ptr<PermitHitWriter> m_hits;
};

} // namespace rw
