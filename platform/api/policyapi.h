#pragma once

#include "security/passwordpolicy.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rw {

class ApiAuth;
class Database;
class HttpServer;
class PolicyStore;

/**
 * \brief /api/v1/policy: the password, lockout and session policy, set by the security
 * administrator (DESIGN §8; GB/T 22239-2019 §8.1.5: the security administrator configures the
 * security policy) and in force at once, without a restart.
 *
 *  - GET /api/v1/policy → 200 {"policy": PasswordPolicy::toJson(), "bounds": {key: {"min","max"}},
 *    "updatedAt": ms | null, "updatedBy": user | null}. Any signed-in session, one whose password
 *    must change included: the forced-change dialog shows the rules from it.
 *  - PUT /api/v1/policy {"policy": {…}} (Permission::ManageSecurityPolicy) → 200 {"policy",
 *    "updatedAt", "updatedBy"}. Keys left out keep their current value ("version" too); an unknown
 *    key is refused. 400 policy_invalid (or bad_request for a body that is not {"policy": object})
 *    names every bad key and value; nothing is stored then.
 *
 * Every PUT that passed the permission check is audited as "policy.change" on target
 * "password_policy": on success with detail {"changed": {key: [old, new], …}}, in the same
 * transaction as the stored policy (no change without its record, L3-CES1-15); a refusal with
 * {"code", "problems"}. A role without the permission is refused (403) and audited by ApiAuth.
 */
class PolicyApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::PolicyApi)

public:
    static inline const QString AuditTarget = QStringLiteral("password_policy");

    /** \a db is the connection \a store and the audit trail write through. */
    PolicyApi(ApiAuth &auth, PolicyStore &store, Database &db);

    void registerRoutes(HttpServer &server);

    /** {key: {"min": n, "max": n}} for every whole-number setting (PasswordPolicy::ranges()). */
    static QJsonObject boundsJson();
    /** {key: [old, new]} for every toJson() key whose value differs between \a before and \a after. */
    static QJsonObject changes(const PasswordPolicy &before, const PasswordPolicy &after);

private:
    ApiAuth &m_auth;
    PolicyStore &m_store;
    Database &m_db;
};

} // namespace rw
