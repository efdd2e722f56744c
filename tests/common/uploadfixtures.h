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
