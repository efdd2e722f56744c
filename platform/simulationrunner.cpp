#include "simulationrunner.h"

#include "accounts/accountservice.h"
#include "intake/companyregistry.h"
#include "platformserver.h"
#include "simulator/simulatedcompany.h"
#include "simulator/trafficmodel.h"
#include "simulator/trafficsimulator.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonObject>

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
    m_permitImports.clear();
    if (!importCityPermits(*m_simulator->model(), server, &m_permitImports, error))
        return false;
    m_simulator->start();
    return true;
}

PermitImportResult SimulationRunner::cityPermits(const TrafficModel &model, PermitKind kind)
{
    QHash<QString, const SimulatedCompany *> companies;
    QHash<QString, const SimulatedVehicle *> vehicles; // by plate
    QHash<QString, const SimulatedDriver *> drivers;   // by LicenseId
    for (const SimulatedCompany &c : model.companies()) {
        companies.insert(c.companyId, &c);
        for (const SimulatedVehicle &v : c.vehicles)
            vehicles.insert(v.plate, &v);
        for (const SimulatedDriver &d : c.drivers)
            drivers.insert(d.licenseId, &d);
    }
    PermitImportResult result;
    result.kind = kind;
    const CityPermit::Kind wanted = kind == PermitKind::Company   ? CityPermit::Kind::Company
                                    : kind == PermitKind::Vehicle ? CityPermit::Kind::Vehicle
                                                                  : CityPermit::Kind::Driver;
    // cityPermits() lists only what the city issued: unlicensed vehicles and drivers are absent, expired
    // ones carry their past validTo (seed 002 Art. 14, 15(四), 41).
    for (const CityPermit &p : model.cityPermits()) {
        const SimulatedCompany *c = companies.value(p.companyId);
        if (p.kind != wanted || !c)
            continue;
        const QString region = QString::number(c->address);
        switch (kind) {
        case PermitKind::Company: {
            CompanyPermit permit;
            permit.certificate = p.number;
            permit.companyId = c->companyId;
            permit.name = c->name;
            permit.identifier = c->identifier;
            permit.regionCode = region;
            permit.operationArea = c->operationArea;
            permit.organization = c->permitOrganization;
            permit.certifyDate = c->permitFirstIssue;
            permit.validFrom = p.validFrom;
            permit.validTo = p.validTo;
            permit.state = c->permitState;
            result.companies.append(permit);
            break;
        }
        case PermitKind::Vehicle: {
            const SimulatedVehicle *v = vehicles.value(p.key);
            if (!v)
                continue;
            VehiclePermit permit;
            permit.certificate = p.number;
            permit.plate = v->plate;
            permit.plateColor = v->plateColor;
            permit.companyId = c->companyId;
            permit.ownerName = c->name; // the company's own cars
            permit.vin = v->vin;
            permit.regionCode = region;
            permit.organization = v->transAgency;
            permit.firstRegistration = v->certifyDateA; // Art. 41: the certificate ends 8 years after it
            permit.validFrom = p.validFrom;
            permit.validTo = p.validTo;
            permit.seats = v->seats;
            permit.brand = v->brand;
            permit.model = v->model;
            permit.fuelType = v->fuelType;
            result.vehicles.append(permit);
            break;
        }
        case PermitKind::Driver: {
            const SimulatedDriver *d = drivers.value(p.key);
            if (!d)
                continue;
            DriverPermit permit;
            permit.certificate = p.number;
            permit.name = d->name;
            permit.idNumber = d->licenseId; // the licence number is the ID number
            permit.licenceNumber = d->licenseId;
            permit.phone = d->phone;
            permit.gender = d->gender;
            permit.companyId = c->companyId;
            permit.companyName = c->name;
            permit.regionCode = region;
            permit.organization = d->issueOrganization;
            permit.driverType = d->driverType;
            permit.licenceFirstIssue = d->getLicenseDate; // Art. 15(一)
            permit.validFrom = p.validFrom;
            permit.validTo = p.validTo;
            result.drivers.append(permit);
            break;
        }
        }
        result.goodRows.append(++result.rowsRead);
    }
    return result;
}

bool SimulationRunner::importCityPermits(const TrafficModel &model, PlatformServer &server,
                                         QList<PermitStore::ImportSummary> *summaries, QString *error)
{
    const QString region = QString::number(model.city().regionCode());
    PermitStore store(server.database(), server.accounts().clock());
    for (const PermitKind kind : {PermitKind::Company, PermitKind::Vehicle, PermitKind::Driver}) {
        const PermitImportResult permits = cityPermits(model, kind);
        // As the permits API does: the import and its audit record together, or neither (L3-CES1-15).
        Transaction transaction(server.database());
        std::optional<PermitStore::ImportSummary> summary;
        if (transaction.isActive())
            summary = store.import(permits, {feedActor(), QStringLiteral("api"), region});
        const bool audited =
            summary && server.accounts().audit(feedActor(), QStringLiteral("system"),
                                               QStringLiteral("simulator"), QStringLiteral("permits.import"),
                                               PermitKinds::key(kind), AuditEntry::Outcome::Success,
                                               {{QStringLiteral("importId"), summary->importId},
                                                {QStringLiteral("format"), QStringLiteral("api")},
                                                {QStringLiteral("region"), region},
                                                {QStringLiteral("rowsRead"), summary->rowsRead},
                                                {QStringLiteral("inserted"), summary->inserted},
                                                {QStringLiteral("replaced"), summary->replaced},
                                                {QStringLiteral("unchanged"), summary->unchanged},
                                                {QStringLiteral("rejected"), summary->rejected}});
        if (!audited || !transaction.commit()) {
            const QString why = !transaction.isActive() ? transaction.error().toString()
                                : !summary              ? store.error().toString()
                                : !audited              ? tr("the audit trail cannot be written")
                                                        : transaction.error().toString();
            transaction.rollback();
            *error =
                tr("the simulated city's %1 permits cannot be imported: %2").arg(PermitKinds::key(kind), why);
            return false;
        }
        if (summaries)
            summaries->append(*summary);
    }
    return true;
}

void SimulationRunner::stop()
{
    if (m_simulator)
        m_simulator->stop();
    m_simulator.reset();
}

} // namespace rw
