#pragma once

#include "permits/permitimportresult.h"
#include "permits/permitstore.h"
#include "simulator/simulatorconfig.h"

#include <QCoreApplication>

#include <memory>

class QCommandLineParser;

namespace rw {

class PlatformServer;
class TrafficSimulator;
class TrafficModel;

/**
 * \brief Runs the traffic simulator against a PlatformServer in the same process, the way the
 * embedded default and `ridewatch-platform --simulate` do: each simulated company is registered
 * with a fresh token and uploads over the platform's real HTTP path.
 *
 * Before the uploads start, the permits the city issued to the simulated companies
 * (TrafficModel::cityPermits(), filled in from the companies' vehicles and drivers) are imported into
 * the platform's registry (PermitStore), as the city's 运政 feed would deliver them (seed 000 Art. 5): one
 * import per kind, audited "permits.import" by the actor FeedActor. Only what the city issued is imported,
 * so the simulator's faults stay visible: an unlicensed vehicle or driver has no permit, an expired one
 * has a permit whose validity has ended. Certificates already stored with the same content count as
 * unchanged, so restarting on the same database adds nothing. The vehicle permits carry the Art. 13(三)
 * facts (wheelbase, range, purchase price) of the car's model; a few cars fall short of them, so that the
 * permit lookup shows findings.
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

    /** The actor the simulated city's permit feed is recorded as. */
    static QString feedActor() { return QStringLiteral("yunzheng-feed"); }

    /** The permits the city issued in \a model, as a 运政 feed delivers them: one result per kind. */
    static PermitImportResult cityPermits(const TrafficModel &model, PermitKind kind);

    /**
     * Imports the city's permits of \a model into \a server's registry (each kind in one transaction with
     * its audit record); start() does this. False with \a error when the registry cannot be written.
     */
    static bool importCityPermits(const TrafficModel &model, PlatformServer &server,
                                  QList<PermitStore::ImportSummary> *summaries, QString *error);

    /** What the last start() imported: company, vehicle and driver permits, in that order. */
    const QList<PermitStore::ImportSummary> &permitImports() const { return m_permitImports; }

private:
    SimulatorConfig m_config;
    std::unique_ptr<TrafficSimulator> m_simulator;
    QList<PermitStore::ImportSummary> m_permitImports;
};

} // namespace rw
