#include "permitsapi.h"

#include "apiauth.h"
#include "domain/clock.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "permits/permithitwriter.h"
#include "permits/permitimportparser.h"
#include "permits/permitjson.h"
#include "permits/permitsearch.h"
#include "permits/permitstore.h"
#include "permits/personaldatamask.h"
#include "permits/reconciliation.h"
#include "rules/cityrules.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

constexpr int ChinaOffsetSeconds = 8 * 3600;

QString queryValue(const HttpRequest &request, const QString &name)
{
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

/** The date in China Standard Time (UTC+8), the day permits are judged on. */
QDate chinaToday(const Clock &clock)
{
    return clock.now().toOffsetFromUtc(ChinaOffsetSeconds).date();
}

bool isTrue(const QString &value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

} // namespace

PermitsApi::PermitsApi(ApiAuth &auth, Database &db, BadRecordStore &badRecords)
    : m_auth(auth)
    , m_db(db)
    , m_store(std::make_unique<PermitStore>(db, auth.accounts().clock()))
    , m_search(std::make_unique<PermitSearch>(db))
    , m_reconciliation(std::make_unique<Reconciliation>(db))
    , m_hits(std::make_unique<PermitHitWriter>(&badRecords))
{}

PermitsApi::~PermitsApi() = default;

QJsonObject PermitsApi::toJson(const PermitMismatch &m, bool reveal)
{
    const bool driver = m.subject == PermitMismatch::Subject::Driver;
    const auto personal = [&](const QString &licence) {
        return driver && !reveal ? PersonalDataMask::licence(licence) : licence;
    };
    QJsonValue permit;
    if (!m.permitCertificate.isEmpty())
        permit = QJsonObject{{u"certificate"_s, m.permitCertificate},
                             {u"companyId"_s, m.permitCompanyId},
                             {u"holder"_s, personal(m.permitHolder)},
                             {u"expiry"_s, dateJson(m.permitExpiry)}};
    return {{u"subject"_s, driver ? u"driver"_s : u"vehicle"_s},
            {u"problem"_s, Reconciliation::problemKey(m.problem)},
            {u"companyId"_s, m.companyId},
            {u"key"_s, personal(m.key)},
            {u"name"_s, reveal ? m.name : PersonalDataMask::name(m.name)},
            {u"regionCode"_s, m.regionCode},
            {u"certificate"_s, m.certificate},
            {u"inBaseInfo"_s, m.inBaseInfo},
            {u"lastSeen"_s, m.lastSeenMs > 0 ? QJsonValue(m.lastSeenMs) : QJsonValue()},
            {u"permit"_s, permit},
            {u"reason"_s, m.reason}};
}

void PermitsApi::registerRoutes(HttpServer &server)
{
    // Checks the reveal request (a reason, the permission); nothing when the caller must be answered now.
    using Reveal = ApiAuth::Reveal;
    const auto revealOf = [this](const HttpRequest &request, HttpResponder &responder) {
        return m_auth.revealOf(request, responder);
    };

    server.route(
        "POST", u"/api/v1/permits/import"_s, [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ManageCityPermits);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const AccountService::Session &actor = *auth.session;
            const std::optional<PermitKind> kind = PermitKinds::fromKey(queryValue(request, u"kind"_s));
            if (!kind) {
                responder.respond(HttpResponse::error(
                    400, u"bad_request"_s,
                    tr("kind=\"%1\" is not a permit kind: use kind=company, vehicle or driver")
                        .arg(queryValue(request, u"kind"_s))));
                return;
            }
            const QByteArray contentType = request.header("Content-Type");
            const std::optional<PermitImportParser::Format> format =
                PermitImportParser::formatOfContentType(contentType);
            if (!format) {
                responder.respond(HttpResponse::error(
                    415, u"unsupported_media_type"_s,
                    tr("Content-Type \"%1\" cannot be imported: send text/csv (UTF-8) or application/json")
                        .arg(QString::fromLatin1(contentType))));
                return;
            }
            QString region = queryValue(request, u"region"_s);
            if (region.isEmpty())
                region = actor.regionCode;
            if (const auto refusal = m_auth.checkRegion(actor, region, request)) {
                responder.respond(*refusal);
                return;
            }

            PermitImportParser::Options parserOptions;
            parserOptions.defaultRegion = region;
            parserOptions.scope = actor.scope();
            const PermitImportResult parsed =
                PermitImportParser(*kind, parserOptions).parse(request.body, *format);

            AccountService &accounts = m_auth.accounts();
            const QString peer = ApiAuth::peerOf(request);
            const QString formatKey = *format == PermitImportParser::Format::Csv ? u"csv"_s : u"json"_s;
            std::optional<PermitStore::ImportSummary> summary;
            {
                Transaction transaction(m_db);
                if (transaction.isActive())
                    summary = m_store->import(parsed, {actor.userName, formatKey, region});
                const bool audited =
                    summary && accounts.audit(actor.userName, actor.role.key(), peer, u"permits.import"_s,
                                              PermitKinds::key(*kind), AuditEntry::Outcome::Success,
                                              {{u"importId"_s, summary->importId},
                                               {u"format"_s, formatKey},
                                               {u"region"_s, region},
                                               {u"rowsRead"_s, summary->rowsRead},
                                               {u"inserted"_s, summary->inserted},
                                               {u"replaced"_s, summary->replaced},
                                               {u"unchanged"_s, summary->unchanged},
                                               {u"rejected"_s, summary->rejected}});
                if (!audited || !transaction.commit()) {
                    const QString why = !transaction.isActive() ? transaction.error().toString()
                                        : !summary              ? m_store->error().toString()
                                        : !audited              ? tr("the audit trail cannot be written")
                                                                : transaction.error().toString();
                    transaction.rollback();
                    responder.respond(HttpResponse::error(503, u"unavailable"_s,
                                                          tr("the permits were not imported: %1").arg(why)));
                    return;
                }
            }
            QJsonArray errors;
            const QList<PermitImportError> all = parsed.errors();
            for (const PermitImportError &e : all) {
                if (errors.size() >= MaxErrors)
                    break;
                errors.append(QJsonObject{{u"row"_s, e.row},
                                          {u"field"_s, e.field},
                                          {u"value"_s, e.value},
                                          {u"reason"_s, e.reason}});
            }
            responder.respond(HttpResponse::json(
                200, QJsonObject{{u"importId"_s, summary->importId},
                                 {u"kind"_s, PermitKinds::key(*kind)},
                                 {u"rowsRead"_s, summary->rowsRead},
                                 {u"imported"_s, summary->imported()},
                                 {u"inserted"_s, summary->inserted},
                                 {u"replaced"_s, summary->replaced},
                                 {u"unchanged"_s, summary->unchanged},
                                 {u"rejected"_s, summary->rejected},
                                 {u"ignoredColumns"_s, QJsonArray::fromStringList(parsed.ignoredColumns)},
                                 {u"errors"_s, errors},
                                 {u"errorsTruncated"_s, all.size() > errors.size()}}));
        });

    server.route(
        "GET", u"/api/v1/permits/search"_s,
        [this, revealOf](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewOperationalData);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const std::optional<Reveal> reveal = revealOf(request, responder);
            if (!reveal)
                return;
            const AccountService::Session &actor = *auth.session;
            const QString q = queryValue(request, u"q"_s);
            PermitSearch::Options options;
            options.scope = actor.scope();
            const QString limitText = queryValue(request, u"limit"_s);
            bool limitOk = true;
            options.limit = limitText.isEmpty() ? 20 : limitText.toInt(&limitOk);
            if (!limitOk || options.limit < 1 || options.limit > PermitSearch::MaxLimit) {
                responder.respond(HttpResponse::error(400, u"bad_request"_s,
                                                      tr("limit=\"%1\" must be a whole number from 1 to %2")
                                                          .arg(limitText)
                                                          .arg(PermitSearch::MaxLimit)));
                return;
            }
            if (q.trimmed().isEmpty()) {
                responder.respond(HttpResponse::error(400, u"bad_request"_s,
                                                      tr("q=… is empty: give a plate, a certificate, an ID "
                                                         "or licence number, a name or a company")));
                return;
            }
            const PermitSearch::Result found = m_search->search(q, options);
            if (found.error.isError()) {
                responder.respond(HttpResponse::error(503, u"unavailable"_s, found.error.toString()));
                return;
            }
            // The audit record names what was looked up without storing personal data in clear.
            const bool personal = found.queryClass == PermitSearch::QueryClass::Name ||
                                  found.queryClass == PermitSearch::QueryClass::IdNumber;
            const QString loggedQuery = !personal ? found.normalised
                                        : found.queryClass == PermitSearch::QueryClass::Name
                                            ? PersonalDataMask::name(found.normalised)
                                            : PersonalDataMask::idNumber(found.normalised);
            QJsonArray ids;
            QJsonArray hits;
            // One moment for validity and findings, named in the reply (docs/lookup-contracts.md).
            const QDateTime asOf = m_auth.accounts().clock().now().toOffsetFromUtc(ChinaOffsetSeconds);
            for (const PermitSearchHit &hit : found.hits) {
                ids.append(u"%1:%2"_s.arg(PermitKinds::key(hit.kind)).arg(hit.id()));
                hits.append(m_hits->toJson(hit, reveal->reveal, asOf, actor.scope()));
            }
            QJsonObject detail{{u"query"_s, loggedQuery},
                               {u"queryClass"_s, PermitSearch::classKey(found.queryClass)},
                               {u"hits"_s, found.hits.size()},
                               {u"ids"_s, ids},
                               {u"revealed"_s, reveal->reveal}};
            if (reveal->reveal)
                detail.insert(u"reason"_s, reveal->reason);
            if (!m_auth.accounts().audit(actor.userName, actor.role.key(), ApiAuth::peerOf(request),
                                         u"permits.search"_s, PermitSearch::classKey(found.queryClass),
                                         AuditEntry::Outcome::Success, detail)) {
                responder.respond(ApiAuth::auditUnavailable(
                    tr("the lookup cannot be recorded in the audit trail, so it is not answered")));
                return;
            }
            responder.respond(HttpResponse::json(
                200, QJsonObject{{u"queryClass"_s, PermitSearch::classKey(found.queryClass)},
                                 {u"asOf"_s, asOf.toString(Qt::ISODate)},
                                 {u"hits"_s, hits},
                                 {u"truncated"_s, found.truncated},
                                 {u"revealed"_s, reveal->reveal}}));
        });

    server.route("GET", u"/api/v1/permits/mismatches"_s,
                 [this, revealOf](const HttpRequest &request, HttpResponder responder) {
                     const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewOperationalData);
                     if (!auth.allowed()) {
                         responder.respond(*auth.refusal);
                         return;
                     }
                     const std::optional<Reveal> reveal = revealOf(request, responder);
                     if (!reveal)
                         return;
                     const AccountService::Session &actor = *auth.session;
                     const Clock &clock = m_auth.accounts().clock();
                     Reconciliation::Options options;
                     options.today = chinaToday(clock);
                     options.scope = actor.scope();
                     options.companyId = queryValue(request, u"company"_s);
                     const QString hoursText = queryValue(request, u"onlineHours"_s);
                     if (!hoursText.isEmpty()) {
                         bool ok = false;
                         const int hours = hoursText.toInt(&ok);
                         if (!ok || hours < 1 || hours > 24 * 31) {
                             responder.respond(HttpResponse::error(
                                 400, u"bad_request"_s,
                                 tr("onlineHours=\"%1\" must be a whole number of hours from 1 to 744")
                                     .arg(hoursText)));
                             return;
                         }
                         options.onlineSinceMs = clock.nowMs() - qint64(hours) * 3600 * 1000;
                     }
                     options.onlineOnly = isTrue(queryValue(request, u"onlineOnly"_s));
                     if (options.onlineOnly && options.onlineSinceMs == 0)
                         options.onlineSinceMs = clock.nowMs() - 24 * 3600 * 1000;
                     const QString limitText = queryValue(request, u"limit"_s);
                     if (!limitText.isEmpty()) {
                         bool ok = false;
                         options.limit = limitText.toInt(&ok);
                         if (!ok || options.limit < 1 || options.limit > 10000) {
                             responder.respond(HttpResponse::error(
                                 400, u"bad_request"_s,
                                 tr("limit=\"%1\" must be a whole number from 1 to 10000").arg(limitText)));
                             return;
                         }
                     }
                     const Reconciliation::Result result = m_reconciliation->run(options);
                     if (result.error.isError()) {
                         responder.respond(
                             HttpResponse::error(503, u"unavailable"_s, result.error.toString()));
                         return;
                     }
                     QJsonArray mismatches;
                     QJsonObject counts;
                     for (const PermitMismatch &m : result.mismatches) {
                         mismatches.append(toJson(m, reveal->reveal));
                         const QString key = Reconciliation::problemKey(m.problem);
                         counts.insert(key, counts.value(key).toInt() + 1);
                     }
                     QJsonObject detail{{u"company"_s, options.companyId},
                                        {u"mismatches"_s, result.mismatches.size()},
                                        {u"problems"_s, counts},
                                        {u"revealed"_s, reveal->reveal}};
                     if (reveal->reveal)
                         detail.insert(u"reason"_s, reveal->reason);
                     if (!m_auth.accounts().audit(actor.userName, actor.role.key(), ApiAuth::peerOf(request),
                                                  u"permits.mismatches"_s, options.companyId,
                                                  AuditEntry::Outcome::Success, detail)) {
                         responder.respond(ApiAuth::auditUnavailable(
                             tr("the lookup cannot be recorded in the audit trail, so it is not answered")));
                         return;
                     }
                     responder.respond(
                         HttpResponse::json(200, QJsonObject{{u"mismatches"_s, mismatches},
                                                             {u"vehiclesChecked"_s, result.vehiclesChecked},
                                                             {u"driversChecked"_s, result.driversChecked},
                                                             {u"truncated"_s, result.truncated},
                                                             {u"revealed"_s, reveal->reveal}}));
                 });
}

} // namespace rw
