#include "conductapi.h"

#include "apiauth.h"
#include "badrecords/badrecordstore.h"
#include "badrecords/conductquery.h"
#include "badrecordsapi.h"
#include "domain/clock.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "permits/personaldatamask.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rw {

ConductApi::ConductApi(ApiAuth &auth, Database &db, BadRecordStore &badRecords,
                       std::shared_ptr<const InterfaceCatalogue> catalogue)
    : m_auth(auth)
    , m_badRecords(badRecords)
    , m_query(std::make_unique<ConductQuery>(db, std::move(catalogue)))
{}

ConductApi::~ConductApi() = default;

void ConductApi::registerRoutes(HttpServer &server)
{
    server.route("GET", u"/api/v1/conduct"_s, [this](const HttpRequest &request, HttpResponder responder) {
        const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewOperationalData);
        if (!auth.allowed()) {
            responder.respond(*auth.refusal);
            return;
        }
        const std::optional<ApiAuth::Reveal> reveal = m_auth.revealOf(request, responder);
        if (!reveal)
            return;
        const AccountService::Session &actor = *auth.session;
        const bool hasPlate = request.query.hasQueryItem(u"plate"_s);
        const bool hasDriver = request.query.hasQueryItem(u"driver"_s);
        const QString plateText = request.query.queryItemValue(u"plate"_s, QUrl::FullyDecoded);
        const QString certificate = request.query.queryItemValue(u"driver"_s, QUrl::FullyDecoded).trimmed();
        if (hasPlate == hasDriver) {
            responder.respond(HttpResponse::error(
                400, u"bad_request"_s,
                hasPlate
                    ? tr("give plate=… or driver=…, not both (plate=\"%1\", driver=\"%2\")")
                          .arg(plateText, certificate)
                    : tr("give plate=<plate> for a vehicle or driver=<driver certificate> for a driver")));
            return;
        }
        ConductQuery::Options options;
        options.scope = actor.scope();
        options.limit = Limit;
        QJsonObject reply;
        QString target;
        QList<BadRecord> badRecords;
        ConductQuery::Result found;
        if (hasPlate) {
            const QString plate = BadRecord::normalisedPlate(plateText);
            if (plate.isEmpty() || plate.size() > BadRecordStore::MaxKeyLength) {
                responder.respond(HttpResponse::error(400, u"bad_request"_s,
                                                      tr("plate=\"%1\" is not a plate: 1 to %2 characters")
                                                          .arg(plateText)
                                                          .arg(BadRecordStore::MaxKeyLength)));
                return;
            }
            target = plate;
            found = m_query->ofVehicle(plate, options);
            badRecords = m_badRecords.entriesOf(BadRecord::Subject::Vehicle, plate, actor.scope());
            reply = QJsonObject{{u"subject"_s, u"vehicle"_s}, {u"plate"_s, plate}};
        } else {
            if (certificate.isEmpty()) {
                responder.respond(HttpResponse::error(
                    400, u"bad_request"_s, tr("driver=\"\" is empty: give the driver's certificate number")));
                return;
            }
            const std::optional<ConductQuery::Driver> driver = m_query->driverByCertificate(certificate);
            if (!driver) {
                if (m_query->error().isError())
                    responder.respond(
                        HttpResponse::error(503, u"unavailable"_s, m_query->error().toString()));
                else
                    responder.respond(HttpResponse::error(
                        404, u"not_found"_s,
                        tr("driver=\"%1\": no driver certificate with this number in the permit registry or "
                           "in the companies' base-info")
                            .arg(certificate)));
                return;
            }
            if (!driver->regionCode.isEmpty()) {
                if (const auto refusal = m_auth.checkRegion(actor, driver->regionCode, request)) {
                    responder.respond(*refusal);
                    return;
                }
            }
            target = certificate;
            found = m_query->ofDriver(driver->licence, options);
            badRecords = m_badRecords.entriesOf(BadRecord::Subject::Driver, driver->licence, actor.scope());
            reply = QJsonObject{
                {u"subject"_s, u"driver"_s},
                {u"certificate"_s, certificate},
                {u"licence"_s, reveal->reveal ? driver->licence : PersonalDataMask::licence(driver->licence)},
                {u"name"_s, reveal->reveal ? driver->name : PersonalDataMask::name(driver->name)}};
        }
        if (found.error.isError() || m_badRecords.error().isError()) {
            responder.respond(HttpResponse::error(503, u"unavailable"_s,
                                                  found.error.isError() ? found.error.toString()
                                                                        : m_badRecords.error().toString()));
            return;
        }
        QJsonArray records;
        for (const BadRecord &r : badRecords)
            records.append(BadRecordsApi::toJson(r, reveal->reveal));
        QJsonArray complaints;
        for (const ConductQuery::Complaint &c : found.complaints)
            complaints.append(QJsonObject{{u"time"_s, BadRecord::momentJson(c.time)},
                                          {u"companyId"_s, c.companyId},
                                          {u"orderId"_s, c.orderId},
                                          {u"detail"_s, c.detail},
                                          {u"result"_s, c.result}});
        QJsonArray penalties;
        for (const ConductQuery::Penalty &p : found.penalties)
            penalties.append(
                QJsonObject{{u"time"_s, BadRecord::momentJson(p.time)},
                            {u"companyId"_s, p.companyId},
                            {u"licence"_s, reveal->reveal ? p.licence : PersonalDataMask::licence(p.licence)},
                            {u"reason"_s, p.reason},
                            {u"result"_s, p.result}});
        QJsonObject detail{{u"subject"_s, reply.value(u"subject"_s)},
                           {u"badRecords"_s, records.size()},
                           {u"complaints"_s, complaints.size()},
                           {u"penalties"_s, penalties.size()},
                           {u"revealed"_s, reveal->reveal}};
        if (reveal->reveal)
            detail.insert(u"reason"_s, reveal->reason);
        if (!m_auth.accounts().audit(actor.userName, actor.role.key(), ApiAuth::peerOf(request),
                                     u"conduct.view"_s, target, AuditEntry::Outcome::Success, detail)) {
            responder.respond(ApiAuth::auditUnavailable(
                tr("the lookup cannot be recorded in the audit trail, so it is not answered")));
            return;
        }
        reply.insert(u"asOf"_s, BadRecord::momentJson(m_auth.accounts().clock().now()));
        reply.insert(u"badRecords"_s, records);
        reply.insert(u"complaints"_s, complaints);
        reply.insert(u"penalties"_s, penalties);
        reply.insert(u"complaintsTruncated"_s, found.complaintsTruncated);
        reply.insert(u"penaltiesTruncated"_s, found.penaltiesTruncated);
        reply.insert(u"revealed"_s, reveal->reveal);
        responder.respond(HttpResponse::json(200, reply));
    });
}

} // namespace rw
