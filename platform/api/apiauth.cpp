#include "apiauth.h"

#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "security/permissiontable.h"

namespace rw {

ApiAuth::ApiAuth(AccountService &accounts)
    : ApiAuth(accounts, PermissionTable::builtIn())
{}

ApiAuth::ApiAuth(AccountService &accounts, const PermissionTable &permissions)
    : m_accounts(accounts)
    , m_permissions(permissions)
{}

bool ApiAuth::allows(const AccountService::Session &session, Permission permission) const
{
    return m_permissions.allows(session.role, permission);
}

QByteArray ApiAuth::bearerToken(const HttpRequest &request)
{
    const QByteArray value = request.header("Authorization").trimmed();
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    return value.mid(scheme.size()).trimmed();
}

HttpResponse ApiAuth::auditUnavailable(const QString &why)
{
    return HttpResponse::error(503, QStringLiteral("unavailable"),
                               why.isEmpty() ? tr("the audit trail cannot be written") : why);
}

QString ApiAuth::peerOf(const HttpRequest &request)
{
    return QStringLiteral("%1:%2").arg(request.peerAddress.toString()).arg(request.peerPort);
}

HttpResponse ApiAuth::deny(const AccountService::Session *session, const HttpRequest &request, int status,
                           const QString &code, const QString &message)
{
    const QString target = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    m_accounts.audit(session ? session->userName : QStringLiteral("anonymous"),
                     session ? session->role.key() : QString(), peerOf(request), QStringLiteral("access"),
                     target, AuditEntry::Outcome::Denied, {{QStringLiteral("code"), code}});
    return HttpResponse::error(status, code, message);
}

ApiAuth::Result ApiAuth::authorize(const HttpRequest &request, std::optional<Permission> permission,
                                   MustChange mustChange)
{
    return authorize(bearerToken(request), request, permission, mustChange);
}

ApiAuth::Result ApiAuth::authorize(const QByteArray &token, const HttpRequest &request,
                                   std::optional<Permission> permission, MustChange mustChange)
{
    Result result;
    result.token = token;
    if (result.token.isEmpty()) {
        result.refusal = deny(nullptr, request, 401, QStringLiteral("unauthenticated"),
                              tr("%1 %2 needs a session: send \"Authorization: Bearer <token>\" from POST "
                                 "/api/v1/session")
                                  .arg(QString::fromLatin1(request.method), request.path));
        return result;
    }
    const AccountService::SessionLookup lookup = m_accounts.touch(result.token);
    switch (lookup.state) {
    case AccountService::SessionState::Unknown:
        result.refusal =
            deny(nullptr, request, 401, QStringLiteral("unauthenticated"),
                 tr("The session token is not valid (signed out, expired or altered); sign in again."));
        return result;
    case AccountService::SessionState::Expired:
        result.refusal =
            deny(nullptr, request, 401, QStringLiteral("session_expired"),
                 tr("The session reached its limit of %n hour(s) (rule sessionLimitHours); sign in again.",
                    "", m_accounts.policy().sessionLimitHours));
        return result;
    case AccountService::SessionState::IdleLocked:
        result.refusal =
            deny(nullptr, request, 401, QStringLiteral("session_locked"),
                 tr("The session was idle for %n minute(s) (rule idleLockMinutes) and is locked; sign "
                    "in again.",
                    "", m_accounts.policy().idleLockMinutes));
        return result;
    case AccountService::SessionState::Active:
        break;
    }
    const AccountService::Session &session = lookup.session;
    if (session.mustChange && mustChange == MustChange::Refuse) {
        result.refusal = deny(&session, request, 403, QStringLiteral("password_change_required"),
                              tr("The password of %1 must be changed first: POST /api/v1/session/password")
                                  .arg(session.userName));
        return result;
    }
    if (permission && !m_permissions.allows(session.role, *permission)) {
        result.refusal = deny(&session, request, 403, QStringLiteral("forbidden"),
                              tr("Role %1 lacks permission %2 (%3) needed for %4 %5")
                                  .arg(session.role.key(), PermissionTable::permissionKey(*permission),
                                       PermissionTable::permissionName(*permission),
                                       QString::fromLatin1(request.method), request.path));
        return result;
    }
    result.session = session;
    return result;
}

std::optional<ApiAuth::Reveal> ApiAuth::revealOf(const HttpRequest &request, HttpResponder &responder)
{
    Reveal r;
    const QString reveal = request.query.queryItemValue(QStringLiteral("reveal"), QUrl::FullyDecoded);
    r.reveal = reveal == u"1" || reveal.compare(u"true", Qt::CaseInsensitive) == 0;
    if (!r.reveal)
        return r;
    r.reason = request.query.queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded).trimmed();
    if (r.reason.isEmpty()) {
        responder.respond(HttpResponse::error(400, QStringLiteral("bad_request"),
                                              tr("reveal=1 needs a reason=… saying why the personal data is "
                                                 "needed; it is recorded in the audit trail")));
        return std::nullopt;
    }
    const Result allowed = authorize(request, Permission::RevealPersonalData);
    if (!allowed.allowed()) {
        responder.respond(*allowed.refusal);
        return std::nullopt;
    }
    return r;
}

bool ApiAuth::inScope(const AccountService::Session &session, QStringView regionCode)
{
    return session.scope().covers(regionCode);
}

std::optional<HttpResponse> ApiAuth::checkRegion(const AccountService::Session &session,
                                                 const QString &regionCode, const HttpRequest &request)
{
    if (inScope(session, regionCode))
        return std::nullopt;
    return deny(&session, request, 403, QStringLiteral("out_of_scope"),
                tr("Region %1 lies outside the scope %2 of account %3")
                    .arg(regionCode, session.regionCode.isEmpty() ? tr("(none)") : session.regionCode,
                         session.userName));
}

} // namespace rw
