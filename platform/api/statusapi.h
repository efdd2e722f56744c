#pragma once

#include <QCoreApplication>

namespace rw {

class CompanyRegistry;
class HttpServer;
class IntakeStats;

/**
 * \brief GET /api/v1/intake/summary: per company and interface, records received, accepted,
 * rejected and when the last arrived — the 7×24 view of seed 000 Art. 21.
 *
 * Read-only and free of personal data. The accounts issue puts it behind a session.
 */
class StatusApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::StatusApi)

public:
    StatusApi(IntakeStats &stats, const CompanyRegistry &companies);
    void registerRoutes(HttpServer &server);

private:
    IntakeStats &m_stats;
    const CompanyRegistry &m_companies;
};

} // namespace rw
