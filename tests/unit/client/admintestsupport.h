#pragma once

// Shared by the AdminClient, item model and administration page tests:
//  - the REAL reference platform on loopback over TLS with the demo accounts and a ManualClock, and a
//    sign-in that computes the administrators' TOTP code against that clock;
//  - AdminContractFixture: a small HttpServer that answers /api/v1/policy and /api/v1/audit exactly
//    as the contract of issue 3 describes them, for as long as the platform's own endpoints are not on
//    this branch. Tests against the real platform stay next to the fixture ones and skip only when the
//    platform answers 404.

#include "client/certificatepin.h"
#include "client/platformclient.h"

#include "accounts/accountservice.h"
#include "domain/manualclock.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "platformserver.h"
#include "security/auditentry.h"
#include "security/passwordpolicy.h"
#include "security/selfsignedcertificate.h"
#include "security/totp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <memory>
#include <optional>

namespace rw::admintest {

/** 2026-03-02 09:00 China time: the ManualClock's start in every test. */
inline QDateTime startTime()
{
    return QDateTime::fromString(QStringLiteral("2026-03-02T01:00:00.000Z"), Qt::ISODateWithMs);
}

/** The real platform on 127.0.0.1 over TLS with the demo accounts (cheap hashes), on \a clock. */
inline std::unique_ptr<PlatformServer> startPlatform(const QString &directory, const Clock *clock)
{
    PlatformOptions options;
    options.databasePath = directory + QStringLiteral("/p.sqlite");
    options.synchronousFull = false;
    options.tls = true;
    options.clock = clock;
    options.passwordHashing = PasswordHasher::Parameters::pbkdf2(1000);
    auto server = std::make_unique<PlatformServer>(options);
    QString error;
    if (!server->start(&error) || !server->accounts().createDemoAccounts(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return server;
}

/** Points \a client at \a url and pins \a certificate, as the embedded default does. */
inline void connectTo(PlatformClient &client, const QUrl &url, const QSslCertificate &certificate)
{
    client.setBaseUrl(url);
    client.setPinnedFingerprint(CertificatePin::fingerprintOf(certificate));
}

/**
 * Signs \a client in as \a user with the demo password and, for the administrators, the TOTP code of
 * \a clock's time; then moves \a clock on by a TOTP step so that the next sign-in gets a fresh code.
 * Returns the platform's refusal, or an empty string when signed in.
 */
inline QString signIn(PlatformClient &client, const QString &user, ManualClock &clock)
{
    QSignalSpy signedIn(&client, &PlatformClient::signedIn);
    QSignalSpy failed(&client, &PlatformClient::loginFailed);
    QSignalSpy unreachable(&client, &PlatformClient::requestFailed);
    const bool administrator = user.endsWith(QLatin1String("admin")) || user == QLatin1String("demo.auditor");
    const QString code =
        administrator ? Totp(AccountService::demoTotpSecret()).codeAt(clock.now()) : QString();
    client.login(user, AccountService::DemoPassword, code);
    const bool answered = QTest::qWaitFor(
        [&] { return !signedIn.isEmpty() || !failed.isEmpty() || !unreachable.isEmpty(); }, 10000);
    clock.advanceSecs(Totp::DefaultPeriodSeconds);
    if (!signedIn.isEmpty())
        return {};
    if (!failed.isEmpty())
        return failed.first().at(0).toString() + QStringLiteral(": ") + failed.first().at(1).toString();
    if (!unreachable.isEmpty())
        return unreachable.first().at(0).toString();
    return answered ? QStringLiteral("no answer") : QStringLiteral("timed out");
}

/**
 * The platform's side of /api/v1/policy and /api/v1/audit as issue 3 specifies them (a contract
 * fixture, not the platform): HTTPS on 127.0.0.1 with its own certificate, a sign-in that hands out
 * a token for the role asked, the permission checks of the contract, and every request recorded.
 */
class AdminContractFixture
{
public:
    struct Seen
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
    };

    AdminContractFixture()
    {
        QString error;
        m_identity = SelfSignedCertificate::generate({}, &error);
        if (m_identity.isNull())
            qWarning("contract fixture: %s", qPrintable(error));
        m_http.setSslConfiguration(m_identity.serverConfiguration());
        m_bounds = QJsonObject{
            {QStringLiteral("minLength"), range(8, 64)},
            {QStringLiteral("maxLength"), range(64, 1024)},
            {QStringLiteral("minClasses"), range(1, 4)},
            {QStringLiteral("maxAgeDays"), range(1, 90)},
            {QStringLiteral("warnDays"), range(0, 89)},
            {QStringLiteral("minAgeDays"), range(0, 89)},
            {QStringLiteral("historyCount"), range(0, 24)},
            {QStringLiteral("lockoutThreshold"), range(1, 10)},
            {QStringLiteral("lockoutMinutes"), range(1, 1440)},
            {QStringLiteral("idleLockMinutes"), range(1, 30)},
            {QStringLiteral("sessionLimitHours"), range(1, 24)},
        };
        addRoutes();
    }

    bool start() { return !m_identity.isNull() && m_http.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_http.serverPort())); }
    QSslCertificate certificate() const { return m_identity.certificate(); }

    /** Signs \a client in as \a role (any password): the fixture trusts whoever asks. */
    bool signIn(PlatformClient &client, Role role)
    {
        connectTo(client, baseUrl(), certificate());
        QSignalSpy signedIn(&client, &PlatformClient::signedIn);
        client.login(QStringLiteral("fixture.") + role.key(), QStringLiteral("any"));
        return signedIn.wait(10000);
    }

    // --- state the tests set and inspect ---
    PasswordPolicy policy;
    QDateTime policyUpdatedAt;
    QString policyUpdatedBy;
    QList<AuditEntry> entries; //!< ascending seq
    QList<Seen> seen;
    int exportLimit = 100000;                //!< more rows than this: 413 export_too_large
    bool holdExports = false;                //!< keep export requests unanswered until releaseExports()
    std::optional<QJsonObject> verifyAnswer; //!< empty: intact over every entry
    QString policyUpdater = QStringLiteral("demo.secadmin");
    QString policyRefusal; //!< not empty: PUT /api/v1/policy answers 400 policy_invalid with it

    /** \a count entries with seq 1…count, one a minute from startTime(), of every kind. */
    void fillAudit(int count)
    {
        static const QStringList actors{QStringLiteral("demo.sysadmin"), QStringLiteral("demo.city"),
                                        QStringLiteral("demo.secadmin"), QStringLiteral("王小明")};
        static const QStringList roles{QStringLiteral("systemAdministrator"), QStringLiteral("cityOfficer"),
                                       QStringLiteral("securityAdministrator"),
                                       QStringLiteral("cityOfficer")};
        static const QStringList actions{QStringLiteral("login"), QStringLiteral("account.create"),
                                         QStringLiteral("policy.change"), QStringLiteral("account.unlock"),
                                         QStringLiteral("access")};
        entries.clear();
        for (int i = 1; i <= count; ++i) {
            AuditEntry e;
            e.seq = i;
            e.at = startTime().addSecs(60LL * i);
            e.actor = actors.at(i % actors.size());
            e.role = roles.at(i % roles.size());
            e.peer = QStringLiteral("127.0.0.1:%1").arg(40000 + i);
            e.action = actions.at(i % actions.size());
            e.target = i % 7 == 0 ? QStringLiteral("五指山 469001") : QStringLiteral("account-%1").arg(i);
            e.outcome = i % 3 == 0
                            ? AuditEntry::Outcome::Denied
                            : (i % 5 == 0 ? AuditEntry::Outcome::Failure : AuditEntry::Outcome::Success);
            e.setDetail(QJsonObject{{QStringLiteral("code"), QStringLiteral("c%1").arg(i)},
                                    {QStringLiteral("region"), QStringLiteral("469001")}});
            entries.append(e);
        }
    }

    /** Answers the export requests held by holdExports. */
    void releaseExports()
    {
        const auto held = std::exchange(m_heldExports, {});
        for (const auto &[request, responder] : held)
            answerExport(request, responder);
    }
    int heldExports() const { return int(m_heldExports.size()); }

    /** The entries matching \a query's filters (not its paging), newest first. */
    QList<AuditEntry> matching(const QUrlQuery &query, QString *error) const
    {
        const auto value = [&](const char *key) {
            return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        };
        const auto time = [&](const char *key, QDateTime *out) {
            const QString text = value(key);
            if (text.isEmpty())
                return true;
            bool isNumber = false;
            const qint64 ms = text.toLongLong(&isNumber);
            *out = isNumber ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                            : QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!out->isValid())
                *error = QStringLiteral("parameter \"%1\": \"%2\" is not ISO 8601 or ms")
                             .arg(QLatin1String(key), text);
            return out->isValid();
        };
        QDateTime from, to;
        if (!time("from", &from) || !time("to", &to))
            return {};
        const QString outcome = value("outcome");
        if (!outcome.isEmpty() && !AuditEntry::outcomeFromKey(outcome)) {
            *error = QStringLiteral("parameter \"outcome\": \"%1\" is not success, failure or denied")
                         .arg(outcome);
            return {};
        }
        const QString actor = value("actor");
        const QString action = value("action");
        const QString text = value("text");
        QList<AuditEntry> result;
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            const AuditEntry &e = *it;
            if ((from.isValid() && e.at < from) || (to.isValid() && e.at >= to)) // to is exclusive
                continue;
            if (!actor.isEmpty() && e.actor != actor)
                continue;
            if (!action.isEmpty()) {
                const bool prefix = action.endsWith(QLatin1Char('*'));
                if (prefix ? !e.action.startsWith(action.chopped(1)) : e.action != action)
                    continue;
            }
            if (!outcome.isEmpty() && AuditEntry::outcomeKey(e.outcome) != outcome)
                continue;
            if (!text.isEmpty() && !e.target.contains(text, Qt::CaseInsensitive) &&
                !e.peer.contains(text, Qt::CaseInsensitive))
                continue;
            result.append(e);
        }
        return result;
    }

    static QJsonObject entryJson(const AuditEntry &e)
    {
        return QJsonObject{{QStringLiteral("seq"), e.seq},
                           {QStringLiteral("at"), e.at.toMSecsSinceEpoch()},
                           {QStringLiteral("actor"), e.actor},
                           {QStringLiteral("role"), e.role},
                           {QStringLiteral("peer"), e.peer},
                           {QStringLiteral("action"), e.action},
                           {QStringLiteral("target"), e.target},
                           {QStringLiteral("outcome"), AuditEntry::outcomeKey(e.outcome)},
                           {QStringLiteral("detail"), e.detail()}};
    }

    /** CSV as the contract has it: UTF-8 with a BOM, a header, RFC 4180 quoting. */
    static QByteArray csvOf(const QList<AuditEntry> &list)
    {
        const auto quote = [](const QString &field) {
            QString f = field;
            if (f.contains(QLatin1Char('"')) || f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('\n')))
                f = QLatin1Char('"') + f.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            return f;
        };
        QByteArray out("\xEF\xBB\xBF");
        out += "seq,at,actor,role,peer,action,target,outcome,detail\r\n";
        for (const AuditEntry &e : list) {
            const QStringList fields{QString::number(e.seq),
                                     e.at.toString(Qt::ISODateWithMs),
                                     e.actor,
                                     e.role,
                                     e.peer,
                                     e.action,
                                     e.target,
                                     AuditEntry::outcomeKey(e.outcome),
                                     QString::fromUtf8(e.detailJson)};
            QStringList quoted;
            for (const QString &f : fields)
                quoted << quote(f);
            out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
        return out;
    }

private:
    static QJsonObject range(int min, int max)
    {
        return QJsonObject{{QStringLiteral("min"), min}, {QStringLiteral("max"), max}};
    }

    /** The role of the request's session, or a 401/403 answer already sent. */
    bool allowed(const HttpRequest &request, const HttpResponder &responder, std::optional<Role> needed)
    {
        seen.append(Seen{request.method, request.path, request.query, request.body});
        const QByteArray header = request.header("Authorization");
        const auto role = m_tokens.value(header.mid(7));
        if (!header.startsWith("Bearer ") || !role) {
            responder.respond(
                HttpResponse::error(401, QStringLiteral("unauthenticated"), QStringLiteral("no session")));
            return false;
        }
        if (needed && !(*role == *needed)) {
            responder.respond(HttpResponse::error(
                403, QStringLiteral("forbidden"),
                QStringLiteral("role %1 lacks the permission of %2").arg(role->key(), request.path)));
            return false;
        }
        return true;
    }

    void answerExport(const HttpRequest &request, const HttpResponder &responder)
    {
        QString error;
        const QList<AuditEntry> rows = matching(request.query, &error);
        if (!error.isEmpty()) {
            responder.respond(HttpResponse::error(400, QStringLiteral("bad_request"), error));
            return;
        }
        if (rows.size() > exportLimit) {
            responder.respond(HttpResponse::error(
                413, QStringLiteral("export_too_large"),
                QStringLiteral("the export would hold %1 rows, more than %2: narrow the filter")
                    .arg(rows.size())
                    .arg(exportLimit)));
            return;
        }
        responder.respond(HttpResponse(200, csvOf(rows), "text/csv; charset=utf-8"));
    }

    void addRoutes()
    {
        m_http.route(
            "POST", QStringLiteral("/api/v1/session"), [this](const HttpRequest &request, HttpResponder r) {
                const QString user =
                    QJsonDocument::fromJson(request.body).object().value(QStringLiteral("user")).toString();
                const auto role = Role::fromKey(user.mid(int(qstrlen("fixture."))));
                if (!role) {
                    r.respond(
                        HttpResponse::error(401, QStringLiteral("wrong_credentials"), QStringLiteral("no")));
                    return;
                }
                const QByteArray token = "token-" + QByteArray::number(m_tokens.size() + 1);
                m_tokens.insert(token, *role);
                r.respond(
                    HttpResponse::json(200, QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                                        {QStringLiteral("user"), user},
                                                        {QStringLiteral("role"), role->key()},
                                                        {QStringLiteral("daysLeft"), 80}}));
            });
        m_http.route("GET", QStringLiteral("/api/v1/policy"),
                     [this](const HttpRequest &request, HttpResponder r) {
                         // Every session reads the policy (the password change dialog shows its rules); only
                         // the security administrator changes it.
                         if (!allowed(request, r, std::nullopt))
                             return;
                         r.respond(HttpResponse::json(200, policyJson()));
                     });
        m_http.route(
            "PUT", QStringLiteral("/api/v1/policy"), [this](const HttpRequest &request, HttpResponder r) {
                if (!allowed(request, r, Role::SecurityAdministrator))
                    return;
                if (!policyRefusal.isEmpty()) {
                    r.respond(HttpResponse::error(400, QStringLiteral("policy_invalid"), policyRefusal));
                    return;
                }
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                QString error;
                const auto parsed =
                    PasswordPolicy::fromJson(body.value(QStringLiteral("policy")).toObject(), &error);
                if (!parsed) {
                    r.respond(HttpResponse::error(400, QStringLiteral("policy_invalid"), error));
                    return;
                }
                policy = *parsed;
                policyUpdatedAt = startTime().addSecs(3600);
                policyUpdatedBy = policyUpdater;
                r.respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("policy"), policy.toJson()}}));
            });
        m_http.route(
            "GET", QStringLiteral("/api/v1/audit"), [this](const HttpRequest &request, HttpResponder r) {
                if (!allowed(request, r, Role::AuditAdministrator))
                    return;
                QString error;
                const QList<AuditEntry> all = matching(request.query, &error);
                const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
                const int limit = limitText.isEmpty() ? 100 : limitText.toInt();
                if (!error.isEmpty() || limit < 1 || limit > 1000) {
                    r.respond(HttpResponse::error(
                        400, QStringLiteral("bad_request"),
                        error.isEmpty() ? QStringLiteral("limit %1 outside 1…1000").arg(limitText) : error));
                    return;
                }
                const qint64 before = request.query.queryItemValue(QStringLiteral("before")).toLongLong();
                QJsonArray page;
                qint64 last = 0;
                bool more = false;
                for (const AuditEntry &e : all) {
                    if (before > 0 && e.seq >= before)
                        continue;
                    if (page.size() == limit) {
                        more = true;
                        break;
                    }
                    page.append(entryJson(e));
                    last = e.seq;
                }
                r.respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("entries"), page},
                                                              {QStringLiteral("nextBefore"),
                                                               more ? QJsonValue(last) : QJsonValue()}}));
            });
        m_http.route("GET", QStringLiteral("/api/v1/audit/export"),
                     [this](const HttpRequest &request, HttpResponder r) {
                         if (!allowed(request, r, Role::AuditAdministrator))
                             return;
                         if (holdExports)
                             m_heldExports.append({request, r});
                         else
                             answerExport(request, r);
                     });
        m_http.route(
            "POST", QStringLiteral("/api/v1/audit/verify"),
            [this](const HttpRequest &request, HttpResponder r) {
                if (!allowed(request, r, Role::AuditAdministrator))
                    return;
                const qint64 last = entries.isEmpty() ? 0 : entries.last().seq;
                r.respond(HttpResponse::json(
                    200, verifyAnswer.value_or(QJsonObject{{QStringLiteral("ok"), true},
                                                           {QStringLiteral("checked"), entries.size()},
                                                           {QStringLiteral("lastSeq"), last},
                                                           {QStringLiteral("firstBroken"), QJsonValue()}})));
            });
    }

    QJsonObject policyJson() const
    {
        return QJsonObject{{QStringLiteral("policy"), policy.toJson()},
                           {QStringLiteral("bounds"), m_bounds},
                           {QStringLiteral("updatedAt"), policyUpdatedAt.isValid()
                                                             ? QJsonValue(policyUpdatedAt.toMSecsSinceEpoch())
                                                             : QJsonValue()},
                           {QStringLiteral("updatedBy"),
                            policyUpdatedBy.isEmpty() ? QJsonValue() : QJsonValue(policyUpdatedBy)}};
    }

    HttpServer m_http;
    SelfSignedCertificate m_identity;
    QJsonObject m_bounds;
    QHash<QByteArray, std::optional<Role>> m_tokens;
    QList<std::pair<HttpRequest, HttpResponder>> m_heldExports;
};

} // namespace rw::admintest
