#pragma once

#include "faultplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QCommandLineParser;

namespace rw {

/**
 * \brief Everything that shapes a simulation: city, fleet, timing, seed, faults, where to upload.
 *
 * The defaults are the embedded demo: Wuzhishan, 3 companies of 100 vehicles, positions every 5 s,
 * real time, no faults.
 */
struct SimulatorConfig
{
    Q_DECLARE_TR_FUNCTIONS(rw::SimulatorConfig)

public:
    bool enabled = false;                    //!< --simulate
    QString city = QStringLiteral("469001"); //!< built-in region code or path to a city JSON file
    int companies = 3;
    int vehiclesPerCompany = 100;
    double driversPerVehicle = 1.2;    //!< extra drivers share vehicles in shifts
    int passengersPerVehicle = 4;      //!< registered passengers at start
    double ordersPerVehicleHour = 1.2; //!< daily mean; busier at peaks, quiet at night
    int vehiclePositionInterval = 5;   //!< seconds between positionVehicle fixes
    int driverPositionInterval = 10;   //!< seconds between positionDriver fixes
    int totalMileInterval = 3600;      //!< seconds between baseInfoVehicleTotalMile updates of a vehicle
    int driverStatInterval = 6 * 3600; //!< seconds between baseInfoDriverStat updates of a driver
    quint64 seed = 20240601;
    FaultPlan faults;

    QUrl baseUrl;                          //!< upload root, e.g. https://127.0.0.1:8443; paths are appended
    QHash<QString, QString> tokens;        //!< CompanyId → bearer token
    QString defaultToken;                  //!< for companies without their own token
    QList<QSslCertificate> caCertificates; //!< extra trusted roots, e.g. the embedded platform's own

    double timeAcceleration = 1.0; //!< simulated seconds per real second
    QDateTime startTime;           //!< simulated start; invalid = the clock's time when the simulator is made
    int tickIntervalMs = 1000;     //!< how often the simulator advances and uploads
    int maxBatchRecords = 500;     //!< records per POST
    int retryInitialMs = 1000;     //!< first back-off after a failed POST; doubles up to retryMaxMs
    int retryMaxMs = 60000;
    int requestTimeoutMs = 30000;
    qint64 maxQueuedRecords =
        2000000; //!< per company; beyond it the oldest batches are dropped (and counted)

    /** Empty when usable; otherwise names the setting, the rule and the value. */
    QString validate() const;

    /** Adds --simulate, --sim-city, --sim-companies, --sim-vehicles, --sim-interval, --sim-seed,
     * --sim-faults, --sim-speed. */
    static void addCommandLineOptions(QCommandLineParser &parser);

    /** Reads the options added by addCommandLineOptions(); on error sets \a error and returns the defaults.
     */
    static SimulatorConfig fromCommandLine(const QCommandLineParser &parser, QString *error = nullptr);
};

} // namespace rw
