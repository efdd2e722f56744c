#include "statusapi.h"

#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "intake/intakestats.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace rw {

StatusApi::StatusApi(IntakeStats &stats)
    : m_stats(stats)
{
}

void StatusApi::registerRoutes(HttpServer &server)
{
    server.route("GET", QStringLiteral("/api/v1/intake/summary"), [this](const HttpRequest &, HttpResponder responder) {
        QJsonArray rows;
        for (const IntakeCounter &c : m_stats.snapshot()) {
            rows.append(QJsonObject{{QStringLiteral("companyId"), c.companyId},
                                    {QStringLiteral("ipcType"), c.ipcType},
                                    {QStringLiteral("received"), c.received},
                                    {QStringLiteral("accepted"), c.accepted},
                                    {QStringLiteral("rejected"), c.rejected},
                                    {QStringLiteral("lastReceivedAt"), c.lastReceivedMs}});
        }
        responder.respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("serverTime"),
                                                               QDateTime::currentMSecsSinceEpoch()},
                                                              {QStringLiteral("counters"), rows}}));
    });
}

} // namespace rw
