#pragma once

// Shared set-up of the platform permit tests: a migrated platform database with the interface tables,
// and permits built in code.

#include "domain/manualclock.h"
#include "permits/permitidentifiers.h"
#include "permits/permitimportresult.h"
#include "protocol/interfacecatalogue.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/schemamigrator.h"

#include <QTest>
#include <QTimeZone>

namespace rw::test {

[[nodiscard]] inline bool openRegistry(Database &db, const QString &path)
{
    DatabaseOptions options;
    options.synchronous = DatabaseOptions::Synchronous::Normal;
    if (!db.open(path, options))
        return false;
    SchemaMigrator migrator = SchemaMigrator::platform();
    if (!migrator.migrate(db)) {
        qWarning("%s", qPrintable(migrator.error().toString()));
        return false;
    }
    InterfaceTables tables(db, InterfaceCatalogue::builtIn());
    return tables.ensure();
}

inline QString idNumber(const QString &first17)
{
    return first17 + PermitIdentifiers::idNumberCheck(first17);
}

inline QString vinFor(int n)
{
    QString v = QStringLiteral("LGXCE4CB0N%1").arg(n, 7, 10, QLatin1Char('0'));
    v[8] = PermitIdentifiers::vinCheck(v);
    return v;
}

inline VehiclePermit vehicle(const QString &certificate, const QString &plate, const QString &company,
                             const QDate &to = QDate(2029, 12, 31),
                             const QString &region = QStringLiteral("469001"))
{
    VehiclePermit p;
    p.certificate = certificate;
    p.plate = plate;
    p.companyId = company;
    p.vin = vinFor(qHash(certificate) % 9999999);
    p.regionCode = region;
    p.firstRegistration = QDate(2022, 1, 10);
    p.validFrom = QDate(2022, 2, 1);
    p.validTo = to;
    p.seats = 5;
    p.wheelbaseMm = 2750;
    return p;
}

inline DriverPermit driver(const QString &certificate, const QString &name, const QString &id,
                           const QString &company, const QDate &to = QDate(2029, 12, 31),
                           const QString &region = QStringLiteral("469001"))
{
    DriverPermit p;
    p.certificate = certificate;
    p.name = name;
    p.idNumber = id;
    p.licenceNumber = id;
    p.phone = QStringLiteral("19901234567");
    p.companyId = company;
    p.regionCode = region;
    p.validFrom = QDate(2022, 1, 1);
    p.validTo = to;
    return p;
}

inline PermitImportResult batchOf(const QList<VehiclePermit> &vehicles)
{
    PermitImportResult r;
    r.kind = PermitKind::Vehicle;
    r.vehicles = vehicles;
    r.rowsRead = int(vehicles.size());
    for (int i = 0; i < vehicles.size(); ++i)
        r.goodRows.append(i + 2);
    return r;
}

inline PermitImportResult batchOf(const QList<DriverPermit> &drivers)
{
    PermitImportResult r;
    r.kind = PermitKind::Driver;
    r.drivers = drivers;
    r.rowsRead = int(drivers.size());
    for (int i = 0; i < drivers.size(); ++i)
        r.goodRows.append(i + 2);
    return r;
}

inline PermitImportResult batchOf(const QList<CompanyPermit> &companies)
{
    PermitImportResult r;
    r.kind = PermitKind::Company;
    r.companies = companies;
    r.rowsRead = int(companies.size());
    for (int i = 0; i < companies.size(); ++i)
        r.goodRows.append(i + 2);
    return r;
}

} // namespace rw::test
