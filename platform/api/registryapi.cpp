#include "registryapi.h"

#include "apiauth.h"
#include "domain/clock.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "permits/permithitwriter.h"
#include "permits/permitstore.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

constexpr std::array Kinds{PermitKind::Company, PermitKind::Vehicle, PermitKind::Driver};

/** The registry position of row \a id of \a kind: 3 × id + kind. */
qint64 positionOf(qint64 id, PermitKind kind)
{
    return id * 3 + int(kind);
}

/** The smallest id of \a kind whose position lies after \a after. */
qint64 firstIdAfter(qint64 after, PermitKind kind)
{
    const qint64 n = after - int(kind);
    const qint64 floorDiv = n >= 0 ? n / 3 : -((-n + 2) / 3);
    return floorDiv + 1;
}

/** " AND <region_code within scope>" and its value, as PermitSearch scopes its queries. */
std::pair<QString, QString> scopeClause(const RegionScope &scope)
{
    switch (scope.level()) {
    case RegionScope::Level::Province:
        return {u" AND substr(region_code, 1, 2) = ?"_s, scope.code().left(2)};
    case RegionScope::Level::Prefecture:
        return {u" AND substr(region_code, 1, 4) = ?"_s, scope.code().left(4)};
    case RegionScope::Level::County:
        return {u" AND region_code = ?"_s, scope.code()};
    case RegionScope::Level::None:
        break;
    }
    return {u" AND 0"_s, {}};
}

struct Row
{
    qint64 position = 0;
    PermitSearchHit hit; //!< matchedOn "registry"
};

} // namespace

RegistryApi::RegistryApi(ApiAuth &auth, Database &db, BadRecordStore &badRecords)
    : m_auth(auth)
    , m_db(db)
    , m_hits(std::make_unique<PermitHitWriter>(&badRecords))
{}

RegistryApi::~RegistryApi() = default;

void RegistryApi::registerRoutes(HttpServer &server)
{
    server.route(
        "GET", u"/api/v1/permits/registry"_s, [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewOperationalData);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const AccountService::Session &actor = *auth.session;
            const QString afterText = request.query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
            const QString limitText = request.query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
            bool afterOk = true;
            const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&afterOk);
            if (!afterOk || after < 0) {
                responder.respond(HttpResponse::error(
                    400, u"bad_request"_s,
                    tr("after=\"%1\" must be 0 or the \"next\" of the previous page").arg(afterText)));
                return;
            }
            bool limitOk = true;
            const int limit = limitText.isEmpty() ? DefaultLimit : limitText.toInt(&limitOk);
            if (!limitOk || limit < 1 || limit > MaxLimit) {
                responder.respond(HttpResponse::error(
                    400, u"bad_request"_s,
                    tr("limit=\"%1\" must be a whole number from 1 to %2").arg(limitText).arg(MaxLimit)));
                return;
            }
            const bool reveal = m_auth.allows(actor, Permission::RevealPersonalData);
            const Clock &clock = m_auth.accounts().clock();
            const QDateTime now = clock.now();

            // The limit + 1 smallest positions of each kind: the page is the smallest `limit` of their union.
            const auto [scopeSql, scopeValue] = scopeClause(actor.scope());
            QList<Row> rows;
            for (const PermitKind kind : Kinds) {
                Statement select = m_db.prepare(
                    u"SELECT %1 FROM %2 WHERE id >= ? AND superseded_ms IS NULL%3 ORDER BY id LIMIT ?"_s.arg(
                        PermitStore::selectColumns(kind), PermitStore::tableOf(kind), scopeSql),
                    tr("read the permit registry"));
                int index = 1;
                select.bind(index++, firstIdAfter(after, kind));
                if (!scopeValue.isEmpty())
                    select.bind(index++, scopeValue);
                select.bind(index, limit + 1);
                while (select.step()) {
                    Row row;
                    row.hit.kind = kind;
                    row.hit.matchedOn = u"registry"_s;
                    switch (kind) {
                    case PermitKind::Company:
                        row.hit.company = PermitStore::readCompany(select);
                        break;
                    case PermitKind::Vehicle:
                        row.hit.vehicle = PermitStore::readVehicle(select);
                        break;
                    case PermitKind::Driver:
                        row.hit.driver = PermitStore::readDriver(select);
                        break;
                    }
                    row.position = positionOf(row.hit.id(), kind);
                    rows.append(row);
                }
                if (select.hasError()) {
                    responder.respond(HttpResponse::error(503, u"unavailable"_s, select.error().toString()));
                    return;
                }
            }
            std::sort(rows.begin(), rows.end(),
                      [](const Row &a, const Row &b) { return a.position < b.position; });
            const bool more = rows.size() > limit;
            if (more)
                rows.resize(limit);

            QJsonArray hits;
            QJsonObject counts{{u"company"_s, 0}, {u"vehicle"_s, 0}, {u"driver"_s, 0}};
            // Hits as the search writes them (findings, badRecord): the offline copy shows what a search
            // would.
            const QDateTime asOf = now.toOffsetFromUtc(8 * 3600);
            for (const Row &row : std::as_const(rows)) {
                const QString kind = PermitKinds::key(row.hit.kind);
                counts.insert(kind, counts.value(kind).toInt() + 1);
                hits.append(m_hits->toJson(row.hit, reveal, asOf, actor.scope()));
            }
            const QJsonValue next = more ? QJsonValue(rows.last().position) : QJsonValue();
            const QJsonObject detail{
                {u"region"_s, actor.regionCode}, {u"after"_s, after},  {u"next"_s, next},
                {u"hits"_s, hits.size()},        {u"kinds"_s, counts}, {u"revealed"_s, reveal}};
            if (!m_auth.accounts().audit(actor.userName, actor.role.key(), ApiAuth::peerOf(request),
                                         u"permits.registry"_s, actor.regionCode,
                                         AuditEntry::Outcome::Success, detail)) {
                responder.respond(ApiAuth::auditUnavailable(
                    tr("the registry page cannot be recorded in the audit trail, so it is not sent")));
                return;
            }
            responder.respond(HttpResponse::json(
                200, QJsonObject{{u"asOf"_s, now.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate)},
                                 {u"hits"_s, hits},
                                 {u"next"_s, next},
                                 {u"revealed"_s, reveal}}));
        });
}

} // namespace rw
