#include "statusapi.h"

#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "intake/companyregistry.h"
#include "intake/intakestats.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace rw {

StatusApi::StatusApi(IntakeStats &stats, const CompanyRegistry &companies)
    : m_stats(stats)
    , m_companies(companies)
{}

void StatusApi::registerRoutes(HttpServer &server)
{
    server.route("GET", QStringLiteral("/api/v1/intake/summary"),
                 [this](const HttpRequest &, HttpResponder responder) {
                     QHash<QString, QString> names;
                     for (const CompanyAccount &account : m_companies.companies())
                         names.insert(account.companyId, account.name);
                     QJsonArray rows;
                     for (const IntakeCounter &c : m_stats.snapshot()) {
                         rows.append(QJsonObject{{QStringLiteral("companyId"), c.companyId},
                                                 {QStringLiteral("companyName"), names.value(c.companyId)},
                                                 {QStringLiteral("ipcType"), c.ipcType},
                                                 {QStringLiteral("received"), c.received},
                                                 {QStringLiteral("accepted"), c.accepted},
                                                 {QStringLiteral("rejected"), c.rejected},
                                                 {QStringLiteral("lastReceivedAt"), c.lastReceivedMs}});
                     }
                     responder.respond(HttpResponse::json(
                         200, QJsonObject{{QStringLiteral("serverTime"), QDateTime::currentMSecsSinceEpoch()},
                                          {QStringLiteral("counters"), rows}}));
                 });
}

} // namespace rw
