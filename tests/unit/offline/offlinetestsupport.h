#pragma once

// Shared by the offline lookup cache tests: permits built in code and turned into JSON exactly as the
// platform's search and registry write them (PermitJson), search answers and registry pages.

#include "permits/permitidentifiers.h"
#include "permits/permitjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace rw::offlinetest {

inline QString idNumber(const QString &first17)
{
    return first17 + PermitIdentifiers::idNumberCheck(first17);
}

inline QString vin(int n)
{
    QString v = QStringLiteral("LGXCE4CB0N%1").arg(n, 7, 10, QLatin1Char('0'));
    v[8] = PermitIdentifiers::vinCheck(v);
    return v;
}

inline VehiclePermit vehicle(qint64 id, const QString &certificate, const QString &plate,
                             const QString &owner, const QDate &validTo = QDate(2030, 12, 31))
{
    VehiclePermit p;
    p.id = id;
    p.certificate = certificate;
    p.plate = plate;
    p.plateColor = QStringLiteral("5");
    p.companyId = QStringLiteral("C1");
    p.ownerName = owner;
    p.vin = vin(int(id));
    p.regionCode = QStringLiteral("469001");
    p.firstRegistration = QDate(2023, 3, 1);
    p.validFrom = QDate(2023, 4, 1);
    p.validTo = validTo;
    p.seats = 5;
    p.wheelbaseMm = 2750;
    return p;
}

inline DriverPermit driver(qint64 id, const QString &certificate, const QString &name, const QString &idNo,
                           const QString &phone, const QDate &validTo = QDate(2030, 12, 31))
{
    DriverPermit p;
    p.id = id;
    p.certificate = certificate;
    p.name = name;
    p.idNumber = idNo;
    p.licenceNumber = idNo;
    p.phone = phone;
    p.gender = QStringLiteral("2");
    p.companyId = QStringLiteral("C1");
    p.companyName = QStringLiteral("五指山示例出行科技有限公司");
    p.regionCode = QStringLiteral("469001");
    p.driverType = QStringLiteral("C1");
    p.licenceFirstIssue = QDate(2012, 5, 1);
    p.validFrom = QDate(2023, 1, 1);
    p.validTo = validTo;
    return p;
}

inline CompanyPermit company(qint64 id, const QString &certificate, const QString &companyId,
                             const QString &name)
{
    CompanyPermit p;
    p.id = id;
    p.certificate = certificate;
    p.companyId = companyId;
    p.name = name;
    p.regionCode = QStringLiteral("469001");
    p.validFrom = QDate(2022, 1, 1);
    p.validTo = QDate(2031, 12, 31);
    return p;
}

inline QJsonObject hit(const QString &kind, const QJsonObject &permit, bool valid, const QString &matchedOn,
                       const QJsonArray &findings = {}, bool badRecord = false)
{
    return QJsonObject{{QStringLiteral("kind"), kind},         {QStringLiteral("matchedOn"), matchedOn},
                       {QStringLiteral("valid"), valid},       {QStringLiteral("permit"), permit},
                       {QStringLiteral("findings"), findings}, {QStringLiteral("badRecord"), badRecord}};
}

inline QJsonObject hit(const VehiclePermit &p, bool reveal,
                       const QString &matchedOn = QStringLiteral("plate"))
{
    return hit(QStringLiteral("vehicle"), PermitJson::toJson(p, reveal), true, matchedOn);
}

inline QJsonObject hit(const DriverPermit &p, bool reveal,
                       const QString &matchedOn = QStringLiteral("idNumber"))
{
    return hit(QStringLiteral("driver"), PermitJson::toJson(p, reveal), true, matchedOn);
}

inline QJsonObject hit(const CompanyPermit &p, const QString &matchedOn = QStringLiteral("name"))
{
    return hit(QStringLiteral("company"), PermitJson::toJson(p), true, matchedOn);
}

inline QString cst(const QDateTime &moment)
{
    return moment.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

/** A 200 of GET /api/v1/permits/search. */
inline QJsonObject answer(const QString &queryClass, const QJsonArray &hits, const QDateTime &asOf,
                          bool truncated = false)
{
    return QJsonObject{{QStringLiteral("queryClass"), queryClass},
                       {QStringLiteral("hits"), hits},
                       {QStringLiteral("truncated"), truncated},
                       {QStringLiteral("revealed"), false},
                       {QStringLiteral("asOf"), cst(asOf)}};
}

/** A 200 of GET /api/v1/permits/registry; \a next < 0: the last page. */
inline QJsonObject registryPage(const QJsonArray &hits, const QDateTime &asOf, qint64 next = -1)
{
    return QJsonObject{{QStringLiteral("asOf"), cst(asOf)},
                       {QStringLiteral("hits"), hits},
                       {QStringLiteral("next"), next < 0 ? QJsonValue() : QJsonValue(next)},
                       {QStringLiteral("revealed"), true}};
}

} // namespace rw::offlinetest
