#pragma once

#include "accounts/accountservice.h"
#include "http/httpresponse.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rw {

struct HttpRequest;
class HttpResponder;
class PermissionTable;

/**
 * \brief The server-side access check of every /api/v1 request (DESIGN §4: the console's own checks
 * are only convenience): the session token, the session's state, a forced password change, the
 * route's permission and, for data, the account's region scope.
 *
 * The token travels as "Authorization: Bearer <token>". Refusals:
 *  - 401 unauthenticated: no token, or one that names no session (tampered, logged out, restarted);
 *  - 401 session_expired: older than the session limit (sign in again);
 *  - 401 session_locked: idle for the idle limit (GB/T 22239-2019 §8.1.4.1 b);
 *  - 403 password_change_required: everything but the password change until it is done;
 *  - 403 forbidden: the role lacks the route's permission (named in the message);
 *  - 403 out_of_scope: data outside the account's region.
 * Every refusal of a known session, and every unknown token, is audited (action "access").
 */
class ApiAuth
{
    Q_DECLARE_TR_FUNCTIONS(rw::ApiAuth)

public:
    struct Result
    {
        std::optional<AccountService::Session> session; //!< set when allowed
        QByteArray token;
        std::optional<HttpResponse> refusal; //!< set when refused: send it

        bool allowed() const { return session.has_value(); }
    };

    enum class MustChange { Refuse, Allow };

    explicit ApiAuth(AccountService &accounts);
    ApiAuth(AccountService &accounts, const PermissionTable &permissions);

    AccountService &accounts() { return m_accounts; }

    /**
     * Checks \a request: a valid active session (activity recorded), no pending password change
     * unless \a mustChange is Allow, and \a permission if given.
     */
    Result authorize(const HttpRequest &request, std::optional<Permission> permission,
                     MustChange mustChange = MustChange::Refuse);

    /** The same for \a token sent another way (the broker's "?token=" query parameter). */
    Result authorize(const QByteArray &token, const HttpRequest &request,
                     std::optional<Permission> permission, MustChange mustChange = MustChange::Refuse);

    /**
     * Whether \a session's role holds \a permission, without refusing or auditing anything: for routes
     * whose answer depends on it (the registry gives personal data in clear only to RevealPersonalData).
     */
    bool allows(const AccountService::Session &session, Permission permission) const;

    /** What a request asked about personal data: reveal=1 with a reason, or masked (the default). */
    struct Reveal
    {
        bool reveal = false;
        QString reason; //!< trimmed; recorded in the audit trail
    };
    /**
     * Reads "reveal=1&reason=…" (or reveal=true) of \a request (DESIGN §8: revealing personal data is a
     * role right and is audited). Without reveal: masked. With it: the reason must be given (else 400)
     * and the role must hold Permission::RevealPersonalData (else 403, audited by authorize()). Nothing,
     * after answering \a responder, when refused.
     */
    std::optional<Reveal> revealOf(const HttpRequest &request, HttpResponder &responder);

    /** Whether \a session may see data of \a regionCode (6, 9 or 12 digits). */
    static bool inScope(const AccountService::Session &session, QStringView regionCode);
    /** Nothing if \a regionCode is within \a session's scope; else a 403 out_of_scope (audited). */
    std::optional<HttpResponse> checkRegion(const AccountService::Session &session, const QString &regionCode,
                                            const HttpRequest &request);

    /**
     * A refusal of \a session's \a request for a reason only the route knows (a company outside the region,
     * say), audited like every other refusal.
     */
    HttpResponse refuse(const AccountService::Session &session, const HttpRequest &request, int status,
                        const QString &code, const QString &message)
    {
        return deny(&session, request, status, code, message);
    }

    /** The token of "Authorization: Bearer <token>"; empty if absent or another scheme. */
    static QByteArray bearerToken(const HttpRequest &request);
    /** "address:port" of the client, for the audit trail. */
    static QString peerOf(const HttpRequest &request);
    /**
     * 503 "unavailable" for a request whose audit record could not be written: nothing is answered
     * unaudited (L3-CES1-15). \a why: the refusal's words (default: the audit trail cannot be written).
     */
    static HttpResponse auditUnavailable(const QString &why = {});

private:
    HttpResponse deny(const AccountService::Session *session, const HttpRequest &request, int status,
                      const QString &code, const QString &message);

    AccountService &m_accounts;
    const PermissionTable &m_permissions;
};

} // namespace rw
