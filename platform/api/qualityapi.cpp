#include "qualityapi.h"

#include "apiauth.h"
#include "domain/clock.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "quality/qualityreviewstore.h"
#include "quality/qualityscorequery.h"
#include "security/regionscope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QString kRecordsPrefix = u"/api/v1/quality/records/"_s;
const QString kQuarantinePrefix = u"/api/v1/quality/quarantine/"_s;
const QString kReviewsPrefix = u"/api/v1/quality/reviews/"_s;

QString queryValue(const HttpRequest &request, const QString &name)
{
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

bool hasQueryItem(const HttpRequest &request, const QString &name)
{
    return request.query.hasQueryItem(name);
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, u"bad_request"_s, message);
}

QJsonValue optionalJson(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject countsJson(const QualityTally &tally, bool passed)
{
    QJsonObject counts;
    for (QualityDimension d : kQualityDimensions)
        counts.insert(QualityDimensions::key(d), passed ? tally.passed(d) : tally.checked(d));
    return counts;
}

QJsonObject orderComplianceJson(const QualityScoreQuery::Score &score)
{
    return {{u"checked"_s, score.ordersChecked},
            {u"compliant"_s, score.ordersCompliant},
            {u"rate"_s, optionalJson(score.orderComplianceRate())}};
}

QString samplePath(const QualityScoreQuery::Sample &sample)
{
    return sample.source == u"quarantine"
               ? kQuarantinePrefix + QString::number(sample.rowId)
               : kRecordsPrefix + sample.ipcType + u'/' + QString::number(sample.rowId);
}

QJsonObject recordJson(const QualityScoreQuery::SourceRecord &r)
{
    QJsonObject json{{u"ipcType"_s, r.ipcType.isEmpty() ? QJsonValue() : QJsonValue(r.ipcType)},
                     {u"source"_s, r.source},
                     {u"rowId"_s, r.rowId},
                     {u"companyId"_s, r.companyId},
                     {u"receivedAt"_s, r.receivedMs},
                     {u"businessTime"_s, r.businessTime ? QJsonValue(*r.businessTime) : QJsonValue()},
                     {u"fields"_s, r.fields},
                     {u"failedRules"_s, QJsonArray::fromStringList(r.failedRules)},
                     {u"masked"_s, QJsonArray::fromStringList(r.masked)}};
    if (r.source == u"quarantine") {
        json.insert(u"raw"_s, r.rawWithheld ? QJsonValue() : QJsonValue(r.raw));
        json.insert(u"reasons"_s, r.reasons);
    }
    return json;
}

/** A company id as the spec sends it (CompanyId, C V32): printable, no spaces. */
bool isCompanyId(const QString &text)
{
    static const QRegularExpression pattern(u"^[^\\s\\x00-\\x1f]{1,32}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

QualityApi::QualityApi(ApiAuth &auth, Database &db, const QualityModel &model,
                       std::shared_ptr<const InterfaceCatalogue> catalogue)
    : m_auth(auth)
    , m_query(std::make_unique<QualityScoreQuery>(db, model, std::move(catalogue)))
    , m_reviews(std::make_unique<QualityReviewStore>(db, auth.accounts().clock()))
{}

QualityApi::~QualityApi() = default;

QJsonObject QualityApi::ratesJson(const QualityTally &tally)
{
    QJsonObject rates;
    for (QualityDimension d : kQualityDimensions)
        rates.insert(QualityDimensions::key(d), optionalJson(tally.rate(d)));
    return rates;
}

void QualityApi::registerRoutes(HttpServer &server)
{
    // The region asked for (default: the account's own), checked; nothing after answering when refused.
    const auto regionOf = [this](const HttpRequest &request, const AccountService::Session &actor,
                                 HttpResponder &responder) -> std::optional<QString> {
        const QString region =
            hasQueryItem(request, u"region"_s) ? queryValue(request, u"region"_s) : actor.regionCode;
        if (region.isEmpty() && !hasQueryItem(request, u"region"_s))
            return region; // an account without a region: the national scope
        if (!RegionScope::isValidCode(region)) {
            responder.respond(
                badRequest(tr("region=\"%1\" is not a six-digit GB/T 2260 region code").arg(region)));
            return std::nullopt;
        }
        if (const auto refusal = m_auth.checkRegion(actor, region, request)) {
            responder.respond(*refusal);
            return std::nullopt;
        }
        return region;
    };
    // Audits a read; false, after answering 503, if the audit record cannot be written.
    const auto audited = [this](const HttpRequest &request, const AccountService::Session &actor,
                                const QString &action, const QString &target, const QJsonObject &detail,
                                HttpResponder &responder) {
        if (m_auth.accounts().audit(actor.userName, actor.role.key(), ApiAuth::peerOf(request), action,
                                    target, AuditEntry::Outcome::Success, detail))
            return true;
        responder.respond(ApiAuth::auditUnavailable(
            tr("the query cannot be recorded in the audit trail, so it is not answered")));
        return false;
    };
    // 403 out_of_scope for a company without a permit in the account's scope, audited as ApiAuth does.
    const auto outOfScope = [this](const HttpRequest &request, const AccountService::Session &actor,
                                   const QString &companyId) {
        return m_auth.refuse(actor, request, 403, u"out_of_scope"_s,
                             tr("Company %1 holds no company permit within the scope %2 of account %3")
                                 .arg(companyId, actor.regionCode.isEmpty() ? tr("(none)") : actor.regionCode,
                                      actor.userName));
    };
    const auto unavailable = [this]() {
        return HttpResponse::error(503, u"unavailable"_s, m_query->error().toString());
    };
    const auto scopeCovers = [this](const AccountService::Session &actor,
                                    const QString &companyId) -> std::optional<bool> {
        if (actor.regionCode.isEmpty())
            return true; // the national scope
        return m_query->companyWithin(companyId, actor.scope());
    };

    server.route("GET", u"/api/v1/quality/scores"_s,
                 [this, regionOf, audited, unavailable](const HttpRequest &request, HttpResponder responder) {
                     const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewQualityReports);
                     if (!auth.allowed()) {
                         responder.respond(*auth.refusal);
                         return;
                     }
                     const AccountService::Session &actor = *auth.session;
                     QString error;
                     const std::optional<QualityPeriod> period =
                         QualityScoreQuery::parsePeriod(queryValue(request, u"period"_s), &error);
                     if (!period) {
                         responder.respond(badRequest(error));
                         return;
                     }
                     const std::optional<QString> region = regionOf(request, actor, responder);
                     if (!region)
                         return;
                     const auto scores = m_query->scores(*period, *region);
                     const auto review = m_reviews->find(*region, period->key());
                     if (!scores || !review) {
                         responder.respond(!scores ? unavailable()
                                                   : HttpResponse::error(503, u"unavailable"_s,
                                                                         m_reviews->error().toString()));
                         return;
                     }
                     QJsonArray companies;
                     for (const QualityScoreQuery::Score &s : *scores) {
                         companies.append(QJsonObject{{u"companyId"_s, s.companyId},
                                                      {u"name"_s, s.name},
                                                      {u"rank"_s, s.rank},
                                                      {u"records"_s, s.tally.records()},
                                                      {u"rates"_s, ratesJson(s.tally)},
                                                      {u"checked"_s, countsJson(s.tally, false)},
                                                      {u"passed"_s, countsJson(s.tally, true)},
                                                      {u"score"_s, optionalJson(s.tally.score())},
                                                      {u"orderCompliance"_s, orderComplianceJson(s)}});
                     }
                     const QString kind = period->span == QualityPeriod::Span::Year ? u"year"_s : u"month"_s;
                     if (!audited(request, actor, u"quality.scores"_s, *region,
                                  {{u"period"_s, period->key()}, {u"companies"_s, companies.size()}},
                                  responder))
                         return;
                     responder.respond(
                         HttpResponse::json(200, QJsonObject{{u"period"_s, period->key()},
                                                             {u"kind"_s, kind},
                                                             {u"region"_s, *region},
                                                             {u"modelVersion"_s, m_query->model().version()},
                                                             {u"review"_s, review->toJson()},
                                                             {u"companies"_s, companies}}));
                 });

    server.route(
        "GET", u"/api/v1/quality/trend"_s,
        [this, regionOf, audited, unavailable](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewQualityReports);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const AccountService::Session &actor = *auth.session;
            const QString yearText = queryValue(request, u"year"_s);
            static const QRegularExpression yearPattern(u"^\\d{4}$"_s);
            if (!yearPattern.match(yearText).hasMatch() || yearText.toInt() < 1970) {
                responder.respond(badRequest(
                    tr("year=\"%1\" is not a CST calendar year yyyy from 1970 (e.g. 2026)").arg(yearText)));
                return;
            }
            const int year = yearText.toInt();
            const std::optional<QString> region = regionOf(request, actor, responder);
            if (!region)
                return;
            const auto trend = m_query->trend(year, *region);
            if (!trend) {
                responder.respond(unavailable());
                return;
            }
            QJsonArray companies;
            for (const QualityScoreQuery::Trend &t : *trend) {
                QJsonArray months;
                for (const QualityScoreQuery::Score &m : t.months) {
                    months.append(QJsonObject{{u"period"_s, m.tally.period().key()},
                                              {u"records"_s, m.tally.records()},
                                              {u"rates"_s, ratesJson(m.tally)},
                                              {u"score"_s, optionalJson(m.tally.score())},
                                              {u"orderCompliance"_s, orderComplianceJson(m)}});
                }
                companies.append(
                    QJsonObject{{u"companyId"_s, t.companyId}, {u"name"_s, t.name}, {u"months"_s, months}});
            }
            if (!audited(request, actor, u"quality.trend"_s, *region,
                         {{u"year"_s, year}, {u"companies"_s, companies.size()}}, responder))
                return;
            responder.respond(
                HttpResponse::json(200, QJsonObject{{u"year"_s, year},
                                                    {u"region"_s, *region},
                                                    {u"modelVersion"_s, m_query->model().version()},
                                                    {u"companies"_s, companies}}));
        });

    server.route(
        "GET", u"/api/v1/quality/violations"_s,
        [this, audited, outOfScope, unavailable, scopeCovers](const HttpRequest &request,
                                                              HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewQualityReports);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const AccountService::Session &actor = *auth.session;
            const QString company = queryValue(request, u"company"_s);
            if (!isCompanyId(company)) {
                responder.respond(badRequest(
                    tr("company=\"%1\" is not a company id (CompanyId: 1 to 32 characters, no spaces)")
                        .arg(company)));
                return;
            }
            QString error;
            const std::optional<QualityPeriod> period =
                QualityScoreQuery::parsePeriod(queryValue(request, u"period"_s), &error);
            if (!period) {
                responder.respond(badRequest(error));
                return;
            }
            std::optional<QualityDimension> dimension;
            if (hasQueryItem(request, u"dimension"_s)) {
                const QString text = queryValue(request, u"dimension"_s);
                dimension = QualityDimensions::fromKey(text);
                if (!dimension) {
                    responder.respond(badRequest(tr("dimension=\"%1\" is not completeness, conformance, "
                                                    "timeliness or authenticity")
                                                     .arg(text)));
                    return;
                }
            }
            const std::optional<bool> within = scopeCovers(actor, company);
            if (!within) {
                responder.respond(unavailable());
                return;
            }
            if (!*within) {
                responder.respond(outOfScope(request, actor, company));
                return;
            }
            const auto rules = m_query->violations(company, *period, dimension, actor.regionCode);
            if (!rules) {
                responder.respond(unavailable());
                return;
            }
            QJsonArray list;
            for (const QualityScoreQuery::RuleViolations &r : *rules) {
                QJsonObject byInterface;
                for (auto it = r.byInterface.constBegin(); it != r.byInterface.constEnd(); ++it)
                    byInterface.insert(it.key(), it.value());
                QJsonArray samples;
                for (const QualityScoreQuery::Sample &s : r.samples) {
                    samples.append(QJsonObject{{u"ipcType"_s, s.ipcType},
                                               {u"source"_s, s.source},
                                               {u"rowId"_s, s.rowId},
                                               {u"recordKey"_s, s.recordKey},
                                               {u"receivedAt"_s, s.receivedMs},
                                               {u"path"_s, samplePath(s)}});
                }
                list.append(QJsonObject{{u"ruleId"_s, r.ruleId},
                                        {u"dimension"_s, QualityDimensions::key(r.dimension)},
                                        {u"article"_s, r.article},
                                        {u"description"_s, r.description},
                                        {u"violations"_s, r.violations},
                                        {u"byInterface"_s, byInterface},
                                        {u"samples"_s, samples}});
            }
            QJsonObject detail{{u"period"_s, period->key()}, {u"rules"_s, list.size()}};
            if (dimension)
                detail.insert(u"dimension"_s, QualityDimensions::key(*dimension));
            if (!audited(request, actor, u"quality.violations"_s, company, detail, responder))
                return;
            responder.respond(
                HttpResponse::json(200, QJsonObject{{u"companyId"_s, company},
                                                    {u"period"_s, period->key()},
                                                    {u"modelVersion"_s, m_query->model().version()},
                                                    {u"rules"_s, list}}));
        });

    // The raw record behind a sample: /records/<ipcType>/<rowId> or /quarantine/<id>.
    const auto recordRoute = [this, audited, outOfScope, unavailable, scopeCovers](bool quarantine) {
        return [=, this](const HttpRequest &request, HttpResponder responder) {
            const QString prefix = quarantine ? kQuarantinePrefix : kRecordsPrefix;
            const QStringList parts = request.path.mid(prefix.size()).split(u'/');
            const qsizetype expected = quarantine ? 1 : 2;
            if (parts.size() != expected || parts.contains(QString())) {
                responder.respond(
                    HttpResponse::error(404, u"not_found"_s,
                                        tr("no such record: %1 (GET %2<ipcType>/<rowId> or %3<id>)")
                                            .arg(request.path, kRecordsPrefix, kQuarantinePrefix)));
                return;
            }
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewQualityReports);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const AccountService::Session &actor = *auth.session;
            const QString ipcType = quarantine ? QString() : parts.at(0);
            bool idOk = false;
            const qint64 id = parts.constLast().toLongLong(&idOk);
            if (!idOk || id <= 0) {
                responder.respond(badRequest(tr("%1=\"%2\" is not a positive whole number")
                                                 .arg(quarantine ? u"id"_s : u"rowId"_s, parts.constLast())));
                return;
            }
            if (!quarantine && !m_query->catalogue().byIpcType(ipcType)) {
                responder.respond(HttpResponse::error(
                    404, u"not_found"_s, tr("ipcType \"%1\" is not an upload interface").arg(ipcType)));
                return;
            }
            const std::optional<ApiAuth::Reveal> reveal = m_auth.revealOf(request, responder);
            if (!reveal)
                return;
            const auto record = quarantine ? m_query->quarantined(id, reveal->reveal)
                                           : m_query->record(ipcType, id, reveal->reveal);
            if (!record) {
                if (m_query->error().isError())
                    responder.respond(unavailable());
                else
                    responder.respond(HttpResponse::error(
                        404, u"not_found"_s,
                        quarantine ? tr("there is no quarantined record %1").arg(id)
                                   : tr("there is no %1 record %2").arg(ipcType).arg(id)));
                return;
            }
            const std::optional<bool> within = scopeCovers(actor, record->companyId);
            if (!within) {
                responder.respond(unavailable());
                return;
            }
            if (!*within) {
                responder.respond(outOfScope(request, actor, record->companyId));
                return;
            }
            QJsonObject detail{{u"source"_s, record->source},
                               {u"ipcType"_s, record->ipcType},
                               {u"rowId"_s, id},
                               {u"company"_s, record->companyId},
                               {u"revealed"_s, reveal->reveal}};
            if (reveal->reveal)
                detail.insert(u"reason"_s, reveal->reason);
            if (!audited(request, actor, u"quality.record"_s,
                         quarantine ? u"quarantine/%1"_s.arg(id) : u"%1/%2"_s.arg(ipcType).arg(id), detail,
                         responder))
                return;
            responder.respond(HttpResponse::json(200, recordJson(*record)));
        };
    };
    server.routePrefix("GET", kRecordsPrefix, recordRoute(false));
    server.routePrefix("GET", kQuarantinePrefix, recordRoute(true));

    server.routePrefix("PUT", kReviewsPrefix, [this](const HttpRequest &request, HttpResponder responder) {
        const QStringList parts = request.path.mid(kReviewsPrefix.size()).split(u'/');
        if (parts.size() != 2 || parts.contains(QString())) {
            responder.respond(HttpResponse::error(
                404, u"not_found"_s,
                tr("no such review: %1 (PUT %2<region>/<period>)").arg(request.path, kReviewsPrefix)));
            return;
        }
        const ApiAuth::Result auth = m_auth.authorize(request, Permission::PublishQualityReports);
        if (!auth.allowed()) {
            responder.respond(*auth.refusal);
            return;
        }
        const AccountService::Session &actor = *auth.session;
        const QString region = parts.at(0);
        if (!RegionScope::isValidCode(region)) {
            responder.respond(
                badRequest(tr("region=\"%1\" is not a six-digit GB/T 2260 region code").arg(region)));
            return;
        }
        if (const auto refusal = m_auth.checkRegion(actor, region, request)) {
            responder.respond(*refusal);
            return;
        }
        QString error;
        const std::optional<QualityPeriod> period = QualityScoreQuery::parsePeriod(parts.at(1), &error);
        if (!period) {
            responder.respond(badRequest(error));
            return;
        }
        AccountService &accounts = m_auth.accounts();
        const QString peer = ApiAuth::peerOf(request);
        const QString target = region + u'/' + period->key();
        const auto refuse = [&](int status, const QString &code, const QString &message) {
            accounts.audit(actor.userName, actor.role.key(), peer, u"quality.review"_s, target,
                           AuditEntry::Outcome::Failure, {{u"code"_s, code}});
            responder.respond(HttpResponse::error(status, code, message));
        };
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            refuse(400, u"bad_request"_s,
                   tr("the body must be a JSON object {\"status\", \"comment\"}: %1")
                       .arg(parseError.error != QJsonParseError::NoError
                                ? tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                                : tr("it is not an object")));
            return;
        }
        const QJsonObject body = document.object();
        const QJsonValue statusValue = body.value(u"status"_s);
        const std::optional<QualityReview::Status> status =
            QualityReview::statusFromKey(statusValue.toString());
        if (!statusValue.isString() || !status || *status == QualityReview::Status::Draft) {
            refuse(400, u"bad_request"_s,
                   tr("field \"status\": \"%1\" is not \"reviewed\" or \"published\"")
                       .arg(statusValue.isString() ? statusValue.toString()
                                                   : statusValue.toVariant().toString()));
            return;
        }
        const QJsonValue commentValue = body.value(u"comment"_s);
        if (!commentValue.isUndefined() && !commentValue.isNull() && !commentValue.isString()) {
            refuse(400, u"bad_request"_s, tr("field \"comment\": a comment is text"));
            return;
        }
        const QString modelVersion = m_query->model().version();
        const auto audit = [&](const QualityReview &before, const QualityReview &after) {
            return accounts.audit(actor.userName, actor.role.key(), peer, u"quality.review"_s, target,
                                  AuditEntry::Outcome::Success,
                                  {{u"status"_s, QualityReview::statusKey(after.status)},
                                   {u"previous"_s, QualityReview::statusKey(before.status)},
                                   {u"comment"_s, after.comment},
                                   {u"modelVersion"_s, after.modelVersion}});
        };
        const std::optional<QualityReview> changed = m_reviews->change(
            region, period->key(), modelVersion, *status, commentValue.toString(), actor.userName, audit);
        if (!changed) {
            switch (m_reviews->failure()) {
            case QualityReviewStore::Failure::Invalid:
                refuse(400, u"bad_request"_s, m_reviews->message());
                return;
            case QualityReviewStore::Failure::NotReviewed:
                refuse(409, u"not_reviewed"_s, m_reviews->message());
                return;
            case QualityReviewStore::Failure::AlreadyPublished:
                refuse(409, u"already_published"_s, m_reviews->message());
                return;
            case QualityReviewStore::Failure::CommentRequired:
                refuse(409, u"comment_required"_s, m_reviews->message());
                return;
            case QualityReviewStore::Failure::Audit:
                responder.respond(ApiAuth::auditUnavailable(m_reviews->message()));
                return;
            case QualityReviewStore::Failure::None:
            case QualityReviewStore::Failure::Database:
                break;
            }
            responder.respond(HttpResponse::error(503, u"unavailable"_s, m_reviews->message()));
            return;
        }
        responder.respond(HttpResponse::json(200, changed->toJson()));
    });
}

} // namespace rw
