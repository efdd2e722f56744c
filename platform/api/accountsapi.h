#pragma once

#include <QCoreApplication>

namespace rw {

class ApiAuth;
class HttpServer;

/**
 * \brief /api/v1/accounts: the system administrator's account management (DESIGN §8), every
 * change audited ("account.create", "account.disable", "account.enable", "account.passwordReset",
 * "account.unlock"), refusals included.
 *
 *  - GET /api/v1/accounts → {"accounts":[{user, displayName, role, region, disabled, mustChange,
 *    lockedUntil, passwordChangedAt, createdAt}]} (Permission::ManageAccounts);
 *  - POST /api/v1/accounts {"user","displayName","role","region"} → 201 {"account", "password"}: a
 *    generated one-time password, shown once; the role and region are checked (Role::checkScope);
 *  - POST /api/v1/accounts/<user>/disable | /enable → 200 (disabling ends the account's sessions;
 *    nobody disables their own account);
 *  - POST /api/v1/accounts/<user>/password-reset → 200 {"password"}: a one-time password, change
 *    required at the next sign-in, sessions ended;
 *  - POST /api/v1/accounts/<user>/unlock → 200. Lifting a lockout is the security administrator's
 *    (Permission::UnlockAccounts), kept apart from the system administrator by MLPS 2.0 §8.1.5.
 */
class AccountsApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::AccountsApi)

public:
    explicit AccountsApi(ApiAuth &auth);

    void registerRoutes(HttpServer &server);

private:
    ApiAuth &m_auth;
};

} // namespace rw
