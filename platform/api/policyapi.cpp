#include "policyapi.h"

#include "apiauth.h"
#include "domain/clock.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "security/policystore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rw {

namespace {

QJsonValue msOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toMSecsSinceEpoch()) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

PolicyApi::PolicyApi(ApiAuth &auth, PolicyStore &store, Database &db)
    : m_auth(auth)
    , m_store(store)
    , m_db(db)
{}

QJsonObject PolicyApi::boundsJson()
{
    QJsonObject bounds;
    for (const PasswordPolicy::Range &range : PasswordPolicy::ranges())
        bounds.insert(range.key, QJsonObject{{QStringLiteral("min"), range.minimum},
                                             {QStringLiteral("max"), range.maximum}});
    return bounds;
}

QJsonObject PolicyApi::changes(const PasswordPolicy &before, const PasswordPolicy &after)
{
    const QJsonObject old = before.toJson();
    const QJsonObject now = after.toJson();
    QJsonObject changed;
    for (const QString &key : PasswordPolicy::keys()) {
        if (old.value(key) != now.value(key))
            changed.insert(key, QJsonArray{old.value(key), now.value(key)});
    }
    return changed;
}

void PolicyApi::registerRoutes(HttpServer &server)
{
    server.route(
        "GET", QStringLiteral("/api/v1/policy"), [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, std::nullopt, ApiAuth::MustChange::Allow);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const std::optional<PolicyStore::Stored> stored = m_store.load();
            if (!stored && m_store.error().isError()) {
                responder.respond(
                    HttpResponse::error(503, QStringLiteral("unavailable"), m_store.error().toString()));
                return;
            }
            responder.respond(HttpResponse::json(
                200, QJsonObject{
                         {QStringLiteral("policy"), m_auth.accounts().policy().toJson()},
                         {QStringLiteral("bounds"), boundsJson()},
                         {QStringLiteral("updatedAt"), stored ? msOrNull(stored->updatedAt) : QJsonValue()},
                         {QStringLiteral("updatedBy"), stored ? textOrNull(stored->updatedBy) : QJsonValue()},
                     }));
        });

    server.route(
        "PUT", QStringLiteral("/api/v1/policy"), [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ManageSecurityPolicy);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            AccountService &accounts = m_auth.accounts();
            const AccountService::Session &actor = *auth.session;
            const QString peer = ApiAuth::peerOf(request);
            const QString action = QStringLiteral("policy.change");
            const auto refuse = [&](int status, const QString &code, const QString &message) {
                accounts.audit(actor.userName, actor.role.key(), peer, action, AuditTarget,
                               AuditEntry::Outcome::Failure,
                               {{QStringLiteral("code"), code}, {QStringLiteral("problems"), message}});
                responder.respond(HttpResponse::error(status, code, message));
            };

            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                refuse(400, QStringLiteral("bad_request"),
                       tr("the body is not JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
                return;
            }
            const QJsonValue policyValue = document.object().value(QStringLiteral("policy"));
            if (!document.isObject() || !policyValue.isObject()) {
                refuse(400, QStringLiteral("bad_request"),
                       tr("the body must be {\"policy\": {…}} with the policy as a JSON object"));
                return;
            }

            // What is left out keeps its current value: a console that sends only what it edits cannot
            // reset the rest to the defaults by accident.
            const PasswordPolicy before = accounts.policy();
            QJsonObject merged = before.toJson();
            QStringList problems;
            const QJsonObject sent = policyValue.toObject();
            const QStringList known = PasswordPolicy::keys();
            for (auto it = sent.begin(); it != sent.end(); ++it) {
                if (!known.contains(it.key())) {
                    problems.append(tr("password policy: %1 is not a setting (known: %2)")
                                        .arg(it.key(), known.mid(1).join(QStringLiteral(", "))));
                    continue;
                }
                merged.insert(it.key(), it.value());
            }
            QString invalid;
            const std::optional<PasswordPolicy> after = PasswordPolicy::fromJson(merged, &invalid);
            if (!after)
                problems.append(invalid);
            if (!problems.isEmpty()) {
                refuse(400, QStringLiteral("policy_invalid"), problems.join(QStringLiteral("; ")));
                return;
            }

            // The stored policy and its audit record commit together, or neither does.
            const QDateTime now = accounts.clock().now();
            const QJsonObject changed = changes(before, *after);
            {
                Transaction transaction(m_db);
                const bool stored = transaction.isActive() && m_store.save(*after, actor.userName, now);
                const bool audited = stored && accounts.audit(actor.userName, actor.role.key(), peer, action,
                                                              AuditTarget, AuditEntry::Outcome::Success,
                                                              {{QStringLiteral("changed"), changed}});
                if (!audited || !transaction.commit()) {
                    const QString why = !transaction.isActive() ? transaction.error().toString()
                                        : !stored               ? m_store.error().toString()
                                        : !audited              ? tr("the audit trail cannot be written")
                                                                : transaction.error().toString();
                    transaction.rollback();
                    refuse(503, QStringLiteral("unavailable"), tr("the policy was not changed: %1").arg(why));
                    return;
                }
            }
            accounts.setPolicy(*after);
            responder.respond(
                HttpResponse::json(200, QJsonObject{{QStringLiteral("policy"), after->toJson()},
                                                    {QStringLiteral("updatedAt"), msOrNull(now)},
                                                    {QStringLiteral("updatedBy"), actor.userName}}));
        });
}

} // namespace rw
