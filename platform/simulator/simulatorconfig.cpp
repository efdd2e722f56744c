#include "simulatorconfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace rw {

QString SimulatorConfig::validate() const
{
    if (companies < 1 || companies > 99)
        return tr("simulator companies: %1, must be from 1 to 99").arg(companies);
    if (vehiclesPerCompany < 1 || vehiclesPerCompany > 100000)
        return tr("simulator vehicles per company: %1, must be from 1 to 100000").arg(vehiclesPerCompany);
    if (driversPerVehicle < 1 || driversPerVehicle > 4)
        return tr("simulator drivers per vehicle: %1, must be from 1 to 4").arg(driversPerVehicle);
    if (vehiclePositionInterval < 1 || vehiclePositionInterval > 3600)
        return tr("simulator position interval: %1 s, must be from 1 to 3600 s").arg(vehiclePositionInterval);
    if (driverPositionInterval < 1 || driverPositionInterval > 3600)
        return tr("simulator driver position interval: %1 s, must be from 1 to 3600 s")
            .arg(driverPositionInterval);
    if (timeAcceleration <= 0 || timeAcceleration > 3600)
        return tr("simulator speed: %1, must be above 0 and at most 3600").arg(timeAcceleration);
    if (ordersPerVehicleHour < 0 || ordersPerVehicleHour > 20)
        return tr("simulator orders per vehicle-hour: %1, must be from 0 to 20").arg(ordersPerVehicleHour);
    if (maxBatchRecords < 1)
        return tr("simulator batch size: %1, must be at least 1").arg(maxBatchRecords);
    if (!baseUrl.isEmpty() &&
        (!baseUrl.isValid() || (baseUrl.scheme() != u"http"_s && baseUrl.scheme() != u"https"_s)))
        return tr("simulator base URL \"%1\": must be an http or https URL").arg(baseUrl.toString());
    return {};
}

void SimulatorConfig::addCommandLineOptions(QCommandLineParser &parser)
{
    parser.addOption({u"simulate"_s, tr("Run the traffic simulator: companies uploading to this platform.")});
    parser.addOption({u"sim-city"_s,
                      tr("City to simulate: a region code of a built-in city or a city JSON file."),
                      tr("code|file"), u"469001"_s});
    parser.addOption({u"sim-companies"_s, tr("Number of simulated platform companies."), tr("n"), u"3"_s});
    parser.addOption({u"sim-vehicles"_s, tr("Vehicles per simulated company."), tr("n"), u"100"_s});
    parser.addOption(
        {u"sim-interval"_s, tr("Seconds between vehicle position reports."), tr("seconds"), u"5"_s});
    parser.addOption(
        {u"sim-seed"_s, tr("Random seed: the same seed gives the same traffic."), tr("n"), u"20240601"_s});
    parser.addOption({u"sim-faults"_s,
                      tr("Faults to inject, e.g. late=0.1,missing=0.01,malformed=0.01,outage=C1:600@3600,"
                         "unlicensed=0.02,expired=0.02,outside=0.01,epoch=0.001."),
                      tr("plan"), u"none"_s});
    parser.addOption({u"sim-speed"_s, tr("Simulated seconds per real second."), tr("factor"), u"1"_s});
}

SimulatorConfig SimulatorConfig::fromCommandLine(const QCommandLineParser &parser, QString *error)
{
    SimulatorConfig config;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return SimulatorConfig();
    };
    auto integer = [&parser](const QString &name, bool *ok) { return parser.value(name).toInt(ok); };

    config.enabled = parser.isSet(u"simulate"_s);
    config.city = parser.value(u"sim-city"_s);
    bool ok = false;
    config.companies = integer(u"sim-companies"_s, &ok);
    if (!ok)
        return fail(
            tr("--sim-companies: \"%1\" is not a whole number").arg(parser.value(u"sim-companies"_s)));
    config.vehiclesPerCompany = integer(u"sim-vehicles"_s, &ok);
    if (!ok)
        return fail(tr("--sim-vehicles: \"%1\" is not a whole number").arg(parser.value(u"sim-vehicles"_s)));
    config.vehiclePositionInterval = integer(u"sim-interval"_s, &ok);
    if (!ok)
        return fail(tr("--sim-interval: \"%1\" is not a whole number of seconds")
                        .arg(parser.value(u"sim-interval"_s)));
    config.driverPositionInterval = qMax(config.vehiclePositionInterval, 2 * config.vehiclePositionInterval);
    config.seed = parser.value(u"sim-seed"_s).toULongLong(&ok);
    if (!ok)
        return fail(
            tr("--sim-seed: \"%1\" is not a non-negative whole number").arg(parser.value(u"sim-seed"_s)));
    config.timeAcceleration = parser.value(u"sim-speed"_s).toDouble(&ok);
    if (!ok)
        return fail(tr("--sim-speed: \"%1\" is not a number").arg(parser.value(u"sim-speed"_s)));
    QString faultError;
    const auto plan = FaultPlan::parse(parser.value(u"sim-faults"_s), &faultError);
    if (!plan)
        return fail(u"--sim-faults: "_s + faultError);
    config.faults = *plan;
    const QString problem = config.validate();
    if (!problem.isEmpty())
        return fail(problem);
    if (error)
        error->clear();
    return config;
}

} // namespace rw
