#pragma once

#include "simrandom.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace rw {

class SimulatedCity;

/** A company's fare scheme (baseInfoCompanyFare, A.4.6). Money in 元, distances in km. */
struct FareScheme
{
    QString fareType; //!< the company's own code, V16
    QString note;
    double startFare = 8;
    double startMile = 3;
    double perKm = 2;
    double perMinute = 0.3;
    double farUpPrice = 1; //!< extra per km beyond farUpStartMile (远途加价)
    double farUpStartMile = 15;
    double peakUpPrice = 0.5; //!< extra per km in peak hours
    double peakUpStartMile = 0;
    double nightPerKm = 0.6; //!< 22:00–06:00
    int morningPeakOn = 730, morningPeakOff = 900, eveningPeakOn = 1700, eveningPeakOff = 1900; //!< HHmm
};

/** An insurance policy of a vehicle (baseInfoVehicleInsurance, A.4.8). */
struct VehicleInsurance
{
    QString company;
    QString number;
    QString type;
    double amount = 0;
    QDate from;
    QDate to;
};

/** A vehicle as its company knows it, plus what the simulator did to it. */
struct SimulatedVehicle
{
    QString plate; //!< VehicleNo, e.g. "琼DD12345" (new-energy plates carry D or F)
    QString plateColor;
    int seats = 5;
    QString brand, model, vehicleType, colour, engineId, vin, fuelType, engineDisplace;
    QDate certifyDateA, certifyDateB;
    QString certificate; //!< 运输证字号; empty when the vehicle has no permit
    QString transAgency, transArea;
    QDate transDateStart, transDateStop;
    QDate nextFixDate, gpsInstallDate, registerDate;
    QString checkState, feePrintId, gpsBrand, gpsModel, gpsImei;
    double odometerKm = 0;
    double speedFactor = 1; //!< this driver-and-car's share of the speed limit
    QList<VehicleInsurance> insurances;
    QList<int> drivers; //!< indexes into SimulatedCompany::drivers, taking shifts in turn

    bool sendsBaseInfo = true; //!< false: positions and orders for a plate never registered (unlicensed)
    bool permitted = true;     //!< false: no transport permit from the city (unlicensed)
    bool expired = false;      //!< the transport permit has expired
};

/** A driver as the company knows them. All personal data is synthetic. */
struct SimulatedDriver
{
    QString name, phone, gender, nation, education;
    QDate birthday;
    QString licenseId; //!< 机动车驾驶证号 = the 18-digit ID number
    QString driverType;
    QDate getLicenseDate, licenseOn, licenseOff;
    QString certificateNo; //!< 网约车驾驶员证号
    QString issueOrganization;
    QDate networkCarIssueDate, getNetworkCarProofDate, proofOn, proofOff, registerDate, contractOn,
        contractOff;
    QString contactAddress, emergencyContact, emergencyPhone;
    bool fullTime = true;
    int netType = 1;
    QString appVersion;
    int vehicle = -1;

    bool sendsBaseInfo = true; //!< false: never registered with the platform (unlicensed)
    bool permitted = true;     //!< false: the city never issued this certificate (unlicensed)
    bool expired = false;      //!< the driver certificate has expired
    bool junior = false;       //!< licence held less than 3 years (seed 002 Art. 15(一))
};

struct SimulatedPassenger
{
    QString phone, name, gender;
    QDate registerDate;
};

/** What SimulatedCompany::generate needs. */
struct CompanyGeneration
{
    int index = 0; //!< 0-based; "C1" in a fault plan is index 0
    int vehicles = 50;
    int drivers = 60;
    int passengers = 200;
    QDate today; //!< the simulation's first day, China time
    double unlicensed = 0;
    double expired = 0;
    double junior = 0;
};

/**
 * \brief A synthetic platform company operating in a city: identity, permit, fare, fleet, drivers,
 * passengers.
 *
 * Vehicles meet seed 002 Art. 13 (5–7 seats, new-energy); drivers meet Art. 15 unless the fault plan
 * makes some junior. Everything is generated from the random stream, so a seed gives the same company.
 */
class SimulatedCompany
{
public:
    int index = 0;
    QString companyId;
    QString name;
    QString identifier; //!< unified social credit code
    int address = 0;    //!< region code
    QString businessScope, contactAddress, economicType, regCapital, legalName, legalId, legalPhone;
    int encrypt = 2; //!< coordinate datum it reports in: 1 GCJ-02, 2 WGS-84

    QString permitNumber, permitOrganization, operationArea, permitState;
    QDate permitStart, permitStop, permitFirstIssue;

    QString serviceName, serviceNo, serviceAddress, responsibleName, responsiblePhone, managerName,
        managerPhone, serviceContactPhone;
    QDate serviceCreated;

    QString payName, payId, payType, payScope, prepareBank;
    int countDate = 1;

    FareScheme fare;
    QDateTime fareValidOn;

    QList<SimulatedVehicle> vehicles;
    QList<SimulatedDriver> drivers;
    QList<SimulatedPassenger> passengers;

    /**
     * Generates company \a params.index of \a city. \a rng drives the company itself, \a faultRng only
     * the entity faults (unlicensed, expired, junior), so the fleet is the same with or without them.
     * \a usedKeys keeps ids, plates and licence numbers unique across companies.
     */
    static SimulatedCompany generate(const SimulatedCity &city, const CompanyGeneration &params,
                                     SimRandom &rng, SimRandom &faultRng, QSet<QString> &usedKeys);

    /** A new passenger registering with this company (phone numbers continue the company's series). */
    SimulatedPassenger newPassenger(const QDate &today, SimRandom &rng);

    static QString randomName(SimRandom &rng, bool male);
};

} // namespace rw
