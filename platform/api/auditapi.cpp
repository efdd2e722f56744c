#include "auditapi.h"

#include "apiauth.h"
#include "domain/clock.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "security/auditstore.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace rw {

Q_LOGGING_CATEGORY(lcAuditApi, "rw.api.audit")

namespace {

constexpr int ChinaStandardTimeOffset = 8 * 3600; // DESIGN §5: UTC+8 unless stated
const QString AuditTarget = QStringLiteral("audit_log");

QJsonObject entryJson(const AuditEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("seq"), entry.seq},
        {QStringLiteral("at"), entry.at.toMSecsSinceEpoch()},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("role"), entry.role},
        {QStringLiteral("peer"), entry.peer},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("target"), entry.target},
        {QStringLiteral("outcome"), AuditEntry::outcomeKey(entry.outcome)},
        {QStringLiteral("detail"), entry.detail()},
    };
}

} // namespace

struct AuditApi::VerifyJob
{
    HttpResponder responder;
    AccountService::Session actor;
    QString peer;
    AuditVerification result; //!< written by the verifying thread, read back on the server's
    qint64 lastSeq = 0;
};

struct AuditApi::ExportJob
{
    AuditQuery query;
    QJsonObject filters; //!< as the administrator gave them, for the audit record
    HttpResponder responder;
    AccountService::Session actor;
    QString peer;
    QByteArray csv;
    qint64 rows = 0;
    qint64 expected = 0;
};

AuditApi::AuditApi(ApiAuth &auth, AuditStore &audit, const QString &databasePath, AuditChain chain)
    : m_auth(auth)
    , m_audit(audit)
    , m_databasePath(databasePath)
    , m_chain(std::move(chain))
{
    m_verifier.setMaxThreadCount(1); // verifications queue up rather than compete for the disk
}

AuditApi::~AuditApi() = default;

QDateTime AuditApi::parseTime(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,15}$"));
    if (digits.match(text).hasMatch())
        return QDateTime::fromMSecsSinceEpoch(text.toLongLong(), Qt::UTC);
    // A '+' sent unencoded in a query may arrive as a space ("…T09:00:00 08:00").
    QString iso = text;
    iso.replace(QLatin1Char(' '), QLatin1Char('+'));
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime) // no offset given: the regulators' time zone, not the server's
        at.setOffsetFromUtc(ChinaStandardTimeOffset);
    return at.toUTC();
}

bool AuditApi::parseQuery(const QUrlQuery &url, AuditQuery *query, QString *error)
{
    static const QStringList known = {
        QStringLiteral("from"),    QStringLiteral("to"),   QStringLiteral("actor"),  QStringLiteral("action"),
        QStringLiteral("outcome"), QStringLiteral("text"), QStringLiteral("before"), QStringLiteral("limit")};
    *query = AuditQuery();
    QSet<QString> seen;
    const auto items = url.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!known.contains(name)) {
            *error = tr("parameter \"%1\" is not known (%2)").arg(name, known.join(QStringLiteral(", ")));
            return false;
        }
        if (seen.contains(name)) {
            *error = tr("parameter %1 is given more than once").arg(name);
            return false;
        }
        seen.insert(name);
        if (value.isEmpty())
            continue; // an empty filter is no filter
        if (name == QStringLiteral("from") || name == QStringLiteral("to")) {
            const QDateTime at = parseTime(value);
            if (!at.isValid()) {
                *error = tr("parameter %1: \"%2\" is neither an ISO 8601 time (2026-03-02T09:00:00+08:00) "
                            "nor Unix milliseconds")
                             .arg(name, value);
                return false;
            }
            (name == QStringLiteral("from") ? query->from : query->to) = at;
        } else if (name == QStringLiteral("actor")) {
            query->actor = value;
        } else if (name == QStringLiteral("action")) {
            query->action = value;
        } else if (name == QStringLiteral("outcome")) {
            const auto outcome = AuditEntry::outcomeFromKey(value);
            if (!outcome) {
                *error = tr("parameter outcome: \"%1\" is not one of success, failure, denied").arg(value);
                return false;
            }
            query->outcome = outcome;
        } else if (name == QStringLiteral("text")) {
            query->text = value;
        } else if (name == QStringLiteral("before")) {
            bool ok = false;
            const qint64 seq = value.toLongLong(&ok);
            if (!ok || seq < 1) {
                *error = tr("parameter before: \"%1\" is not a sequence number (a whole number from 1)")
                             .arg(value);
                return false;
            }
            query->beforeSeq = seq;
        } else if (name == QStringLiteral("limit")) {
            bool ok = false;
            const int limit = value.toInt(&ok);
            if (!ok || limit < 1 || limit > AuditQuery::MaxLimit) {
                *error = tr("parameter limit: \"%1\" is not a whole number from 1 to %2")
                             .arg(value)
                             .arg(AuditQuery::MaxLimit);
                return false;
            }
            query->limit = limit;
        }
    }
    const QStringList problems = query->validate();
    if (!problems.isEmpty()) {
        *error = tr("parameters: %1").arg(problems.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

QByteArray AuditApi::csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

QByteArray AuditApi::csvHeader()
{
    return QByteArrayLiteral("seq,at,actor,role,peer,action,target,outcome,detail\r\n");
}

QByteArray AuditApi::csvRow(const AuditEntry &entry)
{
    QByteArray row = QByteArray::number(entry.seq);
    row += ',';
    row += entry.at.toOffsetFromUtc(ChinaStandardTimeOffset).toString(Qt::ISODateWithMs).toLatin1();
    for (const QString &field :
         {entry.actor, entry.role, entry.peer, entry.action, entry.target,
          AuditEntry::outcomeKey(entry.outcome), QString::fromUtf8(entry.detailJson)}) {
        row += ',';
        row += csvField(field);
    }
    row += "\r\n";
    return row;
}

auto AuditApi::authorizeQuery(const HttpRequest &request, HttpResponder &responder, Permission permission,
                              const QString &action) -> std::optional<QueryCall>
{
    const ApiAuth::Result auth = m_auth.authorize(request, permission);
    if (!auth.allowed()) {
        responder.respond(*auth.refusal);
        return std::nullopt;
    }
    QueryCall call{*auth.session, ApiAuth::peerOf(request), action, {}};
    QString error;
    if (!parseQuery(request.query, &call.query, &error)) {
        // A malformed search is an audit administrator's action too: recorded, then refused.
        m_auth.accounts().audit(call.actor.userName, call.actor.role.key(), call.peer, action, AuditTarget,
                                AuditEntry::Outcome::Failure,
                                {{QStringLiteral("code"), QStringLiteral("bad_request")},
                                 {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)}});
        responder.respond(HttpResponse::error(400, QStringLiteral("bad_request"), error));
        return std::nullopt;
    }
    return call;
}

void AuditApi::registerRoutes(HttpServer &server)
{
    server.route(
        "GET", QStringLiteral("/api/v1/audit"), [this](const HttpRequest &request, HttpResponder responder) {
            const auto call =
                authorizeQuery(request, responder, Permission::ViewAuditLog, QStringLiteral("audit.search"));
            if (!call)
                return;
            AccountService &accounts = m_auth.accounts();
            const AccountService::Session &actor = call->actor;
            const QString &peer = call->peer;
            const QString &action = call->action;
            AuditQuery query = call->query;
            const QList<AuditEntry> entries = m_audit.search(query);
            QJsonValue nextBefore;
            if (!m_audit.error().isError() && entries.size() == query.limit) {
                AuditQuery older = query;
                older.beforeSeq = entries.last().seq;
                older.limit = 1;
                if (!m_audit.search(older).isEmpty())
                    nextBefore = entries.last().seq;
            }
            if (m_audit.error().isError()) {
                responder.respond(
                    HttpResponse::error(503, QStringLiteral("unavailable"), m_audit.error().toString()));
                return;
            }
            if (!accounts.audit(actor.userName, actor.role.key(), peer, action, AuditTarget,
                                AuditEntry::Outcome::Success,
                                {{QStringLiteral("filters"), query.filtersJson()},
                                 {QStringLiteral("limit"), query.limit},
                                 {QStringLiteral("rows"), entries.size()}})) {
                responder.respond(ApiAuth::auditUnavailable());
                return;
            }
            QJsonArray rows;
            for (const AuditEntry &entry : entries)
                rows.append(entryJson(entry));
            responder.respond(
                HttpResponse::json(200, QJsonObject{{QStringLiteral("entries"), rows},
                                                    {QStringLiteral("nextBefore"), nextBefore}}));
        });

    server.route(
        "GET", QStringLiteral("/api/v1/audit/export"),
        [this](const HttpRequest &request, HttpResponder responder) {
            const auto call = authorizeQuery(request, responder, Permission::ExportAuditLog,
                                             QStringLiteral("audit.export"));
            if (!call)
                return;
            AccountService &accounts = m_auth.accounts();
            const AccountService::Session &actor = call->actor;
            const QString &peer = call->peer;
            const QString &action = call->action;
            AuditQuery query = call->query;
            // Everything that matches, oldest first, up to the last entry that exists now: entries
            // appended while the export runs (its own record among them) are not part of it.
            query.beforeSeq = 0;
            const QJsonObject filters = query.filtersJson();
            query.limit = ExportPageRows;
            query.order = AuditQuery::Order::OldestFirst;
            const std::optional<AuditChain::Checkpoint> head = m_audit.checkpoint();
            if (!head && m_audit.error().isError()) {
                responder.respond(
                    HttpResponse::error(503, QStringLiteral("unavailable"), m_audit.error().toString()));
                return;
            }
            query.beforeSeq = (head ? head->seq : 0) + 1;
            const qint64 matching = m_audit.count(query);
            if (matching < 0) {
                responder.respond(
                    HttpResponse::error(503, QStringLiteral("unavailable"), m_audit.error().toString()));
                return;
            }
            if (matching > ExportCap) {
                const QString message = tr("the export would hold %1 entries, more than the limit of %2; "
                                           "narrow it with from, to, "
                                           "actor, action, outcome or text")
                                            .arg(matching)
                                            .arg(ExportCap);
                accounts.audit(actor.userName, actor.role.key(), peer, action, AuditTarget,
                               AuditEntry::Outcome::Failure,
                               {{QStringLiteral("code"), QStringLiteral("export_too_large")},
                                {QStringLiteral("filters"), filters},
                                {QStringLiteral("rows"), matching}});
                QJsonObject body{{QStringLiteral("code"), QStringLiteral("export_too_large")},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("count"), matching},
                                 {QStringLiteral("cap"), ExportCap}};
                responder.respond(HttpResponse::json(413, QJsonObject{{QStringLiteral("error"), body}}));
                return;
            }
            auto job = std::make_shared<ExportJob>();
            job->query = query;
            job->filters = filters;
            job->responder = responder;
            job->actor = actor;
            job->peer = peer;
            job->expected = matching;
            job->csv = QByteArrayLiteral("\xEF\xBB\xBF") + csvHeader(); // the BOM: spreadsheets read UTF-8
            job->csv.reserve(qsizetype(matching * 160 + 64));
            QTimer::singleShot(0, &m_context, [this, job] { exportNextPage(job); });
        });

    server.route(
        "POST", QStringLiteral("/api/v1/audit/verify"),
        [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::VerifyAuditLog);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            AccountService &accounts = m_auth.accounts();
            const AccountService::Session &actor = *auth.session;
            const QString peer = ApiAuth::peerOf(request);
            const QString action = QStringLiteral("audit.verify");
            // Verifying means an HMAC per entry: seconds for millions of entries. It runs on a thread
            // of its own with its own read-only connection, one snapshot, and comes back here to be
            // audited and answered.
            auto job = std::make_shared<VerifyJob>();
            job->responder = responder;
            job->actor = actor;
            job->peer = peer;
            m_verifier.start([this, job, path = m_databasePath, chain = m_chain, &clock = accounts.clock()] {
                Database db;
                DatabaseOptions options;
                options.readOnly = true;
                options.cacheSizeKiB = 4096;
                if (!db.open(path, options) || !db.exec(QStringLiteral("BEGIN DEFERRED"))) {
                    job->result.problem = AuditVerification::Problem::Unreadable;
                    job->result.message = db.lastError().toString();
                } else {
                    AuditStore store(db, chain, clock);
                    job->result = store.verify(); // joins the transaction: the same snapshot as below
                    const std::optional<AuditChain::Checkpoint> head = store.checkpoint();
                    job->lastSeq = head ? head->seq : 0;
                    if (!db.exec(QStringLiteral("COMMIT")))
                        qCWarning(lcAuditApi, "%s", qPrintable(db.lastError().toString()));
                }
                QMetaObject::invokeMethod(
                    &m_context, [this, job] { finishVerify(job); }, Qt::QueuedConnection);
            });
        });
}

void AuditApi::finishVerify(const std::shared_ptr<VerifyJob> &job)
{
    AccountService &accounts = m_auth.accounts();
    const AccountService::Session &actor = job->actor;
    const QString &peer = job->peer;
    const HttpResponder &responder = job->responder;
    const AuditVerification &result = job->result;
    const qint64 lastSeq = job->lastSeq;
    const QString action = QStringLiteral("audit.verify");
    if (result.problem == AuditVerification::Problem::Unreadable) {
        accounts.audit(actor.userName, actor.role.key(), peer, action, AuditTarget,
                       AuditEntry::Outcome::Failure,
                       {{QStringLiteral("problem"), AuditVerification::problemKey(result.problem)},
                        {QStringLiteral("checked"), result.checked}});
        responder.respond(HttpResponse::error(503, QStringLiteral("unavailable"),
                                              tr("the audit log cannot be read: %1").arg(result.message)));
        return;
    }
    QJsonValue firstBroken;
    QJsonObject detail{{QStringLiteral("ok"), result.intact()},
                       {QStringLiteral("checked"), result.checked},
                       {QStringLiteral("lastSeq"), lastSeq}};
    if (!result.intact()) {
        firstBroken = QJsonObject{{QStringLiteral("seq"), result.seq},
                                  {QStringLiteral("problem"), AuditVerification::problemKey(result.problem)},
                                  {QStringLiteral("message"), result.message}};
        detail.insert(QStringLiteral("seq"), result.seq);
        detail.insert(QStringLiteral("problem"), AuditVerification::problemKey(result.problem));
    }
    // A broken chain is recorded as a failure, so that a search for failures finds it.
    if (!accounts.audit(actor.userName, actor.role.key(), peer, action, AuditTarget,
                        result.intact() ? AuditEntry::Outcome::Success : AuditEntry::Outcome::Failure,
                        detail)) {
        responder.respond(ApiAuth::auditUnavailable());
        return;
    }
    responder.respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), result.intact()},
                                                          {QStringLiteral("checked"), result.checked},
                                                          {QStringLiteral("lastSeq"), lastSeq},
                                                          {QStringLiteral("firstBroken"), firstBroken}}));
}

void AuditApi::exportNextPage(const std::shared_ptr<ExportJob> &job)
{
    if (!job->responder.isPending()) {
        finishExport(job, true);
        return;
    }
    const QList<AuditEntry> page = m_audit.search(job->query);
    if (m_audit.error().isError()) {
        const QString problem = m_audit.error().toString();
        m_auth.accounts().audit(job->actor.userName, job->actor.role.key(), job->peer,
                                QStringLiteral("audit.export"), AuditTarget, AuditEntry::Outcome::Failure,
                                {{QStringLiteral("code"), QStringLiteral("unavailable")},
                                 {QStringLiteral("filters"), job->filters},
                                 {QStringLiteral("rows"), job->rows}});
        job->responder.respond(HttpResponse::error(503, QStringLiteral("unavailable"), problem));
        return;
    }
    for (const AuditEntry &entry : page) {
        job->csv += csvRow(entry);
        job->query.afterSeq = entry.seq;
        ++job->rows;
    }
    if (page.size() < job->query.limit || job->rows >= ExportCap) {
        finishExport(job, false);
        return;
    }
    QTimer::singleShot(0, &m_context, [this, job] { exportNextPage(job); });
}

void AuditApi::finishExport(const std::shared_ptr<ExportJob> &job, bool clientGone)
{
    QJsonObject detail{{QStringLiteral("filters"), job->filters},
                       {QStringLiteral("rows"), job->rows},
                       {QStringLiteral("lastSeq"), job->query.beforeSeq - 1}};
    if (clientGone)
        detail.insert(QStringLiteral("code"), QStringLiteral("client_gone"));
    const bool audited = m_auth.accounts().audit(
        job->actor.userName, job->actor.role.key(), job->peer, QStringLiteral("audit.export"), AuditTarget,
        clientGone ? AuditEntry::Outcome::Failure : AuditEntry::Outcome::Success, detail);
    if (clientGone)
        return;
    if (!audited) {
        job->responder.respond(ApiAuth::auditUnavailable());
        return;
    }
    HttpResponse response(200, job->csv, QByteArrayLiteral("text/csv; charset=utf-8"));
    const QString stamp = m_auth.accounts()
                              .clock()
                              .now()
                              .toOffsetFromUtc(ChinaStandardTimeOffset)
                              .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    response.headers.set("Content-Disposition",
                         QStringLiteral("attachment; filename=\"audit-log-%1.csv\"").arg(stamp).toLatin1());
    job->csv.clear();
    job->responder.respond(std::move(response));
}

} // namespace rw
