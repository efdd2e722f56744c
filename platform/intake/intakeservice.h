#pragma once

#include "ingestpipeline.h"
#include "uploadoutcome.h"

#include "protocol/interfacecatalogue.h"

#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>

#include <atomic>

#include <memory>
#include <optional>

namespace rw {

class Clock;
class CompanyRegistry;
class HttpResponder;
class HttpServer;
class IngestWorker;
struct HttpRequest;

/**
 * \brief The industry platform's upload endpoints: one POST route per interface path of the spec
 * (/baseinfo/vehicle, /order/create, /position/vehicle, …) and POST /notices.
 *
 * Authenticates the company (Authorization: Bearer <token>), decodes and validates the body on a
 * thread pool, hands the result to the ingest worker (the single writer) and answers once it has
 * committed. Lives on the HTTP server's thread. Uploads beyond \a maxPending in flight are
 * refused with 503 and Retry-After rather than queued without bound.
 */
class IntakeService : public QObject
{
    Q_OBJECT

public:
    IntakeService(std::shared_ptr<const InterfaceCatalogue> catalogue, CompanyRegistry &companies,
                  IngestWorker &worker, QObject *parent = nullptr);
    ~IntakeService() override;

    void setMaxPending(int uploads) { m_maxPending = uploads; }
    /** Where the receipt stamp of uploads comes from (timeliness is measured against it, Art. 15(三));
     * null: the system clock. Must outlive the service. */
    void setClock(const Clock *clock) { m_clock = clock; }
    /** Judges each record's quality while preparing (see IngestPipeline::setQualityEvaluator()); set before
     * serving. */
    void setQualityEvaluator(std::shared_ptr<const QualityEvaluator> evaluator)
    {
        m_preparer.setQualityEvaluator(std::move(evaluator));
    }

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
    IngestPipeline m_preparer; // prepare() only: thread-safe
    QThreadPool m_preparePool;
    std::shared_ptr<std::atomic<int>> m_pending =
        std::make_shared<std::atomic<int>>(0); // outlives this: decremented by the worker
    int m_maxPending = 64;
    const Clock *m_clock = nullptr;
};

} // namespace rw
