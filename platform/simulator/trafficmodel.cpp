#include "trafficmodel.h"

#include "chinatime.h"
#include "faultinjector.h"
#include "recordbuilder.h"
#include "simrandom.h"
#include "simulatorinterfaces.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

enum class Phase {
    OffShift, //!< not logged in: no positions (BizStatus 4 at logout)
    Idle,     //!< logged in, waiting (3)
    Cruising, //!< logged in, driving empty (3)
    ToPickup, //!< matched, driving to the passenger (2)
    AtPickup, //!< waiting for the passenger (2)
    Carrying, //!< passenger on board (1)
};

// Relative order demand by hour of the day in China: quiet nights, morning and evening peaks.
constexpr double kDemandByHour[24] = {0.25, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 1.3, 1.6, 1.2, 1.0, 1.0,
                                      1.2,  1.0,  0.9, 0.9, 1.0,  1.4, 1.7, 1.4, 1.2, 1.0, 0.7, 0.4};

constexpr double kMinSpeedKmh = 15;
constexpr double kMaxSpeedKmh = 60;

struct VehicleRun
{
    int company = 0;
    int index = 0;
    Phase phase = Phase::OffShift;
    int node = -1; //!< where it stands, or the last node passed

    Route route;
    QList<double> segmentLength;
    QList<double> segmentAzimuth;
    int segment = 0;
    double offset = 0;
    double segmentSpeed = 30;

    QGeoCoordinate position;
    double elevation = 0;
    double direction = 0;
    double speed = 0;

    qint64 nextVehicleFix = 0;
    qint64 nextDriverFix = 0;
    qint64 nextTotalMile = 0;
    qint64 shiftStart = 0;
    qint64 shiftEnd = 0;
    qint64 waitUntil = 0;
    int driverSlot = 0;
    int driver = -1;
    qint64 order = -1;
    double tripMetres = 0;
};

struct OrderRun
{
    QString id;
    int company = 0;
    int passenger = 0;
    int depNode = -1;
    int destNode = -1;
    QString departure;
    QString destination;
    int depRegion = 0;
    int destRegion = 0;
    bool outside = false;

    qint64 created = 0;
    qint64 matchAfter = 0;
    qint64 passengerCancelAt = -1;  //!< before a match
    qint64 cancelAfterMatchAt = -1; //!< after a match, by cancelAfterMatchBy
    int cancelAfterMatchBy = 0;     //!< 1 passenger, 2 driver
    qint64 matched = -1;
    qint64 atPickup = -1;
    qint64 pickedUp = -1;
    int vehicle = -1; //!< index into runs
    int driver = -1;
    double waitMetres = 0;
};

struct Scheduled
{
    int company = 0;
    QString ipcType;
    QJsonObject fields;
    qint64 businessTime = -1; //!< when it differs from the time it is sent (operatePay: the drop-off)
};

struct CompanyRun
{
    SimRandom traffic;
    SimRandom faults;
    qint64 orderSerial = 0;
    QList<int> driverOrders;
    QList<int> driverComplaints;
    QList<int> driverViolations;
    QList<qint64> nextDriverStat;
    QList<int> vehicleRuns; //!< indexes into Private::runs
};

struct ResolvedOutage
{
    int company = -1;
    qint64 start = 0;
    qint64 end = 0;
};

} // namespace

struct TrafficModel::Private
{
    SimulatorConfig config;
    SimulatedCity city;
    qint64 start = 0;
    qint64 now = 0;
    QDate today;
    QList<SimulatedCompany> companies;
    QList<CompanyRun> companyRuns;
    QList<VehicleRun> runs;
    std::map<qint64, OrderRun> orders; //!< active orders by serial
    qint64 nextOrderKey = 0;
    std::multimap<qint64, Scheduled> scheduled;
    QMap<qint64, QList<SimRecord>> outbox; //!< by release time
    qsizetype outboxSize = 0;
    QList<ResolvedOutage> outages;
    SimulatorStats stats;
    QList<CityPlace> pois, townships, outsidePlaces;
    QList<double> poiWeights, townshipWeights;

    Private(const SimulatorConfig &c, const SimulatedCity &ct)
        : config(c)
        , city(ct)
    {}

    // --- records -------------------------------------------------------------------------------
    void emitRecord(int company, const QString &ipcType, QJsonObject fields, qint64 businessTime,
                    bool initial = false, qint64 sendAt = -1);
    QJsonObject dynamicHeader(int company) const
    {
        return {{u"CompanyId"_s, companies.at(company).companyId}};
    }
    void putCoordinate(QJsonObject &o, int company, const QGeoCoordinate &c, const QString &lon,
                       const QString &lat) const
    {
        const auto [x, y] = RecordBuilder::encodeCoordinate(companies.at(company).encrypt, c);
        o.insert(lon, x);
        o.insert(lat, y);
    }

    // --- world ---------------------------------------------------------------------------------
    void initialise();
    void step(qint64 t);
    void spawnOrders(int company, qint64 t);
    void createOrder(int company, qint64 t);
    void processOrders(qint64 t);
    void cancelOrder(std::map<qint64, OrderRun>::iterator it, qint64 t, int operatorCode, int typeCode,
                     const QString &reason);
    void matchOrder(OrderRun &order, qint64 key, int run, qint64 t);
    void updateVehicle(VehicleRun &v, int runIndex, qint64 t);
    void login(VehicleRun &v, qint64 t);
    void logout(VehicleRun &v, qint64 t);
    void startCruise(VehicleRun &v, qint64 t);
    void setRoute(VehicleRun &v, int target);
    bool move(VehicleRun &v, double seconds);
    void placeAt(VehicleRun &v, int node);
    void pickSegmentSpeed(VehicleRun &v);
    void emitPositions(VehicleRun &v, qint64 t, int bizStatus);
    void arrive(VehicleRun &v, OrderRun &order, qint64 t);
    int bizStatus(const VehicleRun &v) const;
    QString orderIdOf(const VehicleRun &v) const;
    int randomTownNode(SimRandom &rng) const { return rng.pick(city.townNodes()); }
    SimulatedDriver &driverOf(const VehicleRun &v) { return companies[v.company].drivers[v.driver]; }
    SimulatedVehicle &vehicleOf(const VehicleRun &v) { return companies[v.company].vehicles[v.index]; }
    QDateTime at(qint64 t) const { return QDateTime::fromSecsSinceEpoch(t, Qt::UTC); }
};

// ---------------------------------------------------------------------------------------------
// Records and faults

void TrafficModel::Private::emitRecord(int company, const QString &ipcType, QJsonObject fields,
                                       qint64 businessTime, bool initial, qint64 sendAt)
{
    SimRecord record;
    record.ipcType = ipcType;
    record.company = company;
    record.fields = std::move(fields);
    record.businessTime = businessTime;
    record.initialBaseInfo = initial;
    ++stats.interfaces[ipcType].generated;

    qint64 release = std::max(businessTime, sendAt);
    if (!initial) {
        const FaultPlan &plan = config.faults;
        SimRandom &rng = companyRuns[company].faults;
        const double u = rng.uniform();
        if (u < plan.missing) {
            if (FaultInjector::removeRequired(record, rng))
                stats.addFault(FaultKind::Missing);
        } else if (u < plan.missing + plan.malformed) {
            if (FaultInjector::malform(record, rng))
                stats.addFault(FaultKind::Malformed);
        } else if (u < plan.missing + plan.malformed + plan.epoch) {
            if (FaultInjector::setEpoch(record, rng))
                stats.addFault(FaultKind::Epoch);
        }
        if (rng.chance(plan.late)) {
            // Seed 000 Art. 15(三): beyond the limit of the record's family.
            const SimInterfaceInfo *info = SimulatorInterfaces::find(ipcType);
            const qint64 limit =
                SimulatorInterfaces::timelinessLimitSeconds(info ? info->family : InterfaceFamily::Order);
            release =
                std::max(release, businessTime + limit + 1 + qint64(double(limit) * rng.uniform(0.05, 1.0)));
            record.late = true;
            stats.addFault(FaultKind::Late);
        }
    }
    for (const ResolvedOutage &outage : std::as_const(outages)) {
        if (outage.company == company && release >= outage.start && release < outage.end) {
            // Seed 000 Art. 12: what could not be sent is re-sent once the system is back.
            const qint64 spread = std::min<qint64>(300, std::max<qint64>(1, (outage.end - outage.start) / 2));
            release = outage.end + companyRuns[company].faults.range(0, spread);
            record.backfill = true;
            stats.addFault(FaultKind::Backfill);
        }
    }
    record.releaseTime = release;
    outbox[release].append(std::move(record));
    ++outboxSize;
}

// ---------------------------------------------------------------------------------------------
// Set-up

void TrafficModel::Private::initialise()
{
    today = ChinaTime::date(at(start));
    SimRandom root(config.seed);
    QSet<QString> usedKeys;
    const int vehicles = config.vehiclesPerCompany;
    const int drivers = std::max(vehicles, int(std::lround(vehicles * config.driversPerVehicle)));
    for (int c = 0; c < config.companies; ++c) {
        SimRandom companyRng = root.fork(quint64(c) + 1);
        CompanyGeneration params;
        params.index = c;
        params.vehicles = vehicles;
        params.drivers = drivers;
        params.passengers = vehicles * config.passengersPerVehicle;
        params.today = today;
        params.unlicensed = config.faults.unlicensed;
        params.expired = config.faults.expired;
        params.junior = config.faults.junior;
        // Faults draw from their own streams so that the fleet and its traffic do not depend on them.
        SimRandom entityRng(config.seed ^ (0xE17ULL * (quint64(c) + 1)));
        SimulatedCompany company = SimulatedCompany::generate(city, params, companyRng, entityRng, usedKeys);
        CompanyRun run;
        run.traffic = companyRng.fork(0x7A);
        run.faults = SimRandom(config.seed ^ (0xFA017ULL * (quint64(c) + 1)));
        run.driverOrders = QList<int>(company.drivers.size(), 0);
        run.driverComplaints = QList<int>(company.drivers.size(), 0);
        run.driverViolations = QList<int>(company.drivers.size(), 0);
        for (int dIndex = 0; dIndex < company.drivers.size(); ++dIndex)
            run.nextDriverStat.append(start + 1 + run.traffic.range(0, config.driverStatInterval - 1));
        for (const SimulatedVehicle &v : std::as_const(company.vehicles)) {
            stats.addFault(FaultKind::UnlicensedVehicle, v.permitted ? 0 : 1);
            stats.addFault(FaultKind::ExpiredVehicle, v.expired ? 1 : 0);
        }
        for (const SimulatedDriver &dr : std::as_const(company.drivers)) {
            stats.addFault(FaultKind::UnlicensedDriver, dr.permitted ? 0 : 1);
            stats.addFault(FaultKind::ExpiredDriver, dr.expired ? 1 : 0);
            stats.addFault(FaultKind::JuniorDriver, dr.junior ? 1 : 0);
        }
        companies.append(company);
        companyRuns.append(run);
    }

    pois = city.places(CityPlace::Kind::Poi);
    townships = city.places(CityPlace::Kind::Township);
    outsidePlaces = city.places(CityPlace::Kind::Outside);
    for (const CityPlace &p : std::as_const(pois))
        poiWeights.append(p.weight);
    for (const CityPlace &p : std::as_const(townships))
        townshipWeights.append(p.weight);

    for (const OutageWindow &w : std::as_const(config.faults.outages)) {
        ResolvedOutage outage;
        outage.company = -1;
        static const QRegularExpression ordinal(u"^[Cc](\\d+)$"_s);
        const auto match = ordinal.match(w.company);
        if (match.hasMatch())
            outage.company = match.captured(1).toInt() - 1;
        for (int c = 0; c < companies.size() && outage.company < 0; ++c) {
            if (companies.at(c).companyId == w.company)
                outage.company = c;
        }
        if (outage.company < 0 || outage.company >= companies.size())
            continue;
        outage.start = start + w.offsetSeconds;
        outage.end = outage.start + w.durationSeconds;
        outages.append(outage);
        if (w.offsetSeconds == 0)
            stats.addFault(FaultKind::Outage);
    }

    // Registration: every company's base-info at the start (seed 000 Art. 6).
    const QDateTime startTime = at(start);
    for (int c = 0; c < companies.size(); ++c) {
        for (const auto &[ipcType, fields] : RecordBuilder::registration(companies.at(c), startTime))
            emitRecord(c, ipcType, fields, start, true);
    }

    // The fleet at the start: most vehicles already on shift, in town.
    int global = 0;
    for (int c = 0; c < companies.size(); ++c) {
        CompanyRun &cr = companyRuns[c];
        for (int i = 0; i < companies.at(c).vehicles.size(); ++i, ++global) {
            VehicleRun v;
            v.company = c;
            v.index = i;
            const int node =
                cr.traffic.chance(0.9) ? randomTownNode(cr.traffic) : cr.traffic.pick(townships).node;
            placeAt(v, node);
            v.nextTotalMile = start + 1 + cr.traffic.range(0, config.totalMileInterval - 1);
            if (companies.at(c).vehicles.at(i).drivers.isEmpty()) {
                v.phase = Phase::OffShift;
                v.shiftStart = std::numeric_limits<qint64>::max();
            } else if (cr.traffic.chance(0.75)) {
                login(v, start);
                v.shiftEnd = start + cr.traffic.range(600, 8 * 3600);
                v.nextVehicleFix = start + 1 + global % config.vehiclePositionInterval;
                v.nextDriverFix = start + 1 + global % config.driverPositionInterval;
            } else {
                v.phase = Phase::OffShift;
                v.shiftStart = start + cr.traffic.range(300, 4 * 3600);
            }
            cr.vehicleRuns.append(int(runs.size()));
            runs.append(v);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Vehicles

void TrafficModel::Private::placeAt(VehicleRun &v, int node)
{
    v.node = node;
    v.position = city.roads().coordinate(node);
    v.elevation = city.roads().elevation(node);
    v.route.clear();
    v.segment = 0;
    v.offset = 0;
    v.speed = 0;
}

void TrafficModel::Private::pickSegmentSpeed(VehicleRun &v)
{
    SimRandom &rng = companyRuns[v.company].traffic;
    const double limit = v.route.at(v.segment).speedKmh;
    v.segmentSpeed =
        std::clamp(limit * vehicleOf(v).speedFactor * rng.uniform(0.88, 1.08), kMinSpeedKmh, kMaxSpeedKmh);
}

void TrafficModel::Private::setRoute(VehicleRun &v, int target)
{
    Route route;
    if (!v.route.isEmpty() && v.segment < v.route.size() - 1 && v.route.at(v.segment + 1).node >= 0) {
        // Moving: carry on to the next node, then take the fastest way from there.
        RoutePoint here{v.position, v.elevation, v.route.at(v.segment).speedKmh, -1};
        route = city.roads().route(v.route.at(v.segment + 1).node, target);
        route.prepend(here);
    } else {
        route = city.roads().route(v.node, target);
    }
    v.route = route;
    v.segment = 0;
    v.offset = 0;
    v.segmentLength.clear();
    v.segmentAzimuth.clear();
    for (qsizetype i = 1; i < route.size(); ++i) {
        v.segmentLength.append(route.at(i - 1).coordinate.distanceTo(route.at(i).coordinate));
        v.segmentAzimuth.append(route.at(i - 1).coordinate.azimuthTo(route.at(i).coordinate));
    }
    if (route.size() >= 2)
        pickSegmentSpeed(v);
}

bool TrafficModel::Private::move(VehicleRun &v, double seconds)
{
    const qsizetype last = v.route.size() - 1;
    if (last < 1 || v.segment >= last) {
        v.speed = 0;
        if (!v.route.isEmpty())
            v.node = v.route.last().node;
        return true;
    }
    double remaining = v.segmentSpeed / 3.6 * seconds;
    double moved = 0;
    v.speed = v.segmentSpeed;
    while (remaining > 0 && v.segment < last) {
        const double left = v.segmentLength.at(v.segment) - v.offset;
        if (remaining < left) {
            v.offset += remaining;
            moved += remaining;
            remaining = 0;
        } else {
            moved += left;
            remaining -= left;
            if (v.route.at(v.segment + 1).node >= 0)
                v.node = v.route.at(v.segment + 1).node;
            ++v.segment;
            v.offset = 0;
            if (v.segment < last)
                pickSegmentSpeed(v);
        }
    }
    vehicleOf(v).odometerKm += moved / 1000.0;
    v.tripMetres += moved;
    if (v.segment >= last) {
        const RoutePoint &end = v.route.last();
        v.position = end.coordinate;
        v.elevation = end.elevation;
        v.node = end.node;
        v.speed = 0;
        v.route.clear();
        v.segment = 0;
        return true;
    }
    const RoutePoint &from = v.route.at(v.segment);
    const RoutePoint &to = v.route.at(v.segment + 1);
    const double f = v.segmentLength.at(v.segment) > 0 ? v.offset / v.segmentLength.at(v.segment) : 0;
    v.direction = v.segmentAzimuth.at(v.segment);
    v.position = from.coordinate.atDistanceAndAzimuth(v.offset, v.direction);
    v.elevation = from.elevation + (to.elevation - from.elevation) * f;
    return false;
}

int TrafficModel::Private::bizStatus(const VehicleRun &v) const
{
    switch (v.phase) {
    case Phase::OffShift:
        return 4;
    case Phase::Idle:
    case Phase::Cruising:
        return 3;
    case Phase::ToPickup:
    case Phase::AtPickup:
        return 2;
    case Phase::Carrying:
        return 1;
    }
    return 4;
}

QString TrafficModel::Private::orderIdOf(const VehicleRun &v) const
{
    if (v.order < 0 ||
        (v.phase != Phase::ToPickup && v.phase != Phase::AtPickup && v.phase != Phase::Carrying))
        return u"0"_s;
    const auto it = orders.find(v.order);
    return it == orders.end() ? u"0"_s : it->second.id;
}

void TrafficModel::Private::emitPositions(VehicleRun &v, qint64 t, int status)
{
    const SimulatedCompany &company = companies.at(v.company);
    const SimulatedVehicle &vehicle = company.vehicles.at(v.index);
    const QString orderId = status == 1 || status == 2 ? orderIdOf(v) : u"0"_s;
    const int speed = int(std::lround(v.speed));
    const int direction = int(std::lround(v.direction)) % 360;
    if (t >= v.nextVehicleFix || status == 4) {
        QJsonObject o = dynamicHeader(v.company);
        o.insert(u"VehicleNo"_s, vehicle.plate);
        o.insert(u"VehicleRegionCode"_s, city.regionCode());
        o.insert(u"PositionTime"_s, t);
        putCoordinate(o, v.company, v.position, u"Longitude"_s, u"Latitude"_s);
        o.insert(u"Encrypt"_s, company.encrypt);
        o.insert(u"Speed"_s, speed);
        o.insert(u"Direction"_s, direction);
        o.insert(u"Elevation"_s, int(std::lround(v.elevation)));
        o.insert(u"Mileage"_s, std::round(vehicle.odometerKm * 10.0) / 10.0);
        o.insert(u"WarnStatus"_s, 0);
        o.insert(u"VehStatus"_s, status == 4 ? 2 : 3); // JT/T 808 status bits: 1 ACC on, 2 positioned
        o.insert(u"BizStatus"_s, status);
        o.insert(u"OrderId"_s, orderId);
        emitRecord(v.company, u"positionVehicle"_s, o, t);
        while (v.nextVehicleFix <= t)
            v.nextVehicleFix += config.vehiclePositionInterval;
    }
    if (v.driver >= 0 && (t >= v.nextDriverFix || status == 4)) {
        // The driver's phone: the same place, give or take a few metres of phone GPS.
        SimRandom &rng = companyRuns[v.company].traffic;
        const QGeoCoordinate phone = v.position.atDistanceAndAzimuth(rng.uniform(0, 8), rng.uniform(0, 360));
        QJsonObject o = dynamicHeader(v.company);
        o.insert(u"LicenseId"_s, company.drivers.at(v.driver).licenseId);
        o.insert(u"DriverRegionCode"_s, city.regionCode());
        o.insert(u"VehicleNo"_s, vehicle.plate);
        o.insert(u"PositionTime"_s, t);
        putCoordinate(o, v.company, phone, u"Longitude"_s, u"Latitude"_s);
        o.insert(u"Encrypt"_s, company.encrypt);
        o.insert(u"Direction"_s, direction);
        o.insert(u"Elevation"_s, int(std::lround(v.elevation)));
        o.insert(u"Speed"_s, speed);
        o.insert(u"BizStatus"_s, status);
        o.insert(u"OrderId"_s, orderId);
        emitRecord(v.company, u"positionDriver"_s, o, t);
        while (v.nextDriverFix <= t)
            v.nextDriverFix += config.driverPositionInterval;
    }
}

void TrafficModel::Private::login(VehicleRun &v, qint64 t)
{
    SimRandom &rng = companyRuns[v.company].traffic;
    const SimulatedVehicle &vehicle = vehicleOf(v);
    v.driver = vehicle.drivers.at(v.driverSlot % vehicle.drivers.size());
    ++v.driverSlot;
    v.phase = Phase::Idle;
    v.waitUntil = t + rng.range(30, 300);
    v.shiftEnd = t + rng.range(3 * 3600, 9 * 3600);
    v.nextVehicleFix = t;
    v.nextDriverFix = t;
    v.order = -1;
    QJsonObject o = dynamicHeader(v.company);
    o.insert(u"LicenseId"_s, driverOf(v).licenseId);
    o.insert(u"VehicleNo"_s, vehicle.plate);
    o.insert(u"LoginTime"_s, ChinaTime::dateTime14(at(t)));
    putCoordinate(o, v.company, v.position, u"Longitude"_s, u"Latitude"_s);
    o.insert(u"Encrypt"_s, companies.at(v.company).encrypt);
    emitRecord(v.company, u"operateLogin"_s, o, t);
}

void TrafficModel::Private::logout(VehicleRun &v, qint64 t)
{
    SimRandom &rng = companyRuns[v.company].traffic;
    v.speed = 0;
    v.phase = Phase::OffShift;
    v.route.clear();
    emitPositions(v, t, 4);
    QJsonObject o = dynamicHeader(v.company);
    o.insert(u"LicenseId"_s, driverOf(v).licenseId);
    o.insert(u"VehicleNo"_s, vehicleOf(v).plate);
    o.insert(u"LogoutTime"_s, ChinaTime::dateTime14(at(t)));
    putCoordinate(o, v.company, v.position, u"Longitude"_s, u"Latitude"_s);
    o.insert(u"Encrypt"_s, companies.at(v.company).encrypt);
    emitRecord(v.company, u"operateLogout"_s, o, t);
    v.driver = -1;
    v.shiftStart = t + rng.range(3600, 6 * 3600);
}

void TrafficModel::Private::startCruise(VehicleRun &v, qint64 t)
{
    Q_UNUSED(t);
    SimRandom &rng = companyRuns[v.company].traffic;
    int target = randomTownNode(rng);
    if (city.isTownNode(v.node)) {
        // Empty cars circle nearby rather than crossing town.
        for (int tries = 0; tries < 8; ++tries) {
            const double d = city.roads().coordinate(target).distanceTo(v.position);
            if (target != v.node && d < 1500)
                break;
            target = randomTownNode(rng);
        }
    }
    if (target == v.node) {
        v.waitUntil = t + rng.range(60, 300);
        return;
    }
    v.tripMetres = 0;
    setRoute(v, target);
    v.phase = Phase::Cruising;
}

void TrafficModel::Private::arrive(VehicleRun &v, OrderRun &order, qint64 t)
{
    SimRandom &rng = companyRuns[v.company].traffic;
    CompanyRun &cr = companyRuns[v.company];
    const SimulatedCompany &company = companies.at(v.company);
    const SimulatedVehicle &vehicle = company.vehicles.at(v.index);
    const SimulatedDriver &driver = company.drivers.at(v.driver);
    const double driveKm = std::round(v.tripMetres / 10.0) / 100.0;
    const qint64 driveSeconds = t - order.pickedUp;
    const QGeoCoordinate dep = city.roads().coordinate(order.depNode);

    QJsonObject a = dynamicHeader(v.company);
    a.insert(u"OrderId"_s, order.id);
    putCoordinate(a, v.company, v.position, u"DestLongitude"_s, u"DestLatitude"_s);
    a.insert(u"Encrypt"_s, company.encrypt);
    a.insert(u"DestTime"_s, ChinaTime::dateTime14(at(t)));
    a.insert(u"DriveMile"_s, driveKm);
    a.insert(u"DriveTime"_s, driveSeconds);
    emitRecord(v.company, u"operateArrive"_s, a, t);

    // The fare of the company's scheme (A.4.6).
    const FareScheme &f = company.fare;
    const QDateTime local = ChinaTime::local(at(order.pickedUp));
    const int hhmm = local.time().hour() * 100 + local.time().minute();
    const bool peak = (hhmm >= f.morningPeakOn && hhmm < f.morningPeakOff) ||
                      (hhmm >= f.eveningPeakOn && hhmm < f.eveningPeakOff);
    const bool night = local.time().hour() >= 22 || local.time().hour() < 6;
    const double base = f.startFare + std::max(0.0, driveKm - f.startMile) * f.perKm +
                        double(driveSeconds) / 60.0 * f.perMinute;
    const double farUp = RecordBuilder::money(std::max(0.0, driveKm - f.farUpStartMile) * f.farUpPrice);
    const double peakUp =
        RecordBuilder::money(peak ? std::max(0.0, driveKm - f.peakUpStartMile) * f.peakUpPrice : 0);
    const double nightUp = RecordBuilder::money(night ? driveKm * f.nightPerKm : 0);
    const double price = RecordBuilder::money(base + farUp + peakUp + nightUp);
    const double benefit = rng.chance(0.2) ? RecordBuilder::money(std::min(5.0, price * 0.1)) : 0.0;
    const double fact = RecordBuilder::money(price - benefit);
    const qint64 payAt = t + rng.range(5, 60);

    QJsonObject p = dynamicHeader(v.company);
    p.insert(u"OrderId"_s, order.id);
    p.insert(u"OnArea"_s, order.depRegion);
    p.insert(u"DriverName"_s, driver.name);
    p.insert(u"LicenseId"_s, driver.licenseId);
    p.insert(u"FareType"_s, f.fareType);
    p.insert(u"VehicleNo"_s, vehicle.plate);
    p.insert(u"BookDepTime"_s, ChinaTime::dateTime14(at(order.created)));
    p.insert(u"WaitTime"_s, order.pickedUp - order.atPickup);
    putCoordinate(p, v.company, dep, u"DepLongitude"_s, u"DepLatitude"_s);
    p.insert(u"DepArea"_s, order.departure);
    p.insert(u"DepTime"_s, ChinaTime::dateTime14(at(order.pickedUp)));
    putCoordinate(p, v.company, v.position, u"DestLongitude"_s, u"DestLatitude"_s);
    p.insert(u"DestArea"_s, order.destination);
    p.insert(u"DestTime"_s, ChinaTime::dateTime14(at(t)));
    p.insert(u"BookModel"_s, u"快车"_s);
    p.insert(u"Model"_s, u"快车"_s);
    p.insert(u"DriveMile"_s, driveKm);
    p.insert(u"DriveTime"_s, driveSeconds);
    p.insert(u"WaitMile"_s, std::round(order.waitMetres / 100.0) / 10.0);
    p.insert(u"FactPrice"_s, fact);
    p.insert(u"Price"_s, price);
    p.insert(u"CashPrice"_s, 0);
    p.insert(u"LineName"_s, company.payName);
    p.insert(u"LinePrice"_s, fact);
    p.insert(u"BenfitPrice"_s, benefit); // sic: the spec's spelling
    p.insert(u"PeakUpPrice"_s, peakUp);
    p.insert(u"NightUpPrice"_s, nightUp);
    p.insert(u"FarUpPrice"_s, farUp);
    p.insert(u"OtherUpPrice"_s, 0);
    p.insert(u"PayState"_s, u"1"_s);
    p.insert(u"PayTime"_s, ChinaTime::dateTime14(at(payAt)));
    p.insert(u"OrderMatchTime"_s, ChinaTime::dateTime14(at(t))); // labelled 订单完成时间 in the spec
    p.insert(u"InvoiceStatus"_s, u"0"_s);
    scheduled.insert({payAt, {v.company, u"operatePay"_s, p, t}}); // business time: DestTime

    ++cr.driverOrders[v.driver];
    if (rng.chance(0.4)) {
        const qint64 when = payAt + rng.range(60, 1800);
        QJsonObject r = dynamicHeader(v.company);
        const int score = int(rng.weighted({0.02, 0.03, 0.1, 0.25, 0.6})) + 1;
        r.insert(u"OrderId"_s, order.id);
        r.insert(u"EvaluateTime"_s, ChinaTime::dateTime14(at(when)));
        r.insert(u"ServiceScore"_s, score);
        r.insert(u"DriverScore"_s, score);
        r.insert(u"VehicleScore"_s, std::max(1, score - int(rng.range(0, 1))));
        if (score >= 4)
            r.insert(u"Detail"_s, rng.pick(QList<QString>{u"司机很准时"_s, u"车内干净"_s, u"服务热情"_s}));
        scheduled.insert({when, {v.company, u"ratedPassenger"_s, r}});
    }
    if (rng.chance(0.01)) {
        const qint64 when = t + rng.range(300, 3600);
        const QString detail = rng.pick(QList<QString>{u"司机绕路"_s, u"服务态度差"_s, u"车内有异味"_s});
        QJsonObject r = dynamicHeader(v.company);
        r.insert(u"OrderId"_s, order.id);
        r.insert(u"ComplaintTime"_s, ChinaTime::dateTime14(at(when)));
        r.insert(u"Detail"_s, detail);
        r.insert(u"Result"_s, u"已核实处理"_s);
        scheduled.insert({when, {v.company, u"ratedPassengerComplaint"_s, r}});
        ++cr.driverComplaints[v.driver];
        if (rng.chance(0.5)) {
            const qint64 punishAt = when + rng.range(600, 7200);
            QJsonObject pu = dynamicHeader(v.company);
            pu.insert(u"LicenseId"_s, driver.licenseId);
            pu.insert(u"PunishTime"_s, ChinaTime::dateTime14(at(punishAt)));
            pu.insert(u"PunishReason"_s, detail);
            pu.insert(u"PunishResult"_s, u"警告并扣减服务分"_s);
            scheduled.insert({punishAt, {v.company, u"ratedDriverPunish"_s, pu}});
        }
    }
}

void TrafficModel::Private::updateVehicle(VehicleRun &v, int runIndex, qint64 t)
{
    Q_UNUSED(runIndex);
    SimRandom &rng = companyRuns[v.company].traffic;
    switch (v.phase) {
    case Phase::OffShift:
        if (t >= v.shiftStart)
            login(v, t);
        break;
    case Phase::Idle:
        if (t >= v.shiftEnd) {
            logout(v, t);
            return;
        }
        if (t >= v.waitUntil)
            startCruise(v, t);
        break;
    case Phase::Cruising:
        if (move(v, 1.0)) {
            v.phase = Phase::Idle;
            v.waitUntil = t + rng.range(60, 400);
        }
        break;
    case Phase::ToPickup: {
        auto it = orders.find(v.order);
        if (it == orders.end()) { // cancelled
            v.phase = Phase::Idle;
            v.waitUntil = t + rng.range(30, 120);
            break;
        }
        OrderRun &order = it->second;
        if (order.cancelAfterMatchAt >= 0 && t >= order.cancelAfterMatchAt) {
            const bool byDriver = order.cancelAfterMatchBy == 2;
            cancelOrder(it, t, byDriver ? 2 : 1, byDriver ? 2 : 1,
                        byDriver ? u"车辆故障无法接驾"_s : u"乘客行程有变"_s);
            v.phase = Phase::Idle;
            v.order = -1;
            v.waitUntil = t + rng.range(30, 120);
            break;
        }
        if (move(v, 1.0)) {
            v.phase = Phase::AtPickup;
            order.atPickup = t;
            order.waitMetres = v.tripMetres;
            v.waitUntil = t + rng.range(20, 150);
        }
        break;
    }
    case Phase::AtPickup:
        if (t >= v.waitUntil) {
            auto it = orders.find(v.order);
            if (it == orders.end()) {
                v.phase = Phase::Idle;
                break;
            }
            OrderRun &order = it->second;
            order.pickedUp = t;
            const SimulatedCompany &company = companies.at(v.company);
            QJsonObject o = dynamicHeader(v.company);
            o.insert(u"OrderId"_s, order.id);
            o.insert(u"LicenseId"_s, driverOf(v).licenseId);
            o.insert(u"FareType"_s, company.fare.fareType);
            o.insert(u"VehicleNo"_s, vehicleOf(v).plate);
            putCoordinate(o, v.company, v.position, u"DepLongitude"_s, u"DepLatitude"_s);
            o.insert(u"Encrypt"_s, company.encrypt);
            o.insert(u"DepTime"_s, ChinaTime::dateTime14(at(t)));
            o.insert(u"WaitMile"_s, std::round(order.waitMetres / 100.0) / 10.0);
            o.insert(u"WaitTime"_s, t - order.atPickup);
            emitRecord(v.company, u"operateDepart"_s, o, t);
            v.tripMetres = 0;
            setRoute(v, order.destNode);
            v.phase = Phase::Carrying;
        }
        break;
    case Phase::Carrying:
        if (move(v, 1.0)) {
            auto it = orders.find(v.order);
            if (it != orders.end()) {
                arrive(v, it->second, t);
                orders.erase(it);
            }
            v.order = -1;
            v.phase = Phase::Idle;
            v.waitUntil = t + rng.range(30, 200);
        }
        break;
    }
    if (v.phase != Phase::OffShift)
        emitPositions(v, t, bizStatus(v));
    if (t >= v.nextTotalMile) {
        const SimulatedCompany &company = companies.at(v.company);
        const SimulatedVehicle &vehicle = company.vehicles.at(v.index);
        if (vehicle.sendsBaseInfo)
            emitRecord(v.company, u"baseInfoVehicleTotalMile"_s,
                       RecordBuilder::vehicleTotalMile(company, vehicle, at(t), RecordBuilder::Update), t);
        v.nextTotalMile += config.totalMileInterval;
    }
}

// ---------------------------------------------------------------------------------------------
// Orders

void TrafficModel::Private::spawnOrders(int company, qint64 t)
{
    CompanyRun &cr = companyRuns[company];
    const int hour = ChinaTime::local(at(t)).time().hour();
    double expected = double(companies.at(company).vehicles.size()) * config.ordersPerVehicleHour *
                      kDemandByHour[hour] / 3600.0;
    while (expected > 0) {
        if (cr.traffic.chance(std::min(1.0, expected)))
            createOrder(company, t);
        expected -= 1.0;
    }
}

void TrafficModel::Private::createOrder(int company, qint64 t)
{
    CompanyRun &cr = companyRuns[company];
    SimRandom &rng = cr.traffic;
    SimulatedCompany &c = companies[company];
    OrderRun order;
    order.company = company;
    order.created = t;
    order.matchAfter = t + rng.range(3, 20);
    ++cr.orderSerial;
    order.id = u"%1%2%3"_s.arg(c.companyId.right(4), ChinaTime::local(at(t)).toString(u"yyMMddhhmmss"_s))
                   .arg(cr.orderSerial % 10000, 4, 10, QLatin1Char('0'));

    auto placeName = [this](int node) {
        for (const CityPlace &p : std::as_const(city.places())) {
            if (p.node == node)
                return p.kind == CityPlace::Kind::Poi ? p.name : city.addressOf(node);
        }
        return city.addressOf(node);
    };
    auto regionOf = [this](int node) {
        for (const CityPlace &p : std::as_const(outsidePlaces)) {
            if (p.node == node)
                return p.regionCode;
        }
        return city.regionCode();
    };

    // Seed 002 Art. 22: an out-of-area trip must have one end inside; the fault has neither.
    if (outsidePlaces.size() >= 2 && cr.faults.chance(config.faults.outside)) {
        const int a = int(cr.faults.range(0, outsidePlaces.size() - 1));
        int b = int(cr.faults.range(0, outsidePlaces.size() - 2));
        if (b >= a)
            ++b;
        order.depNode = outsidePlaces.at(a).node;
        order.destNode = outsidePlaces.at(b).node;
        order.outside = true;
        stats.addFault(FaultKind::Outside);
    } else {
        const double r = rng.uniform();
        if (r < 0.12 && !pois.isEmpty())
            order.depNode = pois.at(rng.weighted(poiWeights)).node;
        else if (r < 0.17 && !townships.isEmpty())
            order.depNode = townships.at(rng.weighted(townshipWeights)).node;
        else
            order.depNode = randomTownNode(rng);
        const double s = rng.uniform();
        if (s < 0.15 && city.isTownNode(order.depNode) && !townships.isEmpty()) {
            order.destNode = townships.at(rng.weighted(townshipWeights)).node;
        } else if (s < 0.3 && !pois.isEmpty()) {
            order.destNode = pois.at(rng.weighted(poiWeights)).node;
        } else {
            order.destNode = randomTownNode(rng);
            const QGeoCoordinate dep = city.roads().coordinate(order.depNode);
            for (int tries = 0; tries < 10 && city.roads().coordinate(order.destNode).distanceTo(dep) < 700;
                 ++tries)
                order.destNode = randomTownNode(rng);
        }
        if (order.destNode == order.depNode)
            order.destNode =
                city.townNodes().at((city.townNodes().indexOf(order.depNode) + 7) % city.townNodes().size());
    }
    order.departure = placeName(order.depNode);
    order.destination = placeName(order.destNode);
    order.depRegion = regionOf(order.depNode);
    order.destRegion = regionOf(order.destNode);

    if (rng.chance(0.05) || c.passengers.isEmpty()) {
        const SimulatedPassenger p = c.newPassenger(today, rng);
        emitRecord(company, u"baseInfoPassenger"_s, RecordBuilder::passenger(c, p, at(t), RecordBuilder::Add),
                   t);
    }
    order.passenger = int(rng.range(0, c.passengers.size() - 1));
    if (rng.chance(0.04))
        order.passengerCancelAt = t + rng.range(8, 90);

    QJsonObject o = dynamicHeader(company);
    o.insert(u"Address"_s, order.depRegion);
    o.insert(u"OrderId"_s, order.id);
    o.insert(u"DepartTime"_s, ChinaTime::dateTime14(at(t)));
    o.insert(u"OrderTime"_s, ChinaTime::dateTime14(at(t)));
    if (rng.chance(0.1))
        o.insert(u"PassengerNote"_s, rng.pick(QList<QString>{u"有行李"_s, u"带小孩"_s, u"请到路口接"_s}));
    o.insert(u"Departure"_s, order.departure);
    putCoordinate(o, company, city.roads().coordinate(order.depNode), u"DepLongitude"_s, u"DepLatitude"_s);
    o.insert(u"Destination"_s, order.destination);
    putCoordinate(o, company, city.roads().coordinate(order.destNode), u"DestLongitude"_s, u"DestLatitude"_s);
    o.insert(u"Encrypt"_s, c.encrypt);
    o.insert(u"FareType"_s, c.fare.fareType);
    emitRecord(company, u"orderCreate"_s, o, t);
    orders.emplace(nextOrderKey++, order);
}

void TrafficModel::Private::cancelOrder(std::map<qint64, OrderRun>::iterator it, qint64 t, int operatorCode,
                                        int typeCode, const QString &reason)
{
    const OrderRun &order = it->second;
    QJsonObject o = dynamicHeader(order.company);
    o.insert(u"Address"_s, order.depRegion);
    o.insert(u"OrderId"_s, order.id);
    o.insert(u"OrderTime"_s, ChinaTime::dateTime14(at(order.created)));
    o.insert(u"CancelTime"_s, ChinaTime::dateTime14(at(t)));
    o.insert(u"Operator"_s, QString::number(operatorCode));
    o.insert(u"CancelTypeCode"_s, QString::number(typeCode));
    o.insert(u"CancelReason"_s, reason);
    emitRecord(order.company, u"orderCancel"_s, o, t);
    orders.erase(it);
}

void TrafficModel::Private::matchOrder(OrderRun &order, qint64 key, int runIndex, qint64 t)
{
    VehicleRun &v = runs[runIndex];
    SimRandom &rng = companyRuns[v.company].traffic;
    const SimulatedCompany &company = companies.at(v.company);
    const SimulatedVehicle &vehicle = company.vehicles.at(v.index);
    const SimulatedDriver &driver = company.drivers.at(v.driver);
    order.matched = t;
    order.vehicle = runIndex;
    order.driver = v.driver;
    if (rng.chance(0.03)) {
        order.cancelAfterMatchBy = rng.chance(0.35) ? 2 : 1;
        order.cancelAfterMatchAt = t + rng.range(20, 150);
    }
    if (!vehicle.permitted || vehicle.expired || !driver.permitted || driver.expired)
        stats.addFault(FaultKind::NonCompliantOrder);

    QJsonObject o = dynamicHeader(v.company);
    o.insert(u"Address"_s, order.depRegion);
    o.insert(u"OrderId"_s, order.id);
    putCoordinate(o, v.company, v.position, u"Longitude"_s, u"Latitude"_s);
    o.insert(u"Encrypt"_s, company.encrypt);
    o.insert(u"LicenseId"_s, driver.licenseId);
    o.insert(u"DriverPhone"_s, driver.phone);
    o.insert(u"VehicleNo"_s, vehicle.plate);
    o.insert(u"DistributeTime"_s, ChinaTime::dateTime14(at(t)));
    emitRecord(v.company, u"orderMatch"_s, o, t);

    v.order = key;
    v.tripMetres = 0;
    setRoute(v, order.depNode);
    v.phase = Phase::ToPickup;
    if (v.route.size() < 2) { // already there
        v.route.clear();
        v.phase = Phase::AtPickup;
        order.atPickup = t;
        v.waitUntil = t + rng.range(20, 150);
    }
}

void TrafficModel::Private::processOrders(qint64 t)
{
    for (auto it = orders.begin(); it != orders.end();) {
        OrderRun &order = it->second;
        if (order.matched >= 0) {
            ++it;
            continue;
        }
        if (order.passengerCancelAt >= 0 && t >= order.passengerCancelAt) {
            auto next = std::next(it);
            cancelOrder(it, t, 1, 1, u"乘客行程有变"_s);
            it = next;
            continue;
        }
        if (t < order.matchAfter) {
            ++it;
            continue;
        }
        // Dispatch (派单) to the nearest free vehicle of the company that is not about to end its shift.
        const QGeoCoordinate pickup = city.roads().coordinate(order.depNode);
        int best = -1;
        double bestMetres = std::numeric_limits<double>::max();
        for (int runIndex : std::as_const(companyRuns[order.company].vehicleRuns)) {
            const VehicleRun &v = runs.at(runIndex);
            if ((v.phase != Phase::Idle && v.phase != Phase::Cruising) || t > v.shiftEnd - 600)
                continue;
            const double d = v.position.distanceTo(pickup);
            if (d < bestMetres) {
                bestMetres = d;
                best = runIndex;
            }
        }
        if (best >= 0) {
            matchOrder(order, it->first, best, t);
            ++it;
        } else if (t - order.created >= 180) {
            auto next = std::next(it);
            cancelOrder(it, t, 3, 3, u"附近暂无可用车辆"_s);
            it = next;
        } else {
            ++it;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The clock

void TrafficModel::Private::step(qint64 t)
{
    for (const ResolvedOutage &outage : std::as_const(outages)) {
        if (outage.start == t)
            stats.addFault(FaultKind::Outage);
    }
    for (int c = 0; c < companies.size(); ++c)
        spawnOrders(c, t);
    processOrders(t);
    for (int i = 0; i < runs.size(); ++i)
        updateVehicle(runs[i], i, t);

    while (!scheduled.empty() && scheduled.begin()->first <= t) {
        auto node = scheduled.extract(scheduled.begin());
        Scheduled &item = node.mapped();
        emitRecord(item.company, item.ipcType, std::move(item.fields),
                   item.businessTime >= 0 ? item.businessTime : node.key(), false, node.key());
    }

    for (int c = 0; c < companies.size(); ++c) {
        CompanyRun &cr = companyRuns[c];
        const SimulatedCompany &company = companies.at(c);
        for (int dIndex = 0; dIndex < company.drivers.size(); ++dIndex) {
            if (t < cr.nextDriverStat.at(dIndex))
                continue;
            cr.nextDriverStat[dIndex] += config.driverStatInterval;
            const SimulatedDriver &driver = company.drivers.at(dIndex);
            if (driver.sendsBaseInfo)
                emitRecord(c, u"baseInfoDriverStat"_s,
                           RecordBuilder::driverStat(
                               company, driver, cr.driverOrders.at(dIndex), cr.driverViolations.at(dIndex),
                               cr.driverComplaints.at(dIndex), at(t), RecordBuilder::Update),
                           t);
        }
        // Service-reputation assessments (A.8.4) now and then: about one per company per hour.
        if (cr.traffic.chance(1.0 / 3600.0) && !company.drivers.isEmpty()) {
            const SimulatedDriver &driver = cr.traffic.pick(company.drivers);
            QJsonObject o = dynamicHeader(c);
            o.insert(u"LicenseId"_s, driver.licenseId);
            o.insert(u"Level"_s, int(cr.traffic.range(3, 5)));
            o.insert(u"TestDate"_s, ChinaTime::date8(ChinaTime::date(at(t))));
            // Seed 002 Art. 4: the city's natural resources and planning bureau supervises ride-hailing.
            o.insert(u"TestDepartment"_s, city.name() + u"自然资源和城乡规划建设局"_s);
            emitRecord(c, u"ratedDriver"_s, o, t);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Public API

TrafficModel::TrafficModel(const SimulatorConfig &config, const SimulatedCity &city, const QDateTime &start)
    : d(std::make_unique<Private>(config, city))
{
    d->start = start.toSecsSinceEpoch();
    d->now = d->start;
    d->initialise();
}

TrafficModel::~TrafficModel() = default;

const SimulatedCity &TrafficModel::city() const
{
    return d->city;
}

const QList<SimulatedCompany> &TrafficModel::companies() const
{
    return d->companies;
}

QDateTime TrafficModel::startTime() const
{
    return d->at(d->start);
}

QDateTime TrafficModel::now() const
{
    return d->at(d->now);
}

QList<SimRecord> TrafficModel::advanceTo(const QDateTime &until)
{
    const qint64 end = until.toSecsSinceEpoch();
    while (d->now < end) {
        ++d->now;
        d->step(d->now);
    }
    QList<SimRecord> released;
    while (!d->outbox.isEmpty() && d->outbox.firstKey() <= d->now) {
        QList<SimRecord> batch = d->outbox.take(d->outbox.firstKey());
        d->outboxSize -= batch.size();
        released.append(std::move(batch));
    }
    d->stats.held = d->outboxSize;
    return released;
}

QList<SimRecord> TrafficModel::advanceBy(qint64 seconds)
{
    return advanceTo(d->at(d->now + seconds));
}

qsizetype TrafficModel::heldCount() const
{
    qsizetype n = 0;
    for (auto it = d->outbox.cbegin(); it != d->outbox.cend(); ++it) {
        if (it.key() > d->now)
            n += it->size();
    }
    return n;
}

const SimulatorStats &TrafficModel::stats() const
{
    return d->stats;
}

int TrafficModel::companyIndex(const QString &reference) const
{
    static const QRegularExpression ordinal(u"^[Cc](\\d+)$"_s);
    const auto match = ordinal.match(reference);
    if (match.hasMatch()) {
        const int i = match.captured(1).toInt() - 1;
        return i >= 0 && i < d->companies.size() ? i : -1;
    }
    for (int c = 0; c < d->companies.size(); ++c) {
        if (d->companies.at(c).companyId == reference)
            return c;
    }
    return -1;
}

QList<CityPermit> TrafficModel::cityPermits() const
{
    QList<CityPermit> permits;
    for (const SimulatedCompany &c : d->companies) {
        permits.append({CityPermit::Kind::Company, c.companyId, c.companyId, c.permitNumber, c.permitStart,
                        c.permitStop});
        for (const SimulatedVehicle &v : c.vehicles) {
            if (v.permitted)
                permits.append({CityPermit::Kind::Vehicle, c.companyId, v.plate, v.certificate,
                                v.transDateStart, v.transDateStop});
        }
        for (const SimulatedDriver &dr : c.drivers) {
            if (dr.permitted)
                permits.append({CityPermit::Kind::Driver, c.companyId, dr.licenseId, dr.certificateNo,
                                dr.proofOn, dr.proofOff});
        }
    }
    return permits;
}

QList<VehicleView> TrafficModel::vehicles() const
{
    QList<VehicleView> result;
    result.reserve(d->runs.size());
    for (const VehicleRun &v : std::as_const(d->runs)) {
        VehicleView view;
        view.company = v.company;
        view.vehicle = v.index;
        view.plate = d->companies.at(v.company).vehicles.at(v.index).plate;
        view.position = v.position;
        view.speedKmh = v.speed;
        view.bizStatus = d->bizStatus(v);
        view.orderId = d->orderIdOf(v);
        result.append(view);
    }
    return result;
}

} // namespace rw
