#pragma once

// LookupContractFixture: the platform's side of the lookup contracts of issue 5 (docs/lookup-contracts.md)
// for as long as the platform's own endpoints are on other branches: the permit search answering with asOf,
// findings and badRecord, and /api/v1/conduct. HTTPS on 127.0.0.1 with its own certificate, a sign-in that
// hands out a token for the role asked, the reveal rules of the contract (a reason, the role's right), and
// every request recorded. Tests of what today's platform already does run against the real platform.

#include "client/certificatepin.h"
#include "client/platformclient.h"

#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "permits/personaldatamask.h"
#include "security/role.h"
#include "security/selfsignedcertificate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <optional>

namespace rw::lookuptest {

class LookupContractFixture
{
public:
    struct Seen
    {
        QString path;
        QUrlQuery query;
        QString value(const char *key) const
        {
            return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        }
    };

    LookupContractFixture()
    {
        QString error;
        m_identity = SelfSignedCertificate::generate({}, &error);
        if (m_identity.isNull())
            qWarning("lookup fixture: %s", qPrintable(error));
        m_http.setSslConfiguration(m_identity.serverConfiguration());
        addRoutes();
    }

    bool start() { return !m_identity.isNull() && m_http.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_http.serverPort())); }
    QSslCertificate certificate() const { return m_identity.certificate(); }

    /** Signs \a client in as \a role (any password). */
    bool signIn(PlatformClient &client, Role role, const QString &user = QStringLiteral("demo.enforcement"))
    {
        client.setBaseUrl(baseUrl());
        client.setPinnedFingerprint(CertificatePin::fingerprintOf(certificate()));
        QSignalSpy signedIn(&client, &PlatformClient::signedIn);
        m_nextRole = role;
        client.login(user, QStringLiteral("any"));
        return signedIn.wait(10000);
    }

    // --- what the tests set and look at ---
    /** Answered to every search (revealed set from the request; personal data in clear when revealed). */
    QJsonObject searchAnswer;
    /** The clear personal data of a driver, by certificate, put in when a reveal is asked. */
    QHash<QString, QJsonObject> clearDriver;
    /** "plate:琼DD12345" or "driver:<certificate>" → the answer of /api/v1/conduct; others: 404. */
    QHash<QString, QJsonObject> conduct;
    /** Not 0: searches are answered with this status (e.g. 503). */
    int searchStatus = 0;
    QList<Seen> seen;

    int searchesSeen() const
    {
        int n = 0;
        for (const Seen &s : seen)
            n += s.path == QLatin1String("/api/v1/permits/search") ? 1 : 0;
        return n;
    }

private:
    std::optional<Role> roleOf(const HttpRequest &request) const
    {
        const QByteArray header = request.header("Authorization");
        if (!header.startsWith("Bearer "))
            return std::nullopt;
        const auto it = m_tokens.constFind(header.mid(7));
        return it == m_tokens.constEnd() ? std::nullopt : std::optional<Role>(Role(*it));
    }

    void addRoutes()
    {
        m_http.route(
            "POST", QStringLiteral("/api/v1/session"), [this](const HttpRequest &request, HttpResponder r) {
                const QString user =
                    QJsonDocument::fromJson(request.body).object().value(QStringLiteral("user")).toString();
                const QByteArray token = "lookup-" + QByteArray::number(m_tokens.size() + 1);
                m_tokens.insert(token, m_nextRole.id());
                r.respond(
                    HttpResponse::json(200, QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                                        {QStringLiteral("user"), user},
                                                        {QStringLiteral("role"), m_nextRole.key()},
                                                        {QStringLiteral("region"), QStringLiteral("469001")},
                                                        {QStringLiteral("daysLeft"), 80}}));
            });
        m_http.route(
            "GET", QStringLiteral("/api/v1/permits/search"),
            [this](const HttpRequest &request, HttpResponder r) {
                seen.append({request.path, request.query});
                const std::optional<Role> role = roleOf(request);
                if (!role) {
                    r.respond(HttpResponse::error(401, QStringLiteral("unauthenticated"),
                                                  QStringLiteral("no session")));
                    return;
                }
                if (searchStatus != 0) {
                    r.respond(HttpResponse::error(searchStatus, QStringLiteral("unavailable"),
                                                  QStringLiteral("the registry is being rebuilt")));
                    return;
                }
                const bool reveal =
                    request.query.queryItemValue(QStringLiteral("reveal")) == QLatin1String("1");
                if (reveal && request.query.queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded)
                                  .trimmed()
                                  .isEmpty()) {
                    r.respond(HttpResponse::error(400, QStringLiteral("bad_request"),
                                                  QStringLiteral("reveal=1 needs a reason")));
                    return;
                }
                if (reveal && !role->can(Permission::RevealPersonalData)) {
                    r.respond(HttpResponse::error(
                        403, QStringLiteral("forbidden"),
                        QStringLiteral("role %1 may not reveal personal data").arg(role->key())));
                    return;
                }
                QJsonObject answer = searchAnswer;
                answer.insert(QStringLiteral("revealed"), reveal);
                if (reveal) {
                    QJsonArray hits = answer.value(QStringLiteral("hits")).toArray();
                    for (qsizetype i = 0; i < hits.size(); ++i) {
                        QJsonObject hit = hits.at(i).toObject();
                        QJsonObject permit = hit.value(QStringLiteral("permit")).toObject();
                        const auto clear =
                            clearDriver.constFind(permit.value(QStringLiteral("certificate")).toString());
                        if (clear != clearDriver.constEnd()) {
                            for (auto it = clear->constBegin(); it != clear->constEnd(); ++it)
                                permit.insert(it.key(), it.value());
                        }
                        hit.insert(QStringLiteral("permit"), permit);
                        hits[i] = hit;
                    }
                    answer.insert(QStringLiteral("hits"), hits);
                }
                r.respond(HttpResponse::json(200, answer));
            });
        m_http.route("GET", QStringLiteral("/api/v1/conduct"),
                     [this](const HttpRequest &request, HttpResponder r) {
                         seen.append({request.path, request.query});
                         if (!roleOf(request)) {
                             r.respond(HttpResponse::error(401, QStringLiteral("unauthenticated"),
                                                           QStringLiteral("no session")));
                             return;
                         }
                         const QString plate =
                             request.query.queryItemValue(QStringLiteral("plate"), QUrl::FullyDecoded);
                         const QString driver =
                             request.query.queryItemValue(QStringLiteral("driver"), QUrl::FullyDecoded);
                         const QString key = plate.isEmpty() ? QStringLiteral("driver:") + driver
                                                             : QStringLiteral("plate:") + plate;
                         const auto it = conduct.constFind(key);
                         if (it == conduct.constEnd()) {
                             r.respond(HttpResponse::error(404, QStringLiteral("not_found"),
                                                           QStringLiteral("no record of %1").arg(key)));
                             return;
                         }
                         r.respond(HttpResponse::json(200, *it));
                     });
    }

    HttpServer m_http;
    SelfSignedCertificate m_identity;
    QHash<QByteArray, Role::Id> m_tokens;
    Role m_nextRole = Role::EnforcementOfficer;
};

} // namespace rw::lookuptest
