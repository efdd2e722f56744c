#pragma once

#include "http/httpserver.h"

#include "protocol/interfacecatalogue.h"
#include "security/selfsignedcertificate.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace rw {

class CompanyRegistry;
class Database;
class IngestWorker;
class IntakeService;
class IntakeStats;
class StatusApi;

/** How to run the reference platform. */
struct PlatformOptions
{
    QString databasePath;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;            //!< 0 = any free port
    bool synchronousFull = true; //!< fsync every commit (see IngestWorker::Options)
    HttpServer::Limits limits;
    /**
     * Serve HTTPS with the platform's own self-signed certificate (DESIGN §4). false only for
     * debugging and for tests of the intake semantics.
     */
    bool tls = true;
    /** Where platform.key and platform.crt live; empty = the database file's directory. */
    QString tlsDirectory;
    /** Host names or addresses the certificate names besides localhost, 127.0.0.1 and ::1. */
    QStringList tlsNames;
};

/**
 * \brief The reference industry platform, assembled: HTTP server, company credentials, intake
 * (on its own ingest thread), notices and the status API.
 *
 * Used by ridewatch-platform and, in-process, by the console's embedded default.
 */
class PlatformServer : public QObject
{
    Q_OBJECT

public:
    explicit PlatformServer(PlatformOptions options, QObject *parent = nullptr);
    ~PlatformServer() override;

    /** Opens the database, starts the ingest thread and listens. False with \a error on failure. */
    bool start(QString *error);
    void stop();

    quint16 port() const;
    /** https://address:port (http:// without TLS). */
    QUrl baseUrl() const;
    bool isTls() const { return m_options.tls; }
    /** The certificate served (null without TLS or before start()). */
    QSslCertificate certificate() const { return m_identity.certificate(); }
    /** Its SHA-256 fingerprint, "AB:01:…" (empty without TLS). */
    QString certificateFingerprint() const { return m_identity.fingerprint(); }

    CompanyRegistry &companies();
    IntakeStats &stats();
    IntakeService &intake();
    HttpServer &http();

private:
    PlatformOptions m_options;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    std::unique_ptr<Database> m_database; // this thread's connection: credentials
    std::unique_ptr<CompanyRegistry> m_companies;
    std::unique_ptr<IntakeStats> m_stats;
    QThread m_ingestThread;
    IngestWorker *m_worker = nullptr; // lives on m_ingestThread, deleted when it finishes
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<StatusApi> m_statusApi;
    SelfSignedCertificate m_identity;
    bool m_started = false;
};

} // namespace rw
