#include "simulationrunner.h"

#include "intake/companyregistry.h"
#include "platformserver.h"
#include "simulator/simulatedcompany.h"
#include "simulator/trafficsimulator.h"

#include <QCommandLineParser>

namespace rw {

SimulationRunner::SimulationRunner() = default;

SimulationRunner::~SimulationRunner()
{
    stop();
}

void SimulationRunner::addCommandLineOptions(QCommandLineParser &parser)
{
    SimulatorConfig::addCommandLineOptions(parser);
}

bool SimulationRunner::configure(const QCommandLineParser &parser, QString *error)
{
    QString localError;
    m_config = SimulatorConfig::fromCommandLine(parser, &localError);
    if (!localError.isEmpty()) {
        *error = localError;
        return false;
    }
    return true;
}

bool SimulationRunner::start(PlatformServer &server, QString *error)
{
    m_config.baseUrl = server.baseUrl();
    // The platform's own self-signed certificate is the one root the uploads trust besides the
    // system's; the simulated companies verify it like any other.
    if (server.isTls() && !m_config.caCertificates.contains(server.certificate()))
        m_config.caCertificates.append(server.certificate());
    m_simulator = std::make_unique<TrafficSimulator>(m_config);
    if (!m_simulator->isValid()) {
        *error = tr("the traffic simulator cannot start: %1").arg(m_simulator->errorString());
        m_simulator.reset();
        return false;
    }
    for (const SimulatedCompany &company : m_simulator->companies()) {
        const QByteArray token = CompanyRegistry::generateToken();
        if (!server.companies().setToken(company.companyId, company.name, token, error))
            return false;
        m_simulator->setCompanyToken(company.companyId, QString::fromLatin1(token));
    }
    m_simulator->start();
    return true;
}

void SimulationRunner::stop()
{
    if (m_simulator)
        m_simulator->stop();
    m_simulator.reset();
}

} // namespace rw
