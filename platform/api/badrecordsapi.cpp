#include "badrecordsapi.h"

#include "apiauth.h"
#include "badrecords/badrecordstore.h"
#include "domain/clock.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "permits/permitstore.h"
#include "permits/personaldatamask.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QString kPrefix = u"/api/v1/badrecords/"_s;

QString queryValue(const HttpRequest &request, const QString &name)
{
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

/** The subject as the audit trail names it: a plate in clear, a licence masked. */
QString auditTarget(const BadRecord &r)
{
    return r.subject == BadRecord::Subject::Vehicle ? r.plate : PersonalDataMask::licence(r.licence);
}

/** The JSON object of the request's body; nothing, after answering 400, if it is not one. */
std::optional<QJsonObject> bodyOf(const HttpRequest &request, HttpResponder &responder)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        responder.respond(HttpResponse::error(
            400, u"bad_request"_s,
            BadRecordsApi::tr("the body must be a JSON object: %1")
                .arg(error.error != QJsonParseError::NoError
                         ? BadRecordsApi::tr("%1 at offset %2").arg(error.errorString()).arg(error.offset)
                         : BadRecordsApi::tr("it is not an object"))));
        return std::nullopt;
    }
    return document.object();
}

int statusOf(BadRecordStore::Failure failure)
{
    switch (failure) {
    case BadRecordStore::Failure::Invalid:
        return 400;
    case BadRecordStore::Failure::Conflict:
    case BadRecordStore::Failure::AlreadyRemoved:
        return 409;
    case BadRecordStore::Failure::NotFound:
        return 404;
    case BadRecordStore::Failure::None:
    case BadRecordStore::Failure::Audit:
    case BadRecordStore::Failure::Database:
        break;
    }
    return 503;
}

QString codeOf(BadRecordStore::Failure failure)
{
    switch (failure) {
    case BadRecordStore::Failure::Invalid:
        return u"bad_request"_s;
    case BadRecordStore::Failure::Conflict:
    case BadRecordStore::Failure::AlreadyRemoved:
        return u"conflict"_s;
    case BadRecordStore::Failure::NotFound:
        return u"not_found"_s;
    case BadRecordStore::Failure::None:
    case BadRecordStore::Failure::Audit:
    case BadRecordStore::Failure::Database:
        break;
    }
    return u"unavailable"_s;
}

} // namespace

BadRecordsApi::BadRecordsApi(ApiAuth &auth, Database &db, BadRecordStore &store)
    : m_auth(auth)
    , m_db(db)
    , m_store(store)
{}

QJsonObject BadRecordsApi::toJson(const BadRecord &record, bool reveal)
{
    return reveal ? record.toJson() : record.masked().toJson();
}

void BadRecordsApi::registerRoutes(HttpServer &server)
{
    server.route("GET", u"/api/v1/badrecords"_s, [this](const HttpRequest &request, HttpResponder responder) {
        const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewOperationalData);
        if (!auth.allowed()) {
            responder.respond(*auth.refusal);
            return;
        }
        const std::optional<ApiAuth::Reveal> reveal = m_auth.revealOf(request, responder);
        if (!reveal)
            return;
        const QString activeText = queryValue(request, u"active"_s);
        if (!activeText.isEmpty() && activeText != u"0" && activeText != u"1") {
            responder.respond(HttpResponse::error(
                400, u"bad_request"_s,
                tr("active=\"%1\" must be 1 (active entries only) or 0 (all)").arg(activeText)));
            return;
        }
        const bool activeOnly = activeText == u"1";
        const AccountService::Session &actor = *auth.session;
        const QList<BadRecord> records = m_store.list(actor.scope(), activeOnly);
        if (m_store.error().isError()) {
            responder.respond(HttpResponse::error(503, u"unavailable"_s, m_store.error().toString()));
            return;
        }
        QJsonArray list;
        for (const BadRecord &r : records)
            list.append(toJson(r, reveal->reveal));
        QJsonObject detail{
            {u"active"_s, activeOnly}, {u"entries"_s, records.size()}, {u"revealed"_s, reveal->reveal}};
        if (reveal->reveal)
            detail.insert(u"reason"_s, reveal->reason);
        if (!m_auth.accounts().audit(actor.userName, actor.role.key(), ApiAuth::peerOf(request),
                                     u"badrecords.list"_s, actor.regionCode, AuditEntry::Outcome::Success,
                                     detail)) {
            responder.respond(ApiAuth::auditUnavailable(
                tr("the lookup cannot be recorded in the audit trail, so it is not answered")));
            return;
        }
        responder.respond(HttpResponse::json(
            200, QJsonObject{{u"asOf"_s, BadRecord::momentJson(m_auth.accounts().clock().now())},
                             {u"badRecords"_s, list},
                             {u"revealed"_s, reveal->reveal}}));
    });

    server.route(
        "POST", u"/api/v1/badrecords"_s, [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ManageCityPermits);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const std::optional<ApiAuth::Reveal> reveal = m_auth.revealOf(request, responder);
            if (!reveal)
                return;
            const std::optional<QJsonObject> body = bodyOf(request, responder);
            if (!body)
                return;
            const AccountService::Session &actor = *auth.session;
            AccountService &accounts = m_auth.accounts();
            const QString peer = ApiAuth::peerOf(request);
            const auto refuse = [&](int status, const QString &code, const QString &message,
                                    const QString &target) {
                accounts.audit(actor.userName, actor.role.key(), peer, u"badrecords.add"_s, target,
                               AuditEntry::Outcome::Failure, {{u"code"_s, code}});
                responder.respond(HttpResponse::error(status, code, message));
            };

            const QString subjectText = body->value(u"subject"_s).toString();
            const std::optional<BadRecord::Subject> subject = BadRecord::subjectFromKey(subjectText);
            if (!subject) {
                refuse(400, u"bad_request"_s,
                       tr("field \"subject\": \"%1\" is not \"vehicle\" or \"driver\"").arg(subjectText), {});
                return;
            }
            BadRecord draft;
            draft.subject = *subject;
            draft.regionCode = actor.regionCode; // Art. 34: the city's own list
            const QString keyField = *subject == BadRecord::Subject::Vehicle ? u"plate"_s : u"licence"_s;
            const QString otherField = *subject == BadRecord::Subject::Vehicle ? u"licence"_s : u"plate"_s;
            const QJsonValue key = body->value(keyField);
            if (!key.isString()) {
                refuse(400, u"bad_request"_s,
                       tr("field \"%1\": a %2 is listed by its %1, given as a string")
                           .arg(keyField, subjectText),
                       {});
                return;
            }
            if (!body->value(otherField).toString().isEmpty()) {
                refuse(400, u"bad_request"_s,
                       tr("field \"%1\" does not belong to a %2 entry; give \"%3\" only")
                           .arg(otherField, subjectText, keyField),
                       {});
                return;
            }
            draft.plate = *subject == BadRecord::Subject::Vehicle ? key.toString() : QString();
            draft.licence = *subject == BadRecord::Subject::Driver ? key.toString() : QString();
            const QJsonValue reason = body->value(u"reason"_s);
            if (!reason.isString() || reason.toString().trimmed().isEmpty()) {
                refuse(
                    400, u"bad_request"_s,
                    tr("field \"reason\": an entry on the bad-record list needs a reason (seed 002 Art. 34)"),
                    {});
                return;
            }
            draft.reason = reason.toString();
            const QJsonValue until = body->value(u"until"_s);
            if (!until.isNull() && !until.isUndefined()) {
                draft.until = QDate::fromString(until.toString(), Qt::ISODate);
                if (!until.isString() || !draft.until.isValid()) {
                    refuse(400, u"bad_request"_s,
                           tr("field \"until\": \"%1\" is not a date YYYY-MM-DD (or null for no end)")
                               .arg(until.isString() ? until.toString() : until.toVariant().toString()),
                           {});
                    return;
                }
            }
            draft.addedBy = actor.userName;
            // The permit registry names the subject, where it knows it (the list page shows whom it is
            // about).
            PermitStore permits(m_db, accounts.clock());
            if (*subject == BadRecord::Subject::Vehicle) {
                for (const VehiclePermit &p :
                     permits.vehiclesByPlate(BadRecord::normalisedPlate(draft.plate))) {
                    if (ApiAuth::inScope(actor, p.regionCode)) {
                        draft.certificate = p.certificate;
                        break;
                    }
                }
            } else {
                for (const DriverPermit &p : permits.driversByLicence(draft.licence.trimmed())) {
                    if (ApiAuth::inScope(actor, p.regionCode)) {
                        draft.certificate = p.certificate;
                        draft.name = p.name;
                        break;
                    }
                }
            }
            const auto audit = [&](const BadRecord &r) {
                QJsonObject detail{{u"id"_s, r.id},
                                   {u"subject"_s, BadRecord::subjectKey(r.subject)},
                                   {u"region"_s, r.regionCode},
                                   {u"reason"_s, r.reason},
                                   {u"until"_s, r.until.isValid() ? QJsonValue(r.until.toString(Qt::ISODate))
                                                                  : QJsonValue()}};
                return accounts.audit(actor.userName, actor.role.key(), peer, u"badrecords.add"_s,
                                      auditTarget(r), AuditEntry::Outcome::Success, detail);
            };
            const std::optional<BadRecord> added = m_store.add(draft, audit);
            if (!added) {
                const BadRecordStore::Failure failure = m_store.failure();
                if (failure == BadRecordStore::Failure::Audit) {
                    responder.respond(ApiAuth::auditUnavailable(m_store.message()));
                    return;
                }
                refuse(statusOf(failure), codeOf(failure), m_store.message(), auditTarget(draft));
                return;
            }
            responder.respond(HttpResponse::json(201, toJson(*added, reveal->reveal)));
        });

    server.routePrefix("POST", kPrefix, [this](const HttpRequest &request, HttpResponder responder) {
        const QStringList parts = request.path.mid(kPrefix.size()).split(u'/');
        bool idOk = false;
        const qint64 id = parts.value(0).toLongLong(&idOk);
        if (parts.size() != 2 || parts.at(1) != u"remove" || !idOk || id <= 0) {
            responder.respond(HttpResponse::error(
                404, u"not_found"_s,
                tr("no such bad-record operation: %1 (POST /api/v1/badrecords/<id>/remove)")
                    .arg(request.path)));
            return;
        }
        const ApiAuth::Result auth = m_auth.authorize(request, Permission::ManageCityPermits);
        if (!auth.allowed()) {
            responder.respond(*auth.refusal);
            return;
        }
        const std::optional<ApiAuth::Reveal> reveal = m_auth.revealOf(request, responder);
        if (!reveal)
            return;
        const std::optional<QJsonObject> body = bodyOf(request, responder);
        if (!body)
            return;
        const AccountService::Session &actor = *auth.session;
        AccountService &accounts = m_auth.accounts();
        const QString peer = ApiAuth::peerOf(request);
        const QString target = QString::number(id);
        const auto refuse = [&](int status, const QString &code, const QString &message) {
            accounts.audit(actor.userName, actor.role.key(), peer, u"badrecords.remove"_s, target,
                           AuditEntry::Outcome::Failure, {{u"code"_s, code}});
            responder.respond(HttpResponse::error(status, code, message));
        };
        const std::optional<BadRecord> existing = m_store.find(id);
        if (!existing) {
            if (m_store.error().isError())
                responder.respond(HttpResponse::error(503, u"unavailable"_s, m_store.error().toString()));
            else
                refuse(404, u"not_found"_s, tr("there is no bad record %1").arg(id));
            return;
        }
        // Another region's entry is not this officer's to remove (Art. 34: each city keeps its own list).
        if (const auto refusal = m_auth.checkRegion(actor, existing->regionCode, request)) {
            responder.respond(*refusal);
            return;
        }
        const QJsonValue reason = body->value(u"reason"_s);
        if (!reason.isString() || reason.toString().trimmed().isEmpty()) {
            refuse(400, u"bad_request"_s,
                   tr("field \"reason\": removing bad record %1 needs a reason; it is kept with the entry")
                       .arg(id));
            return;
        }
        const auto audit = [&](const BadRecord &r) {
            return accounts.audit(actor.userName, actor.role.key(), peer, u"badrecords.remove"_s, target,
                                  AuditEntry::Outcome::Success,
                                  {{u"subject"_s, BadRecord::subjectKey(r.subject)},
                                   {u"key"_s, auditTarget(r)},
                                   {u"region"_s, r.regionCode},
                                   {u"reason"_s, r.removeReason}});
        };
        const std::optional<BadRecord> removed = m_store.remove(id, actor.userName, reason.toString(), audit);
        if (!removed) {
            const BadRecordStore::Failure failure = m_store.failure();
            if (failure == BadRecordStore::Failure::Audit) {
                responder.respond(ApiAuth::auditUnavailable(m_store.message()));
                return;
            }
            refuse(statusOf(failure), codeOf(failure), m_store.message());
            return;
        }
        responder.respond(HttpResponse::json(200, toJson(*removed, reveal->reveal)));
    });
}

} // namespace rw
