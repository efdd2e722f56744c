#include "accountsapi.h"

#include "apiauth.h"
#include "domain/clock.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "security/accountstore.h"
#include "security/loginthrottle.h"
#include "security/totp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rw {

namespace {

const QString Prefix = QStringLiteral("/api/v1/accounts/");

QJsonValue timeJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject accountJson(const Account &account, const QDateTime &now)
{
    const bool locked = account.attempts.lockedUntil.isValid() && now < account.attempts.lockedUntil;
    return QJsonObject{
        {QStringLiteral("user"), account.userName},
        {QStringLiteral("displayName"), account.displayName},
        {QStringLiteral("role"), account.role.key()},
        {QStringLiteral("region"),
         account.regionCode.isEmpty() ? QJsonValue() : QJsonValue(account.regionCode)},
        {QStringLiteral("disabled"), account.disabled},
        {QStringLiteral("mustChange"), account.mustChange},
        {QStringLiteral("failedCount"), account.attempts.failedCount},
        {QStringLiteral("lockedUntil"), locked ? timeJson(account.attempts.lockedUntil) : QJsonValue()},
        {QStringLiteral("passwordChangedAt"), timeJson(account.passwordChangedAt)},
        {QStringLiteral("createdAt"), timeJson(account.createdAt)},
    };
}

} // namespace

AccountsApi::AccountsApi(ApiAuth &auth)
    : m_auth(auth)
{}

void AccountsApi::registerRoutes(HttpServer &server)
{
    server.route(
        "GET", QStringLiteral("/api/v1/accounts"),
        [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ManageAccounts);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            AccountStore &store = m_auth.accounts().store();
            const QList<Account> accounts = store.list();
            if (!store.error().isEmpty()) {
                responder.respond(HttpResponse::error(503, QStringLiteral("unavailable"), store.error()));
                return;
            }
            const QDateTime now = m_auth.accounts().clock().now();
            QJsonArray rows;
            for (const Account &account : accounts)
                rows.append(accountJson(account, now));
            responder.respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("accounts"), rows}}));
        });

    server.route("POST", QStringLiteral("/api/v1/accounts"),
                 [this](const HttpRequest &request, HttpResponder responder) {
                     const ApiAuth::Result auth = m_auth.authorize(request, Permission::ManageAccounts);
                     if (!auth.allowed()) {
                         responder.respond(*auth.refusal);
                         return;
                     }
                     AccountService &accounts = m_auth.accounts();
                     const AccountService::Session &actor = *auth.session;
                     const QString peer = ApiAuth::peerOf(request);
                     const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                     const QString user = body.value(QStringLiteral("user")).toString();
                     const QString roleKey = body.value(QStringLiteral("role")).toString();
                     const QString region = body.value(QStringLiteral("region")).toString();
                     const auto refuse = [&](int status, const QString &code, const QString &message) {
                         accounts.audit(actor.userName, actor.role.key(), peer,
                                        QStringLiteral("account.create"), user, AuditEntry::Outcome::Failure,
                                        {{QStringLiteral("code"), code},
                                         {QStringLiteral("role"), roleKey},
                                         {QStringLiteral("region"), region}});
                         responder.respond(HttpResponse::error(status, code, message));
                     };
                     const auto role = Role::fromKey(roleKey);
                     if (!role) {
                         refuse(400, QStringLiteral("bad_request"),
                                tr("field \"role\": \"%1\" is not a role (cityOfficer, provincialSupervisor, "
                                   "enforcementOfficer, "
                                   "systemAdministrator, securityAdministrator, auditAdministrator)")
                                    .arg(roleKey));
                         return;
                     }
                     const QString password = AccountService::generatePassword();
                     const auto account = accounts.store().create(
                         user, body.value(QStringLiteral("displayName")).toString(), *role, region, password);
                     if (!account) {
                         refuse(400, QStringLiteral("bad_request"), accounts.store().error());
                         return;
                     }
                     if (!accounts.audit(
                             actor.userName, actor.role.key(), peer, QStringLiteral("account.create"),
                             account->userName, AuditEntry::Outcome::Success,
                             {{QStringLiteral("role"), role->key()}, {QStringLiteral("region"), region}})) {
                         accounts.store().setDisabled(account->id, true); // fail closed: no unaudited account
                         responder.respond(ApiAuth::auditUnavailable());
                         return;
                     }
                     // Administrators sign in with TOTP: they receive their authenticator key with the
                     // password.
                     QJsonObject reply{
                         {QStringLiteral("account"), accountJson(*account, m_auth.accounts().clock().now())},
                         {QStringLiteral("password"), password}};
                     if (accounts.policy().requiresTotp(*role)) {
                         const QByteArray secret = accounts.enrolTotp(account->id);
                         reply.insert(
                             QStringLiteral("totpUri"),
                             Totp(secret).provisioningUri(QStringLiteral("RideWatch"), account->userName));
                     }
                     responder.respond(HttpResponse::json(201, reply));
                 });

    server.routePrefix("POST", Prefix, [this](const HttpRequest &request, HttpResponder responder) {
        const QStringList parts = request.path.mid(Prefix.size()).split(QLatin1Char('/'));
        if (parts.size() != 2 || parts.at(0).isEmpty()) {
            responder.respond(HttpResponse::error(404, QStringLiteral("not_found"),
                                                  tr("no such account operation: %1").arg(request.path)));
            return;
        }
        const QString user = parts.at(0);
        const QString operation = parts.at(1);
        static const QHash<QString, QString> actions{
            {QStringLiteral("disable"), QStringLiteral("account.disable")},
            {QStringLiteral("enable"), QStringLiteral("account.enable")},
            {QStringLiteral("password-reset"), QStringLiteral("account.passwordReset")},
            {QStringLiteral("unlock"), QStringLiteral("account.unlock")}};
        if (!actions.contains(operation)) {
            responder.respond(HttpResponse::error(404, QStringLiteral("not_found"),
                                                  tr("no such account operation \"%1\" (disable, enable, "
                                                     "password-reset, unlock)")
                                                      .arg(operation)));
            return;
        }
        const QString action = actions.value(operation);
        const ApiAuth::Result auth =
            m_auth.authorize(request, operation == QStringLiteral("unlock") ? Permission::UnlockAccounts
                                                                            : Permission::ManageAccounts);
        if (!auth.allowed()) {
            responder.respond(*auth.refusal);
            return;
        }
        AccountService &accounts = m_auth.accounts();
        AccountStore &store = accounts.store();
        const AccountService::Session &actor = *auth.session;
        const QString peer = ApiAuth::peerOf(request);
        const auto finish = [&](AuditEntry::Outcome outcome, int status, const QJsonObject &reply,
                                const QString &code) {
            accounts.audit(actor.userName, actor.role.key(), peer, action, user, outcome,
                           code.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("code"), code}});
            responder.respond(HttpResponse::json(status, reply));
        };
        const auto fail = [&](AuditEntry::Outcome outcome, int status, const QString &code,
                              const QString &message) {
            finish(outcome, status,
                   QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                     {QStringLiteral("message"), message}}}},
                   code);
        };
        const auto account = store.find(user);
        if (!account) {
            fail(AuditEntry::Outcome::Failure, 404, QStringLiteral("not_found"),
                 tr("there is no account \"%1\"").arg(user));
            return;
        }
        bool ok = false;
        QJsonObject reply{{QStringLiteral("user"), account->userName}};
        if (operation == QStringLiteral("disable") || operation == QStringLiteral("enable")) {
            const bool disable = operation == QStringLiteral("disable");
            if (disable && account->id == actor.accountId) {
                fail(AuditEntry::Outcome::Denied, 409, QStringLiteral("own_account"),
                     tr("account %1 cannot disable itself").arg(actor.userName));
                return;
            }
            ok = store.setDisabled(account->id, disable);
            if (ok && disable)
                accounts.endSessionsOf(account->id);
            reply.insert(QStringLiteral("disabled"), disable);
        } else if (operation == QStringLiteral("password-reset")) {
            const QString password = AccountService::generatePassword();
            ok = store.setPassword(account->id, password, true);
            if (ok) {
                accounts.endSessionsOf(account->id);
                reply.insert(QStringLiteral("password"), password);
                reply.insert(QStringLiteral("mustChange"), true);
            }
        } else {
            ok = store.setAttemptState(account->id, LoginThrottle::unlocked());
            reply.insert(QStringLiteral("unlocked"), true);
        }
        if (!ok) {
            fail(AuditEntry::Outcome::Failure, 503, QStringLiteral("unavailable"), store.error());
            return;
        }
        finish(AuditEntry::Outcome::Success, 200, reply, {});
    });
}

} // namespace rw
