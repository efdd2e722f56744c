#pragma once

#include "accounts/accountservice.h"
#include "security/auditchain.h"
#include "security/auditquery.h"
#include "security/permission.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace rw {

class ApiAuth;
class AuditStore;
class HttpResponder;
class HttpServer;
struct HttpRequest;

/**
 * \brief /api/v1/audit: the audit administrator's search, export and verification of the audit
 * trail (GB/T 22239-2019 §8.1.5: the audit administrator analyses, manages and queries the audit
 * records; §8.1.4.3). The audit administrator's own actions are audited too.
 *
 *  - GET /api/v1/audit?from=&to=&actor=&action=&outcome=&text=&before=&limit= (Permission::ViewAuditLog)
 *    → 200 {"entries": [{"seq", "at" (Unix ms UTC), "actor", "role", "peer", "action", "target",
 *    "outcome", "detail" (object)}], "nextBefore": seq | null}, newest first; nextBefore is set when
 *    older matches remain (pass it as before= for the next page). Audited "audit.search".
 *  - GET /api/v1/audit/export?<the same filters> (Permission::ExportAuditLog) → 200 text/csv with a
 *    UTF-8 BOM, oldest first, every match up to ExportCap rows (more: 413 export_too_large).
 *    The rows are read a page at a time between turns of the event loop, so other requests are
 *    served meanwhile; the export stops at the last entry that existed when it began. Audited
 *    "audit.export" with the filters and the row count, before the file is sent.
 *  - POST /api/v1/audit/verify (Permission::VerifyAuditLog) → 200 {"ok", "checked", "lastSeq",
 *    "firstBroken": null | {"seq", "problem", "message"}} (AuditStore::verify on a thread of its own,
 *    over its own read-only connection to \a databasePath with the audit key of \a chain, so that a
 *    long trail does not hold up other requests). Audited "audit.verify" with the result; a broken
 *    chain with outcome failure.
 *
 * Parameters (parseQuery): from/to as ISO 8601 (without an offset: China Standard Time, UTC+8) or
 * Unix milliseconds, from inclusive, to exclusive; outcome success|failure|denied; before a seq;
 * limit 1 to 1000 (default 100). Unknown or repeated parameters and bad values are refused with
 * 400 bad_request naming the parameter and the value. The export ignores before and limit.
 *
 * Nothing is returned unless its audit record was written (fail closed, L3-CES1-15): 503 instead.
 */
class AuditApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::AuditApi)

public:
    static constexpr qint64 ExportCap = 100000;
    static constexpr int ExportPageRows = 1000;

    /** \a databasePath and \a chain: the file and key \a audit works with, for verifying on another thread.
     */
    AuditApi(ApiAuth &auth, AuditStore &audit, const QString &databasePath, AuditChain chain);
    ~AuditApi();

    void registerRoutes(HttpServer &server);

    /** Reads the /api/v1/audit parameters into \a query; false with \a error naming the parameter. */
    static bool parseQuery(const QUrlQuery &url, AuditQuery *query, QString *error);
    /** A time parameter: Unix milliseconds, or ISO 8601 (China Standard Time if no offset is given). */
    static QDateTime parseTime(const QString &text);

    /** The CSV header row, CRLF-terminated. */
    static QByteArray csvHeader();
    /** One entry as a CSV row (RFC 4180), CRLF-terminated; "at" in ISO 8601 with +08:00. */
    static QByteArray csvRow(const AuditEntry &entry);
    /**
     * One CSV field: quoted when it holds a comma, a quote, CR or LF (quotes doubled). A text that
     * a spreadsheet would run as a formula (first character = + - @ TAB CR) is prefixed with an
     * apostrophe (OWASP "CSV injection"): an attacker chooses the user name of a failed sign-in.
     */
    static QByteArray csvField(const QString &text);

private:
    /** Who asked, from where, for which action, with which filters. */
    struct QueryCall
    {
        AccountService::Session actor;
        QString peer;
        QString action;
        AuditQuery query;
    };
    /** The permission check and the filters of a search or an export; nothing if it was answered. */
    std::optional<QueryCall> authorizeQuery(const HttpRequest &request, HttpResponder &responder,
                                            Permission permission, const QString &action);
    struct VerifyJob;
    struct ExportJob;
    void finishVerify(const std::shared_ptr<VerifyJob> &job);
    void exportNextPage(const std::shared_ptr<ExportJob> &job);
    void finishExport(const std::shared_ptr<ExportJob> &job, bool clientGone);

    ApiAuth &m_auth;
    AuditStore &m_audit;
    QString m_databasePath;
    AuditChain m_chain;
    QObject m_context;      //!< pending export pages and verification replies die with it
    QThreadPool m_verifier; //!< destroyed first: waits for a running verification
};

} // namespace rw
