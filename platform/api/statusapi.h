#pragma once

#include <QCoreApplication>

namespace rw {

class ApiAuth;
class CompanyRegistry;
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
    StatusApi(IntakeStats &stats, const CompanyRegistry &companies, ApiAuth &auth);

    /**
     * The region of company \a companyId. The platform does not hold the companies' regions yet
     * (the base-info and permit reconciliation will): every company counts as operating in
     * Wuzhishan (469001, Hainan 460000), the city of seed 002.
     */
    static QString regionOf(const QString &companyId);
    void registerRoutes(HttpServer &server);

private:
    IntakeStats &m_stats;
    const CompanyRegistry &m_companies;
    ApiAuth &m_auth;
};

} // namespace rw
