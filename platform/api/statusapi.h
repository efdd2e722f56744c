#pragma once

#include <QCoreApplication>

#include <memory>

namespace rw {

class ApiAuth;
class Clock;
class CompanyDirectory;
class CompanyRegistry;
class Database;
class HttpServer;
class IntakeStats;

/**
 * \brief GET /api/v1/intake/summary: per company and interface, records received, accepted,
 * rejected and when the last arrived — the 7×24 view of seed 000 Art. 21.
 *
 * Read-only and free of personal data. It needs a session whose role holds
 * Permission::ViewQualityReports, and lists only companies within the account's region scope;
 * "?region=<code>" narrows it to a region, refused (403 out_of_scope) outside the account's scope.
 */
class StatusApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::StatusApi)

public:
    /** \a db: the HTTP thread's connection, for the regions the companies are licensed in. */
    StatusApi(IntakeStats &stats, const CompanyRegistry &companies, ApiAuth &auth, Database &db);
    ~StatusApi();

    /**
     * The clock the uploads are stamped with (PlatformOptions::uploadsUseClock), so that serverTime and the
     * records' receipt times agree; the system clock when not set.
     */
    void setClock(const Clock *clock) { m_clock = clock; }

    void registerRoutes(HttpServer &server);

private:
    IntakeStats &m_stats;
    const CompanyRegistry &m_companies;
    ApiAuth &m_auth;
    std::unique_ptr<CompanyDirectory> m_directory;
    const Clock *m_clock = nullptr;
};

} // namespace rw
