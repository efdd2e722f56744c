#pragma once

// Shared set-up for the storage tests: a small inline catalogue and a ready platform database.

#include "protocol/interfacecatalogue.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/schemamigrator.h"

#include <QByteArray>
#include <QString>
#include <QTest>

#include <memory>

namespace rw::test {

/**
 * A two-interface catalogue: a base-info interface keyed by VehicleNo and a position interface.
 * \a extraField adds a decimal field "Extra" to baseInfoVehicle, \a extraInterface adds ratedDriver:
 * what a newer catalogue might bring.
 */
inline QByteArray smallCatalogueJson(bool extraField = false, bool extraInterface = false)
{
    QByteArray json = R"({
  "version": "test-1",
  "commonFields": {
    "all": [{"name": "CompanyId", "type": "C", "length": "V32", "required": true, "proto": 1}],
    "baseInfo": [
      {"name": "Flag", "type": "N", "length": "F1", "required": true, "proto": 2},
      {"name": "UpdateTime", "type": "N", "length": "F14", "required": true, "format": "datetime", "proto": 3}
    ]
  },
  "interfaces": [
    {"ipcType": "baseInfoVehicle", "code": "0x1007", "path": "/baseinfo/vehicle", "message": "BaseInfoVehicle",
     "topic": "ProvVehicle", "family": "baseInfo", "timeField": "UpdateTime",
     "fields": [
       {"name": "VehicleNo", "type": "C", "length": "V32", "required": true, "proto": 10},
       {"name": "Seats", "type": "N", "length": "V10", "required": true, "proto": 11},
       {"name": "Certificate", "type": "C", "length": "V64", "proto": 12}EXTRA_FIELD
     ]},
    {"ipcType": "positionDriver", "code": "0x4001", "path": "/position/driver", "message": "PositionDriver",
     "topic": "ProvPositionDriver", "family": "position", "timeField": "PositionTime",
     "fields": [
       {"name": "LicenseId", "type": "C", "length": "V32", "required": true, "proto": 10},
       {"name": "PositionTime", "type": "N", "length": "V14", "required": true, "format": "unixOrDatetime", "proto": 11},
       {"name": "Longitude", "type": "N", "length": "V10", "required": true, "format": "longitude", "proto": 12},
       {"name": "Latitude", "type": "N", "length": "V10", "required": true, "format": "latitude", "proto": 13},
       {"name": "Mileage", "type": "N", "length": "V10", "format": "decimal", "proto": 14},
       {"name": "OrderId", "type": "C", "length": "V64", "required": true, "proto": 15}
     ]}EXTRA_INTERFACE
  ]
})";
    json.replace("EXTRA_FIELD", extraField ? R"(,
       {"name": "Extra", "type": "N", "length": "V10", "format": "decimal", "proto": 13})"
                                           : "");
    json.replace("EXTRA_INTERFACE", extraInterface ? R"(,
    {"ipcType": "ratedDriver", "code": "0x5004", "path": "/rated/driver", "message": "RatedDriver",
     "topic": "ProvRatedDriver", "family": "rated", "timeField": "TestDate",
     "fields": [
       {"name": "LicenseId", "type": "C", "length": "V32", "required": true, "proto": 10},
       {"name": "Level", "type": "N", "length": "V10", "required": true, "proto": 11},
       {"name": "TestDate", "type": "N", "length": "F14", "required": true, "format": "datetime", "proto": 12}
     ]})"
                                                   : "");
    return json;
}

inline std::shared_ptr<const InterfaceCatalogue> smallCatalogue(bool extraField = false,
                                                                bool extraInterface = false)
{
    QString error;
    auto catalogue = InterfaceCatalogue::fromJson(smallCatalogueJson(extraField, extraInterface), &error);
    if (!catalogue)
        qFatal("test catalogue is broken: %s", qPrintable(error));
    return catalogue;
}

/** Opens \a path with \a options, applies the platform schema and creates \a catalogue's tables. */
[[nodiscard]] inline bool openPlatformDatabase(Database &db, const QString &path,
                                               const std::shared_ptr<const InterfaceCatalogue> &catalogue,
                                               DatabaseOptions options = {})
{
    if (!db.open(path, options)) {
        qWarning("%s", qPrintable(db.lastError().toString()));
        return false;
    }
    SchemaMigrator migrator = SchemaMigrator::platform();
    if (!migrator.migrate(db)) {
        qWarning("%s", qPrintable(migrator.error().toString()));
        return false;
    }
    InterfaceTables tables(db, catalogue);
    if (!tables.ensure()) {
        qWarning("%s", qPrintable(tables.error().toString()));
        return false;
    }
    return true;
}

} // namespace rw::test
