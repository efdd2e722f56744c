#pragma once

#include "http/httpserver.h"

#include "protocol/interfacecatalogue.h"
#include "security/passwordhasher.h"
#include "security/passwordpolicy.h"
#include "security/selfsignedcertificate.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace rw {

class AccountService;
class AccountsApi;
class AlertMonitor;
class AlertsApi;
class BrokerService;
class AccountStore;
class ApiAuth;
class AuditApi;
class AuditStore;
class BadRecordStore;
class BadRecordsApi;
class Clock;
class ConductApi;
class CompanyRegistry;
class SessionApi;
class Database;
class IngestWorker;
class IntakeService;
class IntakeStats;
class OutageMonitor;
class OutagesApi;
class PermitsApi;
class PolicyApi;
class RegistryApi;
class PolicyStore;
class QualityApi;
class StatusApi;
class TracksApi;

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

    /**
     * The file holding the audit HMAC key and the TOTP encryption key (DESIGN §8: outside the
     * database); created with owner-only permissions if missing. Empty: databasePath + ".keys".
     */
    QString keyFilePath;
    /** Time for sessions, lockouts, expiry and the audit trail; null: the system clock. Must outlive the
     * server. */
    const Clock *clock = nullptr;
    /** The policy until the security administrator stores one (PolicyStore); then the stored one. */
    PasswordPolicy passwordPolicy;
    PasswordHasher::Parameters passwordHashing = PasswordHasher::Parameters::recommended();
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
    /** The live broker (GET /broker/, WebSocket). */
    BrokerService &broker() { return *m_broker; }
    HttpServer &http();
    AccountService &accounts();
    AuditStore &audit();
    /** The HTTP thread's connection (credentials, audit, permits): for in-process feeds such as the
     * simulator's. */
    Database &database() { return *m_database; }
    /** The cities' bad-record lists, on database()'s thread. */
    BadRecordStore &badRecords() { return *m_badRecords; }
    /** Transmission outages (DESIGN §7), on database()'s thread. */
    OutageMonitor &outages() { return *m_outages; }
    /** The alert monitor; it lives on its own thread (use queued calls or its signals). */
    AlertMonitor *alertMonitor() const { return m_alerts; }

    /**
     * Reads (or creates) the key file at \a path: 32 bytes of audit HMAC key, then 32 bytes of
     * TOTP encryption key. False with \a error if it cannot be read or written or has another size.
     */
    static bool loadKeys(const QString &path, QByteArray *auditKey, QByteArray *totpKey, QString *error);

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
    std::unique_ptr<OutageMonitor> m_outages;
    std::unique_ptr<OutagesApi> m_outagesApi;
    std::unique_ptr<BrokerService> m_broker;
    SelfSignedCertificate m_identity;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<AccountStore> m_accountStore;
    std::unique_ptr<AuditStore> m_audit;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ApiAuth> m_apiAuth;
    std::unique_ptr<SessionApi> m_sessionApi;
    std::unique_ptr<AccountsApi> m_accountsApi;
    std::unique_ptr<PolicyStore> m_policyStore;
    std::unique_ptr<PolicyApi> m_policyApi;
    std::unique_ptr<AuditApi> m_auditApi;
    QThread m_alertThread;
    AlertMonitor *m_alerts = nullptr; // lives on m_alertThread, deleted when it finishes
    std::unique_ptr<AlertsApi> m_alertsApi;
    std::unique_ptr<TracksApi> m_tracksApi;
    std::unique_ptr<PermitsApi> m_permitsApi;
    std::unique_ptr<BadRecordStore> m_badRecords; // the HTTP thread's; tells the alert monitor of changes
    std::unique_ptr<BadRecordsApi> m_badRecordsApi;
    std::unique_ptr<ConductApi> m_conductApi;
    std::unique_ptr<RegistryApi> m_registryApi;
    std::unique_ptr<QualityApi> m_qualityApi;
    bool m_started = false;
};

} // namespace rw
