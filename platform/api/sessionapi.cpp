#include "sessionapi.h"

#include "apiauth.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "security/accountstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rw {

namespace {

using Outcome = AccountService::LoginOutcome;

std::optional<QJsonObject> readObject(const HttpRequest &request, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = SessionApi::tr("the body is not JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = SessionApi::tr("the body must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

QJsonObject sessionJson(const AccountService::Session &session, const PasswordExpiry &expiry)
{
    return QJsonObject{
        {QStringLiteral("user"), session.userName},
        {QStringLiteral("role"), session.role.key()},
        {QStringLiteral("region"),
         session.regionCode.isEmpty() ? QJsonValue() : QJsonValue(session.regionCode)},
        {QStringLiteral("passwordExpiresAt"), expiry.expiresAt.isValid()
                                                  ? QJsonValue(expiry.expiresAt.toString(Qt::ISODateWithMs))
                                                  : QJsonValue()},
        {QStringLiteral("daysLeft"), expiry.daysLeft},
        {QStringLiteral("mustChange"), session.mustChange},
    };
}

/** 423 account_locked, with the end of the lock for the console to show. */
HttpResponse lockedResponse(const QString &message, const QDateTime &lockedUntil)
{
    const QJsonObject error{{QStringLiteral("code"), QStringLiteral("account_locked")},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("lockedUntil"), lockedUntil.toString(Qt::ISODateWithMs)}};
    return HttpResponse::json(423, QJsonObject{{QStringLiteral("error"), error}});
}

} // namespace

SessionApi::SessionApi(ApiAuth &auth)
    : m_auth(auth)
{}

void SessionApi::registerRoutes(HttpServer &server)
{
    server.route(
        "POST", QStringLiteral("/api/v1/session"),
        [this](const HttpRequest &request, HttpResponder responder) {
            QString error;
            const auto body = readObject(request, &error);
            if (!body) {
                responder.respond(HttpResponse::error(400, QStringLiteral("bad_request"), error));
                return;
            }
            const QString user = body->value(QStringLiteral("user")).toString();
            const QString password = body->value(QStringLiteral("password")).toString();
            if (user.isEmpty() || password.isEmpty()) {
                responder.respond(
                    HttpResponse::error(400, QStringLiteral("bad_request"),
                                        tr("fields \"user\" and \"password\" are required strings")));
                return;
            }
            const auto result = m_auth.accounts().login(
                user, password, body->value(QStringLiteral("totp")).toString(), ApiAuth::peerOf(request));
            switch (result.outcome) {
            case Outcome::Ok:
            case Outcome::MustChangePassword: {
                QJsonObject reply = sessionJson(*result.session, result.expiry);
                reply.insert(QStringLiteral("token"), QString::fromLatin1(result.token));
                reply.insert(QStringLiteral("message"), result.message);
                responder.respond(HttpResponse::json(200, reply));
                return;
            }
            case Outcome::WrongCredentials:
                responder.respond(
                    HttpResponse::error(401, QStringLiteral("wrong_credentials"), result.message));
                return;
            case Outcome::TotpRequired:
                responder.respond(HttpResponse::error(401, QStringLiteral("totp_required"), result.message));
                return;
            case Outcome::TotpInvalid:
                responder.respond(HttpResponse::error(401, QStringLiteral("totp_invalid"), result.message));
                return;
            case Outcome::Disabled:
                responder.respond(
                    HttpResponse::error(403, QStringLiteral("account_disabled"), result.message));
                return;
            case Outcome::Locked: {
                responder.respond(lockedResponse(result.message, result.lockedUntil));
                return;
            }
            case Outcome::Unavailable:
                responder.respond(HttpResponse::error(503, QStringLiteral("unavailable"), result.message));
                return;
            }
        });

    server.route("GET", QStringLiteral("/api/v1/session"),
                 [this](const HttpRequest &request, HttpResponder responder) {
                     const ApiAuth::Result auth =
                         m_auth.authorize(request, std::nullopt, ApiAuth::MustChange::Allow);
                     if (!auth.allowed()) {
                         responder.respond(*auth.refusal);
                         return;
                     }
                     const auto account = m_auth.accounts().store().findById(auth.session->accountId);
                     const PasswordExpiry expiry =
                         account ? m_auth.accounts().expiryOf(*account) : PasswordExpiry();
                     responder.respond(HttpResponse::json(200, sessionJson(*auth.session, expiry)));
                 });

    server.route(
        "POST", QStringLiteral("/api/v1/session/password"),
        [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, std::nullopt, ApiAuth::MustChange::Allow);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            QString error;
            const auto body = readObject(request, &error);
            if (!body) {
                responder.respond(HttpResponse::error(400, QStringLiteral("bad_request"), error));
                return;
            }
            const auto result = m_auth.accounts().changePassword(
                auth.token, body->value(QStringLiteral("current")).toString(),
                body->value(QStringLiteral("new")).toString(), ApiAuth::peerOf(request));
            switch (result.outcome) {
            case AccountService::ChangeOutcome::Ok:
                responder.respond(
                    HttpResponse::json(200, QJsonObject{{QStringLiteral("changed"), true},
                                                        {QStringLiteral("message"), result.message}}));
                return;
            case AccountService::ChangeOutcome::Rejected: {
                QJsonArray failures;
                for (const PasswordRuleFailure &failure : result.failures)
                    failures.append(
                        QJsonObject{{QStringLiteral("rule"), PasswordRuleFailure::ruleKey(failure.rule)},
                                    {QStringLiteral("message"), failure.message}});
                const QJsonObject error{{QStringLiteral("code"), QStringLiteral("password_rejected")},
                                        {QStringLiteral("message"), result.message},
                                        {QStringLiteral("failures"), failures}};
                responder.respond(HttpResponse::json(400, QJsonObject{{QStringLiteral("error"), error}}));
                return;
            }
            case AccountService::ChangeOutcome::WrongPassword:
                responder.respond(HttpResponse::error(403, QStringLiteral("wrong_password"), result.message));
                return;
            case AccountService::ChangeOutcome::NoSession:
                responder.respond(
                    HttpResponse::error(401, QStringLiteral("unauthenticated"), result.message));
                return;
            case AccountService::ChangeOutcome::Unavailable:
                responder.respond(HttpResponse::error(503, QStringLiteral("unavailable"), result.message));
                return;
            }
        });

    server.route(
        "POST", QStringLiteral("/api/v1/session/unlock"),
        [this](const HttpRequest &request, HttpResponder responder) {
            // Not authorize(): an idle-locked session is exactly what may come here.
            QString error;
            const auto body = readObject(request, &error);
            if (!body) {
                responder.respond(HttpResponse::error(400, QStringLiteral("bad_request"), error));
                return;
            }
            const auto result = m_auth.accounts().unlockSession(
                ApiAuth::bearerToken(request), body->value(QStringLiteral("password")).toString(),
                ApiAuth::peerOf(request));
            using Unlock = AccountService::UnlockOutcome;
            switch (result.outcome) {
            case Unlock::Ok:
                responder.respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("unlocked"), true}}));
                return;
            case Unlock::NoSession:
                responder.respond(
                    HttpResponse::error(401, QStringLiteral("unauthenticated"), result.message));
                return;
            case Unlock::WrongPassword:
                responder.respond(HttpResponse::error(403, QStringLiteral("wrong_password"), result.message));
                return;
            case Unlock::Locked: {
                responder.respond(lockedResponse(result.message, result.lockedUntil));
                return;
            }
            case Unlock::Unavailable:
                responder.respond(HttpResponse::error(503, QStringLiteral("unavailable"), result.message));
                return;
            }
        });

    server.route(
        "DELETE", QStringLiteral("/api/v1/session"),
        [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, std::nullopt, ApiAuth::MustChange::Allow);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            m_auth.accounts().logout(auth.token, ApiAuth::peerOf(request));
            responder.respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("signedOut"), true}}));
        });
}

} // namespace rw
