#pragma once

#include <QCoreApplication>
#include <QUrlQuery>

#include <memory>

namespace rw {

class AlertStore;
class ApiAuth;
class Database;
class HttpServer;

/**
 * \brief GET /api/v1/alerts?since=<revision>&limit=<n>: the live map's alerts (AlertMonitor) changed
 * after a revision, for the console to poll.
 *
 * Needs Permission::ViewOperationalData; only alerts whose region lies within the account's scope are
 * listed (an officer of another city sees none). since: a revision from an earlier answer (default 0:
 * everything); limit 1..1000 (default 200). Unknown, repeated or malformed parameters: 400 bad_request
 * naming the parameter and the value.
 *
 * 200 {"alerts": [AlertRecord::toJson(), …] (oldest change first, raised, refreshed and closed alike),
 * "next": the revision to pass as since next time, "more": true when the limit cut the list short,
 * "serverTime": Unix ms}. Polling is not audited (it is not a lookup of a person or a vehicle).
 * Reads with its own AlertStore on \a db, the server thread's connection.
 */
class AlertsApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::AlertsApi)

public:
    static constexpr int DefaultLimit = 200;

    AlertsApi(ApiAuth &auth, Database &db);
    ~AlertsApi();

    void registerRoutes(HttpServer &server);

    struct Query
    {
        qint64 since = 0;
        int limit = DefaultLimit;
    };
    /** Reads since and limit; false with \a error naming the parameter and the value. */
    static bool parseQuery(const QUrlQuery &url, Query *query, QString *error);

private:
    ApiAuth &m_auth;
    std::unique_ptr<AlertStore> m_store;
};

} // namespace rw
