#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace rw {

class ApiAuth;
class BadRecordStore;
class Database;
class HttpServer;
struct BadRecord;

/**
 * \brief /api/v1/badrecords: the city's bad-record list (不良记录名单, seed 002 Art. 34;
 * docs/lookup-contracts.md).
 *
 *  - GET /api/v1/badrecords[?active=1][&reveal=1&reason=…] (Permission::ViewOperationalData) → 200
 *    {"asOf", "badRecords": [BadRecord…] (newest first), "revealed"}: the entries of the regions within
 *    the account's scope; with active=1 only those active today (China Standard Time). Audited
 *    "badrecords.list".
 *  - POST /api/v1/badrecords {"subject": "vehicle"|"driver", "plate" | "licence", "reason", "until":
 *    "YYYY-MM-DD"|null} (Permission::ManageCityPermits: the city authority keeps its list) → 201 BadRecord.
 *    The entry belongs to the account's own region; the driver's name and the permit's certificate are
 *    taken from the permit registry when it knows the plate or licence. 400 naming the field and value,
 *    409 when the subject is on the region's list already. Audited "badrecords.add" in the same
 *    transaction (503 and nothing stored if the audit record cannot be written).
 *  - POST /api/v1/badrecords/<id>/remove {"reason"} (ManageCityPermits) → 200 BadRecord: the row is kept
 *    with who removed it, when and why. 404 for an unknown id, 403 out_of_scope for another region's
 *    entry, 409 if removed already. Audited "badrecords.remove" likewise.
 *
 * Licence numbers and names are masked (PersonalDataMask) unless reveal=1&reason=… by a role with
 * Permission::RevealPersonalData (ApiAuth::revealOf), which is audited with its reason. Refused writes are
 * audited too (outcome failure), as far as the audit trail can be written.
 */
class BadRecordsApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::BadRecordsApi)

public:
    /** \a db: the HTTP thread's connection, which \a store uses too. */
    BadRecordsApi(ApiAuth &auth, Database &db, BadRecordStore &store);

    void registerRoutes(HttpServer &server);

    /** \a record as JSON, masked unless \a reveal. */
    static QJsonObject toJson(const BadRecord &record, bool reveal);

private:
    ApiAuth &m_auth;
    Database &m_db;
    BadRecordStore &m_store;
};

} // namespace rw
