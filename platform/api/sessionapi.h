#pragma once

#include <QCoreApplication>

namespace rw {

class ApiAuth;
class HttpServer;

/**
 * \brief /api/v1/session: sign-in, who-am-I, password change and sign-out (DESIGN §4, §8).
 *
 *  - POST /api/v1/session {"user","password","totp"} → 200 {"token","user","role","region",
 *    "passwordExpiresAt","daysLeft","mustChange","message"}; 401 wrong_credentials / totp_required /
 *    totp_invalid, 403 account_disabled, 423 account_locked (with "lockedUntil"), 400 bad_request,
 *    503 unavailable. Unknown users and wrong passwords get the same answer.
 *  - GET /api/v1/session → the session's account (allowed while a password change is pending).
 *  - POST /api/v1/session/password {"current","new"} → 200; 400 password_rejected with "failures"
 *    [{"rule","message"}], 403 wrong_password. The only call allowed while mustChange.
 *  - POST /api/v1/session/unlock {"password"} → 200: unlocks an idle-locked session; 403 wrong_password
 *    (counts towards the lockout), 423 account_locked (the session ended), 401 unauthenticated.
 *  - DELETE /api/v1/session → 200 (signed out).
 */
class SessionApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::SessionApi)

public:
    explicit SessionApi(ApiAuth &auth);

    void registerRoutes(HttpServer &server);

private:
    ApiAuth &m_auth;
};

} // namespace rw
