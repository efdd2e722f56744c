#include "statusapi.h"

#include "domain/clock.h"

#include "apiauth.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "intake/companyregistry.h"
#include "intake/intakestats.h"
#include "permits/companydirectory.h"
#include "security/regionscope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace rw {

StatusApi::StatusApi(IntakeStats &stats, const CompanyRegistry &companies, ApiAuth &auth, Database &db)
    : m_stats(stats)
    , m_companies(companies)
    , m_auth(auth)
    , m_directory(std::make_unique<CompanyDirectory>(db))
{}

StatusApi::~StatusApi() = default;

void StatusApi::registerRoutes(HttpServer &server)
{
    server.route(
        "GET", QStringLiteral("/api/v1/intake/summary"),
        [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewQualityReports);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const AccountService::Session &session = *auth.session;
            // ?region=<GB/T 2260 code> narrows the summary; a region outside the scope is refused.
            const QString region = request.query.queryItemValue(QStringLiteral("region"), QUrl::FullyDecoded);
            if (!region.isEmpty() && !RegionScope::isValidCode(region)) {
                responder.respond(HttpResponse::error(
                    400, QStringLiteral("bad_request"),
                    tr("query parameter region: \"%1\" is not a six-digit GB/T 2260 code").arg(region)));
                return;
            }
            if (!region.isEmpty()) {
                if (auto refusal = m_auth.checkRegion(session, region, request)) {
                    responder.respond(*refusal);
                    return;
                }
            }
            // DESIGN §4: the server filters by the account's region scope: a company is a region's when
            // it holds a company permit there (CompanyDirectory).
            const std::optional<QList<CompanyDirectory::Company>> visible =
                m_directory->within(region.isEmpty() ? session.scope() : RegionScope::fromCode(region));
            if (!visible) {
                responder.respond(HttpResponse::error(503, QStringLiteral("unavailable"),
                                                      m_directory->lastError().toString()));
                return;
            }
            QHash<QString, QString> regionOf;
            for (const CompanyDirectory::Company &c : *visible)
                regionOf.insert(c.companyId, c.regionCode);
            QHash<QString, QString> names;
            for (const CompanyAccount &account : m_companies.companies())
                names.insert(account.companyId, account.name);
            QJsonArray rows;
            for (const IntakeCounter &c : m_stats.snapshot()) {
                if (!regionOf.contains(c.companyId))
                    continue;
                rows.append(QJsonObject{{QStringLiteral("companyId"), c.companyId},
                                        {QStringLiteral("companyName"), names.value(c.companyId)},
                                        {QStringLiteral("region"), regionOf.value(c.companyId)},
                                        {QStringLiteral("ipcType"), c.ipcType},
                                        {QStringLiteral("received"), c.received},
                                        {QStringLiteral("accepted"), c.accepted},
                                        {QStringLiteral("rejected"), c.rejected},
                                        {QStringLiteral("lastReceivedAt"), c.lastReceivedMs}});
            }
            responder.respond(HttpResponse::json(
                200, QJsonObject{{QStringLiteral("serverTime"),
                                  m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch()},
                                 {QStringLiteral("counters"), rows}}));
        });
}

} // namespace rw
