#pragma once

// Small builders of spec-conformant uploads for tests and benchmarks.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace rw::fixtures {

inline const QString kCompany = QStringLiteral("4690WZSYC001");

/** A valid positionVehicle record in Wuzhishan (469001), WGS-84, 1e-6 degree. */
inline QJsonObject positionVehicle(const QString &plate, qint64 unixTime, qint64 longitude = 109516800,
                                   qint64 latitude = 18776500, const QString &company = kCompany)
{
    return QJsonObject{{QStringLiteral("CompanyId"), company},
                       {QStringLiteral("VehicleNo"), plate},
                       {QStringLiteral("VehicleRegionCode"), 469001},
                       {QStringLiteral("PositionTime"), unixTime},
                       {QStringLiteral("Longitude"), longitude},
                       {QStringLiteral("Latitude"), latitude},
                       {QStringLiteral("Speed"), 32},
                       {QStringLiteral("Direction"), 90},
                       {QStringLiteral("Elevation"), 330},
                       {QStringLiteral("Encrypt"), 2},
                       {QStringLiteral("BizStatus"), 3},
                       {QStringLiteral("OrderId"), QStringLiteral("0")}};
}

/** The spec's JSON envelope around \a records. */
inline QByteArray envelope(const QString &ipcType, const QJsonArray &records,
                           const QString &company = kCompany)
{
    const QJsonObject root{{QStringLiteral("CompanyId"), company},
                           {QStringLiteral("Source"), QStringLiteral("0")},
                           {QStringLiteral("IPCType"), ipcType},
                           {ipcType, records}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/** A valid baseInfoVehicle record (A.4.7, Flag 1 = new) of a new-energy car in Wuzhishan (seed 002 Art. 13).
 */
inline QJsonObject baseInfoVehicle(const QString &plate, const QString &vin,
                                   const QString &company = kCompany)
{
    return QJsonObject{{QStringLiteral("CompanyId"), company},
                       {QStringLiteral("Address"), 469001},
                       {QStringLiteral("VehicleNo"), plate},
                       {QStringLiteral("PlateColor"), QStringLiteral("5")},
                       {QStringLiteral("Seats"), 5},
                       {QStringLiteral("Brand"), QStringLiteral("比亚迪")},
                       {QStringLiteral("Model"), QStringLiteral("秦PLUS EV")},
                       {QStringLiteral("VehicleType"), QStringLiteral("小型轿车")},
                       {QStringLiteral("OwnerName"), QStringLiteral("五指山示范出行有限公司")},
                       {QStringLiteral("VehicleColor"), QStringLiteral("白")},
                       {QStringLiteral("EngineId"), QStringLiteral("TZ200XSQ0001")},
                       {QStringLiteral("VIN"), vin},
                       {QStringLiteral("CertifyDateA"), 20230315},
                       {QStringLiteral("FuelType"), QStringLiteral("C")},
                       {QStringLiteral("EngineDisplace"), QStringLiteral("0")},
                       {QStringLiteral("Certificate"), QStringLiteral("469001000123")},
                       {QStringLiteral("TransAgency"), QStringLiteral("五指山市交通运输局")},
                       {QStringLiteral("TransArea"), QStringLiteral("469001")},
                       {QStringLiteral("TransDateStart"), 20230320},
                       {QStringLiteral("TransDateStop"), 20310319},
                       {QStringLiteral("CertifyDateB"), 20230315},
                       {QStringLiteral("FixState"), QStringLiteral("0")},
                       {QStringLiteral("CheckState"), QStringLiteral("01")},
                       {QStringLiteral("FeePrintId"), QStringLiteral("FP469001001")},
                       {QStringLiteral("GPSBrand"), QStringLiteral("北斗星通")},
                       {QStringLiteral("GPSModel"), QStringLiteral("BD-100")},
                       {QStringLiteral("GPSInstallDate"), 20230318},
                       {QStringLiteral("RegisterDate"), 20230320},
                       {QStringLiteral("CommercialType"), 1},
                       {QStringLiteral("FareType"), QStringLiteral("WZS01")},
                       {QStringLiteral("State"), 0},
                       {QStringLiteral("Flag"), 1},
                       {QStringLiteral("UpdateTime"), 20250301120000LL}};
}

/** A valid orderCreate record (A.5.1) from the centre of 通什 to the bus station, WGS-84. */
inline QJsonObject orderCreate(const QString &orderId, qint64 orderTime = 20250301120000LL,
                               const QString &company = kCompany)
{
    return QJsonObject{{QStringLiteral("CompanyId"), company},
                       {QStringLiteral("Address"), 469001},
                       {QStringLiteral("OrderId"), orderId},
                       {QStringLiteral("DepartTime"), orderTime + 500},
                       {QStringLiteral("OrderTime"), orderTime},
                       {QStringLiteral("Departure"), QStringLiteral("五指山市通什镇解放路")},
                       {QStringLiteral("DepLongitude"), 109516800},
                       {QStringLiteral("DepLatitude"), 18776500},
                       {QStringLiteral("Destination"), QStringLiteral("五指山汽车站")},
                       {QStringLiteral("DestLongitude"), 109521300},
                       {QStringLiteral("DestLatitude"), 18784100},
                       {QStringLiteral("Encrypt"), 2},
                       {QStringLiteral("FareType"), QStringLiteral("WZS01")}};
}

/** \a count positions of \a vehicles vehicles, as one positionVehicle upload. */
inline QByteArray positionBatch(int count, int vehicles, qint64 startTime, int offset = 0)
{
    QJsonArray records;
    for (int i = 0; i < count; ++i) {
        const int v = (offset + i) % vehicles;
        records.append(positionVehicle(QStringLiteral("琼D%1").arg(10000 + v),
                                       startTime + (offset + i) / vehicles, 109500000 + (v % 300) * 100,
                                       18760000 + (v / 300) * 100));
    }
    return envelope(QStringLiteral("positionVehicle"), records);
}

} // namespace rw::fixtures
