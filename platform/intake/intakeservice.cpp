#include "intakeservice.h"

#include "domain/clock.h"

#include "companyregistry.h"
#include "ingestworker.h"
#include "noticeparser.h"

#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

namespace rw {

namespace {

QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isListRequest(const HttpRequest &request)
{
    // Our convention for OTIpcList bodies (platform-interface.md §2.2–2.3 wrap positions in one):
    // Content-Type parameter "proto=OTIpcList", or query "list=1".
    const QByteArray type = request.header("content-type").toLower();
    if (type.contains("proto=otipclist"))
        return true;
    const QString list = request.query.queryItemValue(QStringLiteral("list"));
    return list == QStringLiteral("1") || list == QStringLiteral("true");
}

} // namespace

IntakeService::IntakeService(std::shared_ptr<const InterfaceCatalogue> catalogue, CompanyRegistry &companies,
                             IngestWorker &worker, QObject *parent)
    : QObject(parent)
    , m_catalogue(std::move(catalogue))
    , m_companies(companies)
    , m_worker(worker)
    , m_preparer(m_catalogue, nullptr)
{
    m_preparePool.setObjectName(QStringLiteral("intake-prepare"));
}

IntakeService::~IntakeService()
{
    // Pool tasks refer to this object and hand work to the worker: let them finish first.
    m_preparePool.waitForDone();
}

void IntakeService::registerRoutes(HttpServer &server)
{
    for (const InterfaceSpec *spec : m_catalogue->interfaces()) {
        server.route("POST", spec->path, [this, spec](const HttpRequest &request, HttpResponder responder) {
            handleUpload(spec, request, std::move(responder));
        });
    }
    server.route("POST", QStringLiteral("/notices"),
                 [this](const HttpRequest &request, HttpResponder responder) {
                     handleNotice(request, std::move(responder));
                 });
}

std::optional<QString> IntakeService::authenticate(const HttpRequest &request, HttpResponder &responder) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ")) {
        HttpResponse response =
            HttpResponse::error(401, QStringLiteral("missing_credential"),
                                tr("send the company's token as \"Authorization: Bearer <token>\""));
        response.headers.set("WWW-Authenticate", "Bearer realm=\"ridewatch-platform\"");
        responder.respond(response);
        return std::nullopt;
    }
    const QByteArray token = authorization.mid(7).trimmed();
    const CompanyRegistry::Lookup found = m_companies.authenticate(token);
    if (found.companyId.isEmpty()) {
        HttpResponse response = HttpResponse::error(401, QStringLiteral("unknown_credential"),
                                                    tr("the token is not a known company credential"));
        response.headers.set("WWW-Authenticate",
                             "Bearer realm=\"ridewatch-platform\", error=\"invalid_token\"");
        responder.respond(response);
        return std::nullopt;
    }
    if (found.suspended) {
        // Art. 13: access that endangers the platform may be suspended.
        responder.respond(HttpResponse::error(403, QStringLiteral("access_suspended"),
                                              tr("uploads of company %1 are suspended by the platform: %2")
                                                  .arg(found.companyId, found.suspendReason)));
        return std::nullopt;
    }
    // The spec's clients add ?company=<CompanyId>; when present it must name the same company.
    const QString named = request.query.queryItemValue(QStringLiteral("company"));
    if (!named.isEmpty() && named != found.companyId) {
        responder.respond(
            HttpResponse::error(403, QStringLiteral("company_mismatch"),
                                tr("?company=%1 does not match the credential, which belongs to %2")
                                    .arg(named, found.companyId)));
        return std::nullopt;
    }
    return found.companyId;
}

void IntakeService::handleUpload(const InterfaceSpec *spec, const HttpRequest &request,
                                 HttpResponder responder)
{
    const std::optional<QString> companyId = authenticate(request, responder);
    if (!companyId)
        return;

    UploadRequest upload;
    upload.companyId = *companyId;
    upload.spec = spec;
    upload.contentType = mediaType(request.header("content-type"));
    upload.contentEncoding = request.header("content-encoding").trimmed().toLower();
    upload.protobufList = isListRequest(request);
    upload.body = request.body;
    upload.peer = request.peerAddress.toString() + u':' + QString::number(request.peerPort);
    upload.receivedMs = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();

    if (m_pending->load() >= m_maxPending) {
        HttpResponse busy =
            HttpResponse::error(503, QStringLiteral("busy"),
                                tr("the platform is busy storing earlier uploads; send again shortly"));
        busy.headers.set("Retry-After", "1");
        responder.respond(busy);
        return;
    }
    ++*m_pending;
    QPointer<IntakeService> self(this);
    m_preparePool.start([this, self, upload = std::move(upload), responder]() mutable {
        PreparedUpload prepared = m_preparer.prepare(std::move(upload));
        m_worker.submit(std::move(prepared), [pending = m_pending, self, responder](UploadOutcome outcome) {
            // On the ingest thread, after commit. respond() is thread-safe; the signal is emitted
            // from the server's thread.
            --*pending;
            HttpResponse response(outcome.httpStatus, outcome.replyBody, "application/json; charset=utf-8");
            if (outcome.httpStatus == 503)
                response.headers.set("Retry-After", "5");
            responder.respond(response);
            if (outcome.httpStatus != 200)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, outcome = std::move(outcome)] {
                    if (self)
                        Q_EMIT self->uploadCommitted(outcome);
                },
                Qt::QueuedConnection);
        });
    });
}

void IntakeService::handleNotice(const HttpRequest &request, HttpResponder responder)
{
    const std::optional<QString> companyId = authenticate(request, responder);
    if (!companyId)
        return;
    QString error;
    std::optional<Notice> notice = NoticeParser::parse(request.body, *companyId, &error);
    if (!notice) {
        responder.respond(HttpResponse::error(400, QStringLiteral("malformed_notice"), error));
        return;
    }
    notice->receivedMs = QDateTime::currentMSecsSinceEpoch();
    QPointer<IntakeService> self(this);
    const qint64 receivedMs = notice->receivedMs;
    m_worker.submitNotice(
        std::move(*notice), [self, responder, receivedMs](qint64 id, QString storeError) mutable {
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [responder, id, receivedMs, storeError]() mutable {
                    if (id == 0) {
                        responder.respond(HttpResponse::error(
                            503, QStringLiteral("storage_unavailable"),
                            tr("the notice could not be stored, send it again: %1").arg(storeError)));
                        return;
                    }
                    responder.respond(
                        HttpResponse::json(200, QJsonObject{{QStringLiteral("noticeId"), id},
                                                            {QStringLiteral("receivedAt"), receivedMs}}));
                },
                Qt::QueuedConnection);
        });
}

} // namespace rw
