#pragma once

#include "simulator/simulatorconfig.h"

#include <QCoreApplication>

#include <memory>

class QCommandLineParser;

namespace rw {

class PlatformServer;
class TrafficSimulator;

/**
 * \brief Runs the traffic simulator against a PlatformServer in the same process, the way the
 * embedded default and `ridewatch-platform --simulate` do: each simulated company is registered
 * with a fresh token and uploads over the platform's real HTTP path.
 */
class SimulationRunner
{
    Q_DECLARE_TR_FUNCTIONS(rw::SimulationRunner)

public:
    SimulationRunner();
    ~SimulationRunner();

    static void addCommandLineOptions(QCommandLineParser &parser);
    bool configure(const QCommandLineParser &parser, QString *error);
    void setConfig(const SimulatorConfig &config) { m_config = config; }
    const SimulatorConfig &config() const { return m_config; }
    bool enabled() const { return m_config.enabled; }

    /** Registers the simulated companies with \a server and starts uploading to it. */
    bool start(PlatformServer &server, QString *error);
    void stop();

    TrafficSimulator *simulator() const { return m_simulator.get(); }

private:
    SimulatorConfig m_config;
    std::unique_ptr<TrafficSimulator> m_simulator;
};

} // namespace rw
