#pragma once

#include "simrecord.h"
#include "simulatedcity.h"
#include "simulatedcompany.h"
#include "simulatorconfig.h"
#include "simulatorstats.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>

#include <memory>

namespace rw {

/** A permit as the city's 运政 system issued it (seed 000 Art. 5): the other side of 订单合规率. */
struct CityPermit
{
    enum class Kind { Company, Vehicle, Driver };

    Kind kind = Kind::Vehicle;
    QString companyId;
    QString key;    //!< CompanyId, VehicleNo or LicenseId
    QString number; //!< permit / certificate number
    QDate validFrom;
    QDate validTo;
};

/** A vehicle as it is right now in the simulation. */
struct VehicleView
{
    int company = -1;
    int vehicle = -1;
    QString plate;
    QGeoCoordinate position; //!< WGS-84
    double speedKmh = 0;
    int bizStatus = 4; //!< 1 载客, 2 接单, 3 空驶, 4 停运
    QString orderId;   //!< "0" when not serving an order
};

/**
 * \brief The simulation itself: companies operating in a city, second by second, with no network.
 *
 * advanceTo() moves the world forward and returns the records the companies send up to that time,
 * in the order they send them. The same config, city and start time give the same records (the
 * seed drives every choice), so tests and benchmarks can use it directly; TrafficSimulator adds
 * the clock and the uploads.
 *
 * Vehicles log in for shifts, cruise when empty (BizStatus 3), are matched to the nearest order
 * (2), carry the passenger (1) and log out (4), driving along the city's roads at 15–60 km/h.
 * Faults follow the FaultPlan with their own random stream, so turning faults on does not change
 * the traffic itself.
 */
class TrafficModel
{
    Q_DECLARE_TR_FUNCTIONS(rw::TrafficModel)

public:
    TrafficModel(const SimulatorConfig &config, const SimulatedCity &city, const QDateTime &start);
    ~TrafficModel();
    TrafficModel(const TrafficModel &) = delete;
    TrafficModel &operator=(const TrafficModel &) = delete;

    const SimulatedCity &city() const;
    const QList<SimulatedCompany> &companies() const;
    QDateTime startTime() const;
    QDateTime now() const;

    /** Runs the world up to \a until (whole seconds) and returns the records released by then. */
    QList<SimRecord> advanceTo(const QDateTime &until);
    QList<SimRecord> advanceBy(qint64 seconds);

    /** Records generated but held back (late, or waiting for an outage to end). */
    qsizetype heldCount() const;

    /** Generated records per interface and faults injected so far. */
    const SimulatorStats &stats() const;

    /** The permits the city issued to these companies: what a 运政 feed would deliver. */
    QList<CityPermit> cityPermits() const;

    QList<VehicleView> vehicles() const;

    /** Company index of an outage's "C1"-style or CompanyId reference, or -1. */
    int companyIndex(const QString &reference) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rw
