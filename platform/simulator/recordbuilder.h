#pragma once

#include "simulatedcompany.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace rw {

/**
 * \brief Builds the spec's base-info records (A.4) of a simulated company as JSON objects.
 *
 * Field names are exactly those of Appendix A (OCR of the transcription fixed: CompanyId, LicenseId,
 * OrderId, PhotoId, …); C fields are JSON strings, N fields JSON numbers; times are China Standard Time.
 * Optional fields the simulator has no sensible value for (photo file numbers) are left out.
 */
class RecordBuilder
{
public:
    /** Flag of base-info records. */
    enum Flag { Add = 1, Update = 2, Delete = 3 };

    /** Every base-info record of \a company at registration, as (IPCType, record), in upload order. */
    static QList<QPair<QString, QJsonObject>> registration(const SimulatedCompany &company,
                                                           const QDateTime &time);

    static QJsonObject company(const SimulatedCompany &c, const QDateTime &time, Flag flag);
    static QJsonObject companyStat(const SimulatedCompany &c, const QDateTime &time, Flag flag);
    static QJsonObject companyPay(const SimulatedCompany &c, const QDateTime &time, Flag flag);
    static QJsonObject companyService(const SimulatedCompany &c, const QDateTime &time, Flag flag);
    static QJsonObject companyPermit(const SimulatedCompany &c, const QDateTime &time, Flag flag);
    static QJsonObject companyFare(const SimulatedCompany &c, const QDateTime &time, Flag flag);
    static QJsonObject vehicle(const SimulatedCompany &c, const SimulatedVehicle &v, const QDateTime &time,
                               Flag flag);
    static QJsonObject vehicleInsurance(const SimulatedCompany &c, const SimulatedVehicle &v,
                                        const VehicleInsurance &insurance, const QDateTime &time, Flag flag);
    static QJsonObject vehicleTotalMile(const SimulatedCompany &c, const SimulatedVehicle &v,
                                        const QDateTime &time, Flag flag);
    static QJsonObject driver(const SimulatedCompany &c, const SimulatedDriver &d, const QDateTime &time,
                              Flag flag);
    static QJsonObject driverEducate(const SimulatedCompany &c, const SimulatedDriver &d,
                                     const QDateTime &time, Flag flag);
    static QJsonObject driverApp(const SimulatedCompany &c, const SimulatedDriver &d, const QDateTime &time,
                                 Flag flag);
    static QJsonObject driverStat(const SimulatedCompany &c, const SimulatedDriver &d, int orders,
                                  int violations, int complaints, const QDateTime &time, Flag flag);
    static QJsonObject passenger(const SimulatedCompany &c, const SimulatedPassenger &p,
                                 const QDateTime &time, Flag flag);

    /** \a wgs84 in the company's datum as integers in 1e-6 degree: (longitude, latitude). */
    static QPair<qint64, qint64> encodeCoordinate(int encrypt, const QGeoCoordinate &wgs84);

    /** Counts of what registration() sends: vehicles and drivers with base-info. */
    static int registeredVehicles(const SimulatedCompany &c);
    static int registeredDrivers(const SimulatedCompany &c);

    /** Money rounded to the fen. */
    static double money(double yuan) { return std::round(yuan * 100.0) / 100.0; }
};

} // namespace rw
