#include "platformserver.h"

#include "quality/qualityevaluator.h"

#include "accounts/accountservice.h"
#include "alerts/alertmonitor.h"
#include "api/accountsapi.h"
#include "api/alertsapi.h"
#include "api/apiauth.h"
#include "api/auditapi.h"
#include "api/badrecordsapi.h"
#include "api/conductapi.h"
#include "api/outagesapi.h"
#include "api/permitsapi.h"
#include "api/policyapi.h"
#include "api/qualityapi.h"
#include "api/registryapi.h"
#include "api/sessionapi.h"
#include "api/statusapi.h"
#include "api/tracksapi.h"
#include "badrecords/badrecordstore.h"
#include "broker/brokerservice.h"
#include "domain/systemclock.h"
#include "intake/companyregistry.h"
#include "intake/ingestworker.h"
#include "intake/intakeservice.h"
#include "intake/intakestats.h"
#include "outages/outagemonitor.h"

#include "security/accountstore.h"
#include "security/auditstore.h"
#include "security/crypto.h"
#include "security/policystore.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

namespace rw {

PlatformServer::PlatformServer(PlatformOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_catalogue(InterfaceCatalogue::builtIn())
{
    m_ingestThread.setObjectName(QStringLiteral("ingest"));
    m_alertThread.setObjectName(QStringLiteral("alerts"));
}

PlatformServer::~PlatformServer()
{
    stop();
}

bool PlatformServer::start(QString *error)
{
    if (m_started)
        return true;
    m_stats = std::make_unique<IntakeStats>();

    // The ingest thread opens (and migrates) the database first; only then may this thread's
    // connection read the credentials.
    IngestWorker::Options workerOptions;
    workerOptions.databasePath = m_options.databasePath;
    workerOptions.synchronousFull = m_options.synchronousFull;
    workerOptions.quality = m_options.quality;
    workerOptions.maxInflatedBytes = qMax<qsizetype>(m_options.limits.maxBodyBytes * 8, 64 * 1024 * 1024);
    m_worker = new IngestWorker(m_catalogue, workerOptions, m_stats.get());
    m_worker->moveToThread(&m_ingestThread);
    connect(&m_ingestThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_ingestThread.start();
    if (!m_worker->openBlocking(error)) {
        stop();
        return false;
    }

    m_database = std::make_unique<Database>();
    if (!m_database->open(m_options.databasePath)) {
        *error = m_database->lastError().toString();
        stop();
        return false;
    }
    m_companies = std::make_unique<CompanyRegistry>(*m_database);
    if (!m_companies->load(error)) {
        stop();
        return false;
    }

    QByteArray auditKey;
    QByteArray totpKey;
    const QString keyFile = m_options.keyFilePath.isEmpty() ? m_options.databasePath + QStringLiteral(".keys")
                                                            : m_options.keyFilePath;
    if (!loadKeys(keyFile, &auditKey, &totpKey, error)) {
        stop();
        return false;
    }
    if (!m_options.clock)
        m_ownClock = std::make_unique<SystemClock>();
    const Clock &clock = m_options.clock ? *m_options.clock : *m_ownClock;
    m_accountStore =
        std::make_unique<AccountStore>(*m_database, clock, PasswordHasher(m_options.passwordHashing));
    m_audit = std::make_unique<AuditStore>(*m_database, AuditChain(auditKey), clock);
    // The security administrator's policy, if one was stored, wins over the configured default. One
    // that cannot be read stops the start: falling back silently could weaken or loosen the rules.
    m_policyStore = std::make_unique<PolicyStore>(*m_database);
    PasswordPolicy policy = m_options.passwordPolicy;
    if (const auto stored = m_policyStore->load())
        policy = stored->policy;
    else if (m_policyStore->error().isError()) {
        *error = m_policyStore->error().toString();
        stop();
        return false;
    }
    m_accounts =
        std::make_unique<AccountService>(*m_accountStore, *m_audit, clock, SecretBox(totpKey), policy);
    m_apiAuth = std::make_unique<ApiAuth>(*m_accounts);

    m_http = std::make_unique<HttpServer>(m_options.limits);
    if (m_options.tls) {
        const QString directory = m_options.tlsDirectory.isEmpty()
                                      ? QFileInfo(m_options.databasePath).absolutePath()
                                      : m_options.tlsDirectory;
        QStringList names = m_options.tlsNames;
        // A platform listening on a real interface is reached by that address.
        const QHostAddress &address = m_options.address;
        if (!address.isLoopback() && address != QHostAddress::Any && address != QHostAddress::AnyIPv4 &&
            address != QHostAddress::AnyIPv6)
            names.append(address.toString());
        QString tlsError;
        m_identity = SelfSignedCertificate::loadOrCreate(directory, &tlsError, names);
        if (m_identity.isNull()) {
            *error = tr("TLS: %1").arg(tlsError);
            stop();
            return false;
        }
        m_http->setSslConfiguration(m_identity.serverConfiguration());
    }
    m_intake = std::make_unique<IntakeService>(m_catalogue, *m_companies, *m_worker);
    if (m_options.uploadsUseClock)
        m_intake->setClock(&clock);
    if (m_options.quality)
        m_intake->setQualityEvaluator(std::make_shared<const QualityEvaluator>(QualityModel::builtIn()));
    m_intake->registerRoutes(*m_http);
    m_broker = std::make_unique<BrokerService>(*m_apiAuth, m_catalogue, *m_database);
    m_broker->registerRoutes(*m_http);
    connect(m_intake.get(), &IntakeService::uploadCommitted, m_broker.get(), &BrokerService::publish);
    // The live map's alerts: rules applied to committed uploads on a thread of their own, which first
    // rebuilds its registry from the stored base-info (uploads queue up behind it).
    AlertMonitor::Options alertOptions;
    alertOptions.databasePath = m_options.databasePath;
    alertOptions.synchronousFull = m_options.synchronousFull;
    m_alerts = new AlertMonitor(alertOptions, m_catalogue, clock);
    m_alerts->moveToThread(&m_alertThread);
    connect(&m_alertThread, &QThread::finished, m_alerts, &QObject::deleteLater);
    connect(m_intake.get(), &IntakeService::uploadCommitted, m_alerts, &AlertMonitor::process);
    // Seed 002 Art. 34: a listed vehicle or driver seen online raises an alert; the monitor keeps a copy
    // of the lists, reloaded whenever the officers change them (queued to its thread).
    m_badRecords = std::make_unique<BadRecordStore>(*m_database, clock);
    connect(m_badRecords.get(), &BadRecordStore::changed, m_alerts, &AlertMonitor::reloadBadRecords);
    m_alertThread.start();
    QMetaObject::invokeMethod(m_alerts, [monitor = m_alerts] {
        QString alertError;
        if (!monitor->open(&alertError))
            qWarning("alerts: %s", qPrintable(alertError));
    });
    // Art. 21: every company's streams watched for outages; an outage open at the last stop is restored.
    m_outages = std::make_unique<OutageMonitor>(*m_database, clock);
    QString outageError;
    if (!m_outages->start(&outageError)) {
        *error = tr("outages: %1").arg(outageError);
        stop();
        return false;
    }
    connect(m_intake.get(), &IntakeService::uploadCommitted, m_outages.get(), &OutageMonitor::observe);
    m_outagesApi = std::make_unique<OutagesApi>(*m_apiAuth, *m_database, *m_companies, *m_outages);
    m_outagesApi->registerRoutes(*m_http);
    m_alertsApi = std::make_unique<AlertsApi>(*m_apiAuth, *m_database);
    m_alertsApi->registerRoutes(*m_http);
    m_sessionApi = std::make_unique<SessionApi>(*m_apiAuth);
    m_sessionApi->registerRoutes(*m_http);
    m_accountsApi = std::make_unique<AccountsApi>(*m_apiAuth);
    m_accountsApi->registerRoutes(*m_http);
    m_policyApi = std::make_unique<PolicyApi>(*m_apiAuth, *m_policyStore, *m_database);
    m_policyApi->registerRoutes(*m_http);
    m_auditApi =
        std::make_unique<AuditApi>(*m_apiAuth, *m_audit, m_options.databasePath, AuditChain(auditKey));
    m_auditApi->registerRoutes(*m_http);
    m_permitsApi = std::make_unique<PermitsApi>(*m_apiAuth, *m_database, *m_badRecords);
    m_permitsApi->registerRoutes(*m_http);
    m_badRecordsApi = std::make_unique<BadRecordsApi>(*m_apiAuth, *m_database, *m_badRecords);
    m_badRecordsApi->registerRoutes(*m_http);
    m_conductApi = std::make_unique<ConductApi>(*m_apiAuth, *m_database, *m_badRecords, m_catalogue);
    m_conductApi->registerRoutes(*m_http);
    m_registryApi = std::make_unique<RegistryApi>(*m_apiAuth, *m_database, *m_badRecords);
    m_registryApi->registerRoutes(*m_http);
    // The quality results of the model the platform evaluates with (DESIGN §6; docs/quality-contracts.md).
    m_qualityApi =
        std::make_unique<QualityApi>(*m_apiAuth, *m_database, QualityModel::builtIn(), m_catalogue);
    m_qualityApi->registerRoutes(*m_http);
    m_statusApi = std::make_unique<StatusApi>(*m_stats, *m_companies, *m_apiAuth, *m_database);
    if (m_options.uploadsUseClock)
        m_statusApi->setClock(&clock);
    m_statusApi->registerRoutes(*m_http);
    m_tracksApi = std::make_unique<TracksApi>(*m_apiAuth, *m_companies, *m_database, m_options.databasePath);
    m_tracksApi->registerRoutes(*m_http);
    if (!m_http->listen(m_options.address, m_options.port)) {
        *error = tr("cannot listen on %1:%2: %3")
                     .arg(m_options.address.toString())
                     .arg(m_options.port)
                     .arg(m_http->errorString());
        stop();
        return false;
    }
    m_started = true;
    return true;
}

void PlatformServer::stop()
{
    // Stop taking requests first, then let the ingest thread finish what it holds.
    if (m_http)
        m_http->close();
    m_broker.reset(); // closes the live connections
    m_intake.reset(); // waits for uploads being prepared; they still reach the worker
    if (m_worker && m_ingestThread.isRunning()) {
        m_worker->closeBlocking();
        m_ingestThread.quit();
        m_ingestThread.wait();
        m_worker = nullptr;
    }
    if (m_alertThread.isRunning()) { // after the intake: no more uploads reach it
        m_alertThread.quit();
        m_alertThread.wait();
        m_alerts = nullptr;
    }
    m_alertsApi.reset();
    m_statusApi.reset();
    m_outagesApi.reset();
    m_outages.reset();
    m_sessionApi.reset();
    m_accountsApi.reset();
    m_policyApi.reset();
    m_auditApi.reset();  // drops an export in progress
    m_tracksApi.reset(); // waits for reads in progress; their answers are dropped
    m_permitsApi.reset();
    m_badRecordsApi.reset();
    m_conductApi.reset();
    m_registryApi.reset();
    m_qualityApi.reset();
    m_badRecords.reset(); // after every API that reads it
    m_http.reset();
    m_apiAuth.reset();
    m_accounts.reset();
    m_policyStore.reset();
    m_audit.reset();
    m_accountStore.reset();
    m_companies.reset();
    m_database.reset();
    m_started = false;
}

quint16 PlatformServer::port() const
{
    return m_http ? m_http->serverPort() : 0;
}

QUrl PlatformServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(port());
    return url;
}

CompanyRegistry &PlatformServer::companies()
{
    return *m_companies;
}

IntakeStats &PlatformServer::stats()
{
    return *m_stats;
}

IntakeService &PlatformServer::intake()
{
    return *m_intake;
}

HttpServer &PlatformServer::http()
{
    return *m_http;
}

AccountService &PlatformServer::accounts()
{
    return *m_accounts;
}

AuditStore &PlatformServer::audit()
{
    return *m_audit;
}

bool PlatformServer::loadKeys(const QString &path, QByteArray *auditKey, QByteArray *totpKey, QString *error)
{
    constexpr int KeySize = 32;
    QFile file(path);
    if (!file.exists()) {
        QByteArray keys = crypto::privateRandomBytes(2 * KeySize);
        if (keys.size() != 2 * KeySize) {
            *error = tr("cannot create the keys in %1: the random generator failed").arg(path);
            return false;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) ||
            !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            out.write(keys) != keys.size() || !out.commit()) {
            *error = tr("cannot write the key file %1: %2").arg(path, out.errorString());
            return false;
        }
        crypto::cleanse(keys);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the key file %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray keys = file.readAll();
    if (keys.size() != 2 * KeySize) {
        *error = tr("the key file %1 holds %2 bytes, not %3").arg(path).arg(keys.size()).arg(2 * KeySize);
        return false;
    }
    *auditKey = keys.left(KeySize);
    *totpKey = keys.mid(KeySize);
    crypto::cleanse(keys);
    return true;
}

} // namespace rw
