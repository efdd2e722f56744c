#include "outagesapi.h"

#include "apiauth.h"
#include "domain/clock.h"
#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "intake/companyregistry.h"
#include "intake/noticestore.h"
#include "outages/outagemonitor.h"
#include "outages/outagenoticematcher.h"
#include "permits/companydirectory.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QString kOutagePrefix = u"/api/v1/outages/"_s;
const QString kCompanyPrefix = u"/api/v1/companies/"_s;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kMaxLimit = 5000;

QJsonValue msOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(ms) : QJsonValue(QJsonValue::Null);
}

/** The query's parameters, each at most once and all known; else a message naming the first bad one. */
struct ListQuery
{
    QString company;
    qint64 from = 0;
    qint64 to = 0;
    bool openOnly = false;
    int limit = 500;
};

bool parseListQuery(const HttpRequest &request, const QStringList &known, ListQuery *query, QString *error)
{
    QSet<QString> seen;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name)) {
            *error = OutagesApi::tr("parameter \"%1\" is not known (%2)").arg(name, known.join(u", "_s));
            return false;
        }
        if (seen.contains(name)) {
            *error = OutagesApi::tr("parameter %1 is given more than once").arg(name);
            return false;
        }
        seen.insert(name);
        bool ok = true;
        if (name == u"company"_s) {
            query->company = value.trimmed();
            ok = !query->company.isEmpty();
        } else if (name == u"from"_s) {
            query->from = value.toLongLong(&ok);
            ok = ok && query->from >= 0;
        } else if (name == u"to"_s) {
            query->to = value.toLongLong(&ok);
            ok = ok && query->to >= 0;
        } else if (name == u"open"_s) {
            ok = value == u"1"_s || value == u"true"_s || value == u"0"_s || value == u"false"_s;
            query->openOnly = value == u"1"_s || value == u"true"_s;
        } else if (name == u"limit"_s) {
            query->limit = value.toInt(&ok);
            ok = ok && query->limit >= 1 && query->limit <= kMaxLimit;
        }
        if (!ok) {
            *error = name == u"limit"_s
                         ? OutagesApi::tr("parameter limit: \"%1\" is not a whole number from 1 to %2")
                               .arg(value)
                               .arg(kMaxLimit)
                     : name == u"open"_s
                         ? OutagesApi::tr("parameter open: \"%1\" is not 1, 0, true or false").arg(value)
                     : name == u"company"_s
                         ? OutagesApi::tr("parameter company is empty")
                         : OutagesApi::tr("parameter %1: \"%2\" is not a time in Unix milliseconds")
                               .arg(name, value);
            return false;
        }
    }
    if (query->from > 0 && query->to > 0 && query->to <= query->from) {
        *error =
            OutagesApi::tr("parameter to (%1) must be later than from (%2)").arg(query->to).arg(query->from);
        return false;
    }
    return true;
}

QString flagKey(OutageAssessment::Flag flag)
{
    switch (flag) {
    case OutageAssessment::Undeclared:
        return u"undeclared"_s;
    case OutageAssessment::LateNotice:
        return u"lateNotice"_s;
    case OutageAssessment::ExceedsNotice:
        return u"exceedsNotice"_s;
    case OutageAssessment::BackfillIncomplete:
        return u"backfillIncomplete"_s;
    case OutageAssessment::ReportMissing:
        return u"reportMissing"_s;
    }
    return {};
}

} // namespace

OutagesApi::OutagesApi(ApiAuth &auth, Database &db, CompanyRegistry &companies, OutageMonitor &monitor)
    : m_auth(auth)
    , m_db(db)
    , m_companies(companies)
    , m_monitor(monitor)
    , m_directory(std::make_unique<CompanyDirectory>(db))
    , m_notices(std::make_unique<NoticeStore>(db))
    , m_matcher(std::make_unique<OutageNoticeMatcher>())
{}

OutagesApi::~OutagesApi() = default;

void OutagesApi::registerRoutes(HttpServer &server)
{
    server.route("GET", u"/api/v1/outages"_s, [this](const HttpRequest &r, HttpResponder responder) {
        listOutages(r, std::move(responder));
    });
    server.route("GET", u"/api/v1/outages/board"_s,
                 [this](const HttpRequest &r, HttpResponder responder) { board(r, std::move(responder)); });
    server.routePrefix("GET", kOutagePrefix, [this](const HttpRequest &r, HttpResponder responder) {
        outageDetail(r, std::move(responder));
    });
    server.route("GET", u"/api/v1/notices"_s, [this](const HttpRequest &r, HttpResponder responder) {
        listNotices(r, std::move(responder));
    });
    server.routePrefix("GET", kCompanyPrefix, [this](const HttpRequest &r, HttpResponder responder) {
        suspension(r, std::move(responder));
    });
    server.routePrefix("PUT", kCompanyPrefix, [this](const HttpRequest &r, HttpResponder responder) {
        suspension(r, std::move(responder));
    });
}

QString OutagesApi::companyName(const QString &companyId) const
{
    const std::optional<CompanyAccount> account = m_companies.company(companyId);
    return account ? account->name : QString();
}

QJsonObject OutagesApi::noticeJson(const Notice &n) const
{
    QJsonArray streams;
    for (const QString &s : n.streams)
        streams.append(s);
    QJsonObject o{{u"id"_s, n.id},
                  {u"companyId"_s, n.companyId},
                  {u"kind"_s, noticeKindName(n.kind)},
                  {u"receivedAt"_s, n.receivedMs},
                  {u"startsAt"_s, msOrNull(n.startsAt * 1000)},
                  {u"endsAt"_s, msOrNull(n.endsAt * 1000)},
                  {u"streams"_s, streams},
                  {u"reason"_s, n.reason},
                  {u"contact"_s, n.contact},
                  {u"reference"_s, n.reference}};
    if (n.kind == NoticeKind::PlannedStop)
        o.insert(u"announcedInTime"_s, m_matcher->isAnnouncedInTime(n));
    return o;
}

QJsonObject OutagesApi::outageJson(const Outage &outage, const QList<Notice> &notices, qint64 nowMs) const
{
    const OutageAssessment a = m_matcher->assess(outage, notices, nowMs);
    QJsonArray flags;
    for (OutageAssessment::Flag f :
         {OutageAssessment::Undeclared, OutageAssessment::LateNotice, OutageAssessment::ExceedsNotice,
          OutageAssessment::BackfillIncomplete, OutageAssessment::ReportMissing}) {
        if (a.has(f))
            flags.append(flagKey(f));
    }
    const auto notice = [&](const std::optional<Notice> &n) {
        return n ? QJsonValue(noticeJson(*n)) : QJsonValue(QJsonValue::Null);
    };
    const std::optional<double> rate = outage.backfillRate(nowMs);
    return QJsonObject{{u"id"_s, outage.id},
                       {u"companyId"_s, outage.companyId},
                       {u"companyName"_s, companyName(outage.companyId)},
                       {u"stream"_s, OutageStreams::key(outage.stream)},
                       {u"startedAt"_s, outage.startMs},
                       {u"detectedAt"_s, outage.detectedMs},
                       {u"endedAt"_s, msOrNull(outage.endMs)},
                       {u"durationMs"_s, outage.durationMs(nowMs)},
                       {u"ratePerMinute"_s, outage.ratePerMinute},
                       {u"expectedRecords"_s, qRound64(outage.expectedRecords(nowMs))},
                       {u"backfilledRecords"_s, outage.backfilledRecords},
                       {u"backfillRate"_s, rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null)},
                       {u"assessment"_s, QJsonObject{{u"flags"_s, flags},
                                                     {u"noticeLeadMs"_s, a.noticeLeadMs},
                                                     {u"incidentDelayMs"_s, a.incidentDelayMs},
                                                     {u"planned"_s, notice(a.planned)},
                                                     {u"incident"_s, notice(a.incident)},
                                                     {u"restoration"_s, notice(a.restoration)},
                                                     {u"report"_s, notice(a.report)}}}};
}

void OutagesApi::listOutages(const HttpRequest &request, HttpResponder responder)
{
    const ApiAuth::Result auth = m_auth.authorize(request, Permission::ReviewOutageNotices);
    if (!auth.allowed()) {
        responder.respond(*auth.refusal);
        return;
    }
    const AccountService::Session &actor = *auth.session;
    ListQuery query;
    QString error;
    if (!parseListQuery(request, {u"company"_s, u"from"_s, u"to"_s, u"open"_s, u"limit"_s}, &query, &error)) {
        responder.respond(HttpResponse::error(400, u"bad_request"_s, error));
        return;
    }
    const std::optional<QList<CompanyDirectory::Company>> inScope = m_directory->within(actor.scope());
    if (!inScope) {
        responder.respond(HttpResponse::error(503, u"unavailable"_s, m_directory->lastError().toString()));
        return;
    }
    QSet<QString> visible;
    for (const CompanyDirectory::Company &c : *inScope)
        visible.insert(c.companyId);
    if (!query.company.isEmpty() && !visible.contains(query.company)) {
        responder.respond(m_auth.refuse(actor, request, 403, u"out_of_scope"_s,
                                        tr("company %1 holds no permit within the scope %2 of account %3")
                                            .arg(query.company, actor.regionCode, actor.userName)));
        return;
    }
    OutageStore::Filter filter;
    filter.companyId = query.company;
    filter.fromMs = query.from;
    filter.toMs = query.to;
    filter.openOnly = query.openOnly;
    filter.limit = kMaxLimit;
    QList<Outage> outages = m_monitor.store().list(filter);
    if (m_monitor.store().lastError().isError()) {
        responder.respond(HttpResponse::error(
            503, u"unavailable"_s,
            tr("the outages cannot be read: %1").arg(m_monitor.store().lastError().toString())));
        return;
    }
    const qint64 now = m_auth.accounts().clock().nowMs();
    QHash<QString, QList<Notice>> noticesOf;
    QJsonArray list;
    for (const Outage &o : std::as_const(outages)) {
        if (!visible.contains(o.companyId))
            continue;
        if (list.size() >= query.limit)
            break;
        if (!noticesOf.contains(o.companyId))
            noticesOf.insert(o.companyId, m_notices->notices(o.companyId));
        list.append(outageJson(o, noticesOf.value(o.companyId), now));
    }
    responder.respond(HttpResponse::json(200, QJsonObject{{u"outages"_s, list}, {u"at"_s, now}}));
}

void OutagesApi::outageDetail(const HttpRequest &request, HttpResponder responder)
{
    const ApiAuth::Result auth = m_auth.authorize(request, Permission::ReviewOutageNotices);
    if (!auth.allowed()) {
        responder.respond(*auth.refusal);
        return;
    }
    const QString tail = request.path.mid(kOutagePrefix.size());
    bool ok = false;
    const qint64 id = tail.toLongLong(&ok);
    if (!ok || id <= 0) {
        responder.respond(
            HttpResponse::error(404, u"not_found"_s, tr("there is no outage \"%1\"").arg(tail)));
        return;
    }
    const std::optional<Outage> outage = m_monitor.store().byId(id);
    const std::optional<bool> visible =
        outage ? m_directory->covers(auth.session->scope(), outage->companyId) : std::optional<bool>(false);
    if (!outage || !visible || !*visible) {
        // Out of scope answers like a missing one: ids must not reveal other regions' companies.
        responder.respond(HttpResponse::error(404, u"not_found"_s, tr("there is no outage %1").arg(id)));
        return;
    }
    const qint64 now = m_auth.accounts().clock().nowMs();
    const QList<Notice> notices = m_notices->notices(outage->companyId);
    QJsonObject reply = outageJson(*outage, notices, now);
    const qint64 from = outage->startMs - 7 * kDayMs;
    const qint64 to = (outage->isOpen() ? now : outage->endMs) + 14 * kDayMs;
    QJsonArray trail;
    for (const Notice &n : notices) {
        if (n.receivedMs >= from && n.receivedMs <= to)
            trail.append(noticeJson(n));
    }
    reply.insert(u"notices"_s, trail);
    responder.respond(HttpResponse::json(200, reply));
}

void OutagesApi::listNotices(const HttpRequest &request, HttpResponder responder)
{
    const ApiAuth::Result auth = m_auth.authorize(request, Permission::ReviewOutageNotices);
    if (!auth.allowed()) {
        responder.respond(*auth.refusal);
        return;
    }
    ListQuery query;
    QString error;
    if (!parseListQuery(request, {u"company"_s, u"from"_s, u"to"_s}, &query, &error)) {
        responder.respond(HttpResponse::error(400, u"bad_request"_s, error));
        return;
    }
    const std::optional<QList<CompanyDirectory::Company>> inScope =
        m_directory->within(auth.session->scope());
    if (!inScope) {
        responder.respond(HttpResponse::error(503, u"unavailable"_s, m_directory->lastError().toString()));
        return;
    }
    QList<Notice> notices;
    bool found = query.company.isEmpty();
    for (const CompanyDirectory::Company &c : *inScope) {
        if (!query.company.isEmpty() && c.companyId != query.company)
            continue;
        found = true;
        notices.append(m_notices->notices(c.companyId));
    }
    if (!found) {
        responder.respond(
            m_auth.refuse(*auth.session, request, 403, u"out_of_scope"_s,
                          tr("company %1 holds no permit within the scope %2 of account %3")
                              .arg(query.company, auth.session->regionCode, auth.session->userName)));
        return;
    }
    std::sort(notices.begin(), notices.end(), [](const Notice &a, const Notice &b) {
        return a.receivedMs != b.receivedMs ? a.receivedMs > b.receivedMs : a.id > b.id;
    });
    QJsonArray list;
    for (const Notice &n : std::as_const(notices)) {
        if ((query.from > 0 && n.receivedMs < query.from) || (query.to > 0 && n.receivedMs >= query.to))
            continue;
        list.append(noticeJson(n));
    }
    responder.respond(HttpResponse::json(200, QJsonObject{{u"notices"_s, list}}));
}

void OutagesApi::board(const HttpRequest &request, HttpResponder responder)
{
    const ApiAuth::Result auth = m_auth.authorize(request, std::nullopt);
    if (!auth.allowed()) {
        responder.respond(*auth.refusal);
        return;
    }
    const AccountService::Session &actor = *auth.session;
    // Art. 13 protects the platform as a whole: its security administrator sees every company.
    const bool everyCompany = m_auth.allows(actor, Permission::SuspendCompanyAccess);
    if (!everyCompany && !m_auth.allows(actor, Permission::ReviewOutageNotices)) {
        // authorize() audits and words the refusal.
        responder.respond(*m_auth.authorize(request, Permission::ReviewOutageNotices).refusal);
        return;
    }
    QHash<QString, QString> names;
    QStringList ids;
    if (everyCompany) {
        for (const CompanyAccount &c : m_companies.companies()) {
            ids.append(c.companyId);
            names.insert(c.companyId, c.name);
        }
    } else {
        const std::optional<QList<CompanyDirectory::Company>> inScope = m_directory->within(actor.scope());
        if (!inScope) {
            responder.respond(
                HttpResponse::error(503, u"unavailable"_s, m_directory->lastError().toString()));
            return;
        }
        for (const CompanyDirectory::Company &c : *inScope) {
            ids.append(c.companyId);
            names.insert(c.companyId, c.name);
        }
    }
    const qint64 now = m_auth.accounts().clock().nowMs();
    QHash<QString, QJsonArray> streamsOf;
    for (const OutageDetector::StreamStatus &s : m_monitor.detector().status(now)) {
        streamsOf[s.companyId].append(QJsonObject{
            {u"stream"_s, OutageStreams::key(s.stream)},
            {u"lastReceivedAt"_s, msOrNull(s.lastReceivedMs)},
            {u"recordsPerMinute"_s, s.recordsPerMinute},
            {u"active"_s, s.active},
            {u"openOutage"_s, s.outageOpen ? QJsonValue(s.openOutageId) : QJsonValue(QJsonValue::Null)}});
    }
    QJsonArray companies;
    for (const QString &id : std::as_const(ids)) {
        const std::optional<CompanyAccount> account = m_companies.company(id);
        companies.append(
            QJsonObject{{u"companyId"_s, id},
                        {u"name"_s, names.value(id).isEmpty() && account ? account->name : names.value(id)},
                        {u"suspended"_s, account && account->suspended},
                        {u"suspendReason"_s, account ? account->suspendReason : QString()},
                        {u"streams"_s, streamsOf.value(id)}});
    }
    responder.respond(HttpResponse::json(200, QJsonObject{{u"at"_s, now}, {u"companies"_s, companies}}));
}

QJsonObject OutagesApi::suspensionJson(const QString &companyId)
{
    const std::optional<CompanyAccount> account = m_companies.company(companyId);
    QJsonArray history;
    for (const CompanySuspension &s : m_companies.suspensions(companyId)) {
        history.append(QJsonObject{{u"suspendedAt"_s, s.suspendedMs},
                                   {u"suspendedBy"_s, s.suspendedBy},
                                   {u"reason"_s, s.reason},
                                   {u"restoredAt"_s, msOrNull(s.restoredMs)},
                                   {u"restoredBy"_s, s.restoredBy},
                                   {u"restoreReason"_s, s.restoreReason}});
    }
    return QJsonObject{{u"companyId"_s, companyId},
                       {u"name"_s, account ? account->name : QString()},
                       {u"suspended"_s, account && account->suspended},
                       {u"reason"_s, account ? account->suspendReason : QString()},
                       {u"since"_s, msOrNull(account ? account->suspendedMs : 0)},
                       {u"by"_s, account ? account->suspendedBy : QString()},
                       {u"history"_s, history}};
}

void OutagesApi::suspension(const HttpRequest &request, HttpResponder responder)
{
    // /api/v1/companies/<id>/suspension
    const QStringList parts = request.path.mid(kCompanyPrefix.size()).split(u'/');
    if (parts.size() != 2 || parts.at(1) != u"suspension"_s || parts.at(0).isEmpty()) {
        responder.respond(HttpResponse::error(404, u"not_found"_s,
                                              tr("There is nothing at the path '%1'").arg(request.path)));
        return;
    }
    const QString companyId = parts.at(0);
    const bool change = request.method == "PUT";
    const ApiAuth::Result auth =
        m_auth.authorize(request, change ? std::optional(Permission::SuspendCompanyAccess) : std::nullopt);
    if (!auth.allowed()) {
        responder.respond(*auth.refusal);
        return;
    }
    const AccountService::Session &actor = *auth.session;
    if (!change && !m_auth.allows(actor, Permission::SuspendCompanyAccess)) {
        // Others with reviewOutageNotices may read the state of companies in their region.
        const ApiAuth::Result review = m_auth.authorize(request, Permission::ReviewOutageNotices);
        if (!review.allowed()) {
            responder.respond(*review.refusal);
            return;
        }
        const std::optional<bool> visible = m_directory->covers(actor.scope(), companyId);
        if (!visible || !*visible) {
            responder.respond(HttpResponse::error(
                404, u"not_found"_s, tr("company %1 is not registered with the platform").arg(companyId)));
            return;
        }
    }
    if (!m_companies.company(companyId)) {
        responder.respond(HttpResponse::error(
            404, u"not_found"_s, tr("company %1 is not registered with the platform").arg(companyId)));
        return;
    }
    if (!change) {
        responder.respond(HttpResponse::json(200, suspensionJson(companyId)));
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject body = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !body.value(u"suspended"_s).isBool()) {
        responder.respond(HttpResponse::error(
            400, u"bad_request"_s,
            tr("the body must be a JSON object {\"suspended\": true or false, \"reason\": \"…\"}")));
        return;
    }
    const bool suspend = body.value(u"suspended"_s).toBool();
    const QString reason = body.value(u"reason"_s).toString().trimmed();
    const qint64 now = m_auth.accounts().clock().nowMs();

    // The change and its audit entry commit together, or neither does.
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        responder.respond(HttpResponse::error(503, u"unavailable"_s, transaction.error().toString()));
        return;
    }
    CompanyRegistry::Failure failure = CompanyRegistry::Failure::None;
    QString error;
    if (!m_companies.setSuspended(companyId, suspend, actor.userName, reason, now, &failure, &error)) {
        transaction.rollback();
        const int status = failure == CompanyRegistry::Failure::Invalid    ? 400
                           : failure == CompanyRegistry::Failure::NotFound ? 404
                           : failure == CompanyRegistry::Failure::Conflict ? 409
                                                                           : 503;
        const QString code = status == 400   ? u"bad_request"_s
                             : status == 404 ? u"not_found"_s
                             : status == 409 ? u"conflict"_s
                                             : u"unavailable"_s;
        responder.respond(HttpResponse::error(status, code, error));
        return;
    }
    const bool audited =
        m_auth.accounts().audit(actor.userName, actor.role.key(), ApiAuth::peerOf(request),
                                suspend ? u"company.suspend"_s : u"company.restore"_s, companyId,
                                AuditEntry::Outcome::Success, {{u"reason"_s, reason}});
    if (!audited || !transaction.commit()) {
        transaction.rollback();
        QString reloadError;
        m_companies.load(&reloadError); // memory back to what the database holds
        responder.respond(ApiAuth::auditUnavailable(
            tr("the change cannot be recorded in the audit trail, so company %1 was not changed")
                .arg(companyId)));
        return;
    }
    responder.respond(HttpResponse::json(200, suspensionJson(companyId)));
}

} // namespace rw
