#include "platformserver.h"

#include "api/statusapi.h"
#include "intake/companyregistry.h"
#include "intake/ingestworker.h"
#include "intake/intakeservice.h"
#include "intake/intakestats.h"

#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QFileInfo>

namespace rw {

PlatformServer::PlatformServer(PlatformOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_catalogue(InterfaceCatalogue::builtIn())
{
    m_ingestThread.setObjectName(QStringLiteral("ingest"));
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
    m_intake->registerRoutes(*m_http);
    m_statusApi = std::make_unique<StatusApi>(*m_stats, *m_companies);
    m_statusApi->registerRoutes(*m_http);
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
    m_intake.reset(); // waits for uploads being prepared; they still reach the worker
    if (m_worker && m_ingestThread.isRunning()) {
        m_worker->closeBlocking();
        m_ingestThread.quit();
        m_ingestThread.wait();
        m_worker = nullptr;
    }
    m_statusApi.reset();
    m_http.reset();
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

} // namespace rw
