#pragma once

#include "uploadoutcome.h"

#include "protocol/interfacecatalogue.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <optional>

namespace rw {

class CompanyRegistry;
class HttpResponder;
class HttpServer;
class IngestWorker;
struct HttpRequest;

/**
 * \brief The industry platform's upload endpoints: one POST route per interface path of the spec
 * (/baseinfo/vehicle, /order/create, /position/vehicle, …) and POST /notices.
 *
 * Authenticates the company (Authorization: Bearer <token>), hands the body to the ingest worker
 * and answers once the worker has committed. Lives on the HTTP server's thread.
 */
class IntakeService : public QObject
{
    Q_OBJECT

public:
    IntakeService(std::shared_ptr<const InterfaceCatalogue> catalogue, CompanyRegistry &companies,
                  IngestWorker &worker, QObject *parent = nullptr);

    void registerRoutes(HttpServer &server);

Q_SIGNALS:
    /** Emitted on the server thread after an upload was committed (for live forwarding). */
    void uploadCommitted(const rw::UploadOutcome &outcome);

private:
    std::optional<QString> authenticate(const HttpRequest &request, HttpResponder &responder) const;
    void handleUpload(const InterfaceSpec *spec, const HttpRequest &request, HttpResponder responder);
    void handleNotice(const HttpRequest &request, HttpResponder responder);

    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    CompanyRegistry &m_companies;
    IngestWorker &m_worker;
};

} // namespace rw
