#pragma once

// QualityContractFixture: the platform's side of /api/v1/quality (docs/quality-contracts.md) for as long as
// the platform's QualityApi is on another branch: HTTPS on 127.0.0.1 with its own certificate, a sign-in that
// hands out a token for the role asked, the replies of qualitytestsupport.h, the review rules of the contract
// (publishQualityReports: the provincial supervisor; publishing needs a review first; a published period is
// reviewed again only with a new comment), and every request recorded.

#include "qualitytestsupport.h"

#include "client/certificatepin.h"
#include "client/platformclient.h"
#include "quality/qualityjsonreader.h"

#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "security/role.h"
#include "security/selfsignedcertificate.h"

#include <QHash>
#include <QSignalSpy>

#include <optional>

namespace rw::qualitytest {

class QualityContractFixture
{
public:
    struct Seen
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QJsonObject body;
        QString value(const char *key) const
        {
            return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        }
    };

    QualityContractFixture()
    {
        QString error;
        m_identity = SelfSignedCertificate::generate({}, &error);
        if (m_identity.isNull())
            qWarning("quality fixture: %s", qPrintable(error));
        m_http.setSslConfiguration(m_identity.serverConfiguration());
        review = scoresJson().value(QStringLiteral("review")).toObject();
        addRoutes();
    }

    bool start() { return !m_identity.isNull() && m_http.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_http.serverPort())); }

    /** Signs \a client in as \a role (any password). */
    bool signIn(PlatformClient &client, Role role, const QString &user = QStringLiteral("demo.province"))
    {
        client.setBaseUrl(baseUrl());
        client.setPinnedFingerprint(CertificatePin::fingerprintOf(m_identity.certificate()));
        QSignalSpy signedIn(&client, &PlatformClient::signedIn);
        m_nextRole = role;
        client.login(user, QStringLiteral("any"));
        return signedIn.wait(10000);
    }

    // --- what the tests set and look at ---
    QJsonObject review;           //!< the period's review, as /scores reports it and PUT changes it
    int scoresStatus = 0;         //!< not 0: /scores answers with this status
    bool malformedScores = false; //!< /scores answers with a rate of 1.5
    QList<Seen> seen;

    int seenOf(const QString &prefix) const
    {
        int n = 0;
        for (const Seen &s : seen)
            n += s.path.startsWith(prefix) ? 1 : 0;
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

    /** Records the request; answers 401 and returns nothing without a session. */
    std::optional<Role> enter(const HttpRequest &request, HttpResponder &r)
    {
        seen.append(
            {request.method, request.path, request.query, QJsonDocument::fromJson(request.body).object()});
        const auto role = roleOf(request);
        if (!role)
            r.respond(
                HttpResponse::error(401, QStringLiteral("unauthenticated"), QStringLiteral("no session")));
        return role;
    }

    void addRoutes()
    {
        m_http.route(
            "POST", QStringLiteral("/api/v1/session"), [this](const HttpRequest &request, HttpResponder r) {
                const QString user =
                    QJsonDocument::fromJson(request.body).object().value(QStringLiteral("user")).toString();
                const QByteArray token = "quality-" + QByteArray::number(m_tokens.size() + 1);
                m_tokens.insert(token, m_nextRole.id());
                const QString region = m_nextRole.id() == Role::ProvincialSupervisor
                                           ? QStringLiteral("460000")
                                           : QStringLiteral("469001");
                r.respond(
                    HttpResponse::json(200, QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                                        {QStringLiteral("user"), user},
                                                        {QStringLiteral("role"), m_nextRole.key()},
                                                        {QStringLiteral("region"), region},
                                                        {QStringLiteral("daysLeft"), 80}}));
            });
        m_http.route("GET", QStringLiteral("/api/v1/quality/scores"),
                     [this](const HttpRequest &request, HttpResponder r) {
                         if (!enter(request, r))
                             return;
                         if (scoresStatus != 0) {
                             r.respond(HttpResponse::error(
                                 scoresStatus, QStringLiteral("out_of_scope"),
                                 QStringLiteral("region 110000 lies outside your scope 460000")));
                             return;
                         }
                         const QString period = request.query.queryItemValue(QStringLiteral("period"));
                         QJsonObject json = scoresJson();
                         json.insert(QStringLiteral("review"), review);
                         if (period != QLatin1String("2026-11")) {
                             if (!QualityJsonReader::parsePeriod(period)) {
                                 r.respond(HttpResponse::error(
                                     400, QStringLiteral("bad_request"),
                                     QStringLiteral("period \"%1\" is not yyyy-mm or yyyy").arg(period)));
                                 return;
                             }
                             json.insert(QStringLiteral("period"), period);
                             json.insert(QStringLiteral("kind"), period.size() == 4
                                                                     ? QStringLiteral("year")
                                                                     : QStringLiteral("month"));
                         }
                         if (malformedScores)
                             json = with(json, QStringLiteral("companies[0].rates.timeliness"), 1.5);
                         r.respond(HttpResponse::json(200, json));
                     });
        m_http.route("GET", QStringLiteral("/api/v1/quality/trend"),
                     [this](const HttpRequest &request, HttpResponder r) {
                         if (!enter(request, r))
                             return;
                         r.respond(HttpResponse::json(
                             200, trendJson(request.query.queryItemValue(QStringLiteral("year")).toInt())));
                     });
        m_http.route(
            "GET", QStringLiteral("/api/v1/quality/violations"),
            [this](const HttpRequest &request, HttpResponder r) {
                if (!enter(request, r))
                    return;
                QJsonObject json = violationsJson();
                json.insert(QStringLiteral("companyId"),
                            request.query.queryItemValue(QStringLiteral("company"), QUrl::FullyDecoded));
                json.insert(QStringLiteral("period"), request.query.queryItemValue(QStringLiteral("period")));
                r.respond(HttpResponse::json(200, json));
            });
        m_http.routePrefix(
            "GET", QStringLiteral("/api/v1/quality/records/"),
            [this](const HttpRequest &request, HttpResponder r) {
                if (!enter(request, r))
                    return;
                if (request.path != QLatin1String("/api/v1/quality/records/positionVehicle/42")) {
                    r.respond(HttpResponse::error(404, QStringLiteral("not_found"), request.path));
                    return;
                }
                r.respond(HttpResponse::json(200, recordJson()));
            });
        m_http.routePrefix("GET", QStringLiteral("/api/v1/quality/quarantine/"),
                           [this](const HttpRequest &request, HttpResponder r) {
                               if (!enter(request, r))
                                   return;
                               r.respond(HttpResponse::json(200, quarantineJson()));
                           });
        m_http.routePrefix(
            "PUT", QStringLiteral("/api/v1/quality/reviews/"),
            [this](const HttpRequest &request, HttpResponder r) {
                const auto role = enter(request, r);
                if (!role)
                    return;
                if (role->id() != Role::ProvincialSupervisor) {
                    r.respond(HttpResponse::error(403, QStringLiteral("forbidden"),
                                                  QStringLiteral("publishQualityReports needed")));
                    return;
                }
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                const QString status = body.value(QStringLiteral("status")).toString();
                const QString comment = body.value(QStringLiteral("comment")).toString();
                const QString current = review.value(QStringLiteral("status")).toString();
                if (status == QLatin1String("published") && current != QLatin1String("reviewed")) {
                    r.respond(HttpResponse::error(409, QStringLiteral("not_reviewed"),
                                                  QStringLiteral("review the period before publishing")));
                    return;
                }
                if (status == QLatin1String("reviewed") && current == QLatin1String("published") &&
                    (comment.isEmpty() || comment == review.value(QStringLiteral("comment")).toString())) {
                    r.respond(HttpResponse::error(409, QStringLiteral("comment_required"),
                                                  QStringLiteral("a new comment is needed")));
                    return;
                }
                review.insert(QStringLiteral("status"), status);
                review.insert(QStringLiteral("comment"), comment);
                if (status == QLatin1String("reviewed")) {
                    review.insert(QStringLiteral("reviewedBy"), QStringLiteral("demo.province"));
                    review.insert(QStringLiteral("reviewedAt"), qint64(1793700000000));
                } else {
                    review.insert(QStringLiteral("publishedBy"), QStringLiteral("demo.province"));
                    review.insert(QStringLiteral("publishedAt"), qint64(1793703600000));
                }
                r.respond(HttpResponse::json(200, review));
            });
    }

    HttpServer m_http;
    SelfSignedCertificate m_identity;
    QHash<QByteArray, Role::Id> m_tokens;
    Role m_nextRole = Role::ProvincialSupervisor;
};

} // namespace rw::qualitytest
