#include "alertsapi.h"

#include "alerts/alertstore.h"
#include "apiauth.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace rw {

AlertsApi::AlertsApi(ApiAuth &auth, Database &db)
    : m_auth(auth)
    , m_store(std::make_unique<AlertStore>(db))
{}

AlertsApi::~AlertsApi() = default;

bool AlertsApi::parseQuery(const QUrlQuery &url, Query *query, QString *error)
{
    *query = Query();
    QSet<QString> seen;
    const auto items = url.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name != QStringLiteral("since") && name != QStringLiteral("limit")) {
            *error = tr("parameter \"%1\" is not known (since, limit)").arg(name);
            return false;
        }
        if (seen.contains(name)) {
            *error = tr("parameter %1 is given more than once").arg(name);
            return false;
        }
        seen.insert(name);
        bool ok = false;
        if (name == QStringLiteral("since")) {
            query->since = value.toLongLong(&ok);
            if (!ok || query->since < 0) {
                *error = tr("parameter since: \"%1\" is not a revision (a whole number from 0)").arg(value);
                return false;
            }
        } else {
            query->limit = value.toInt(&ok);
            if (!ok || query->limit < 1 || query->limit > AlertStore::MaxLimit) {
                *error = tr("parameter limit: \"%1\" is not a whole number from 1 to %2")
                             .arg(value)
                             .arg(AlertStore::MaxLimit);
                return false;
            }
        }
    }
    return true;
}

void AlertsApi::registerRoutes(HttpServer &server)
{
    server.route(
        "GET", QStringLiteral("/api/v1/alerts"), [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewOperationalData);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            Query query;
            QString error;
            if (!parseQuery(request.query, &query, &error)) {
                responder.respond(HttpResponse::error(400, QStringLiteral("bad_request"), error));
                return;
            }
            // DESIGN §4: the server filters by the account's region scope, in the query itself.
            const QList<AlertRecord> alerts =
                m_store->changesSince(query.since, query.limit, auth.session->scope());
            if (m_store->error().isError()) {
                responder.respond(HttpResponse::error(
                    503, QStringLiteral("unavailable"),
                    tr("the alerts cannot be read: %1").arg(m_store->error().toString())));
                return;
            }
            QJsonArray list;
            qint64 next = query.since;
            for (const AlertRecord &a : alerts) {
                list.append(a.toJson());
                next = qMax(next, a.revision);
            }
            responder.respond(HttpResponse::json(
                200, QJsonObject{{QStringLiteral("alerts"), list},
                                 {QStringLiteral("next"), next},
                                 {QStringLiteral("more"), alerts.size() >= query.limit},
                                 {QStringLiteral("serverTime"), QDateTime::currentMSecsSinceEpoch()}}));
        });
}

} // namespace rw
