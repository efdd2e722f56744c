#pragma once

#include <QCoreApplication>

#include <memory>

namespace rw {

class ApiAuth;
class BadRecordStore;
class ConductQuery;
class Database;
class HttpServer;
class InterfaceCatalogue;

/**
 * \brief GET /api/v1/conduct?plate=… | ?driver=<driver certificate>[&reveal=1&reason=…]: the record of one
 * vehicle or one driver (seed 002 Art. 33–34; docs/lookup-contracts.md), Permission::ViewOperationalData.
 *
 * 200 {"subject": "vehicle"|"driver", "plate" (vehicle) | "certificate", "licence", "name" (driver),
 * "asOf", "badRecords": [BadRecord…] (every entry of the subject within the scope, removed ones as history,
 * newest first), "complaints": [{"time", "companyId", "orderId", "detail", "result"}], "penalties":
 * [{"time", "companyId", "licence", "reason", "result"}], "complaintsTruncated", "penaltiesTruncated",
 * "revealed"}: what the companies uploaded (ConductQuery), newest first, at most 50 each, from companies
 * within the account's region scope.
 *
 * Exactly one of plate and driver; 400 naming the parameter and the value otherwise. A driver certificate
 * that neither the permit registry nor any company's base-info knows: 404. A driver whose region lies
 * outside the scope: 403 out_of_scope. Licence numbers and names are masked unless revealed
 * (ApiAuth::revealOf). Audited "conduct.view" (the plate, or the certificate, with the counts); nothing is
 * answered unless the audit record was written (503).
 */
class ConductApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::ConductApi)

public:
    static constexpr int Limit = 50;

    ConductApi(ApiAuth &auth, Database &db, BadRecordStore &badRecords,
               std::shared_ptr<const InterfaceCatalogue> catalogue);
    ~ConductApi();

    void registerRoutes(HttpServer &server);

private:
    ApiAuth &m_auth;
    BadRecordStore &m_badRecords;
    std::unique_ptr<ConductQuery> m_query;
};

} // namespace rw
