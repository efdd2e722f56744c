#pragma once

#include "quality/vehiclebaseinfocheck.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace rw {

class Database;

/**
 * \brief The platform's answer to VehicleBaseInfoCheck: the plates of a company's vehicles whose base-info
 * (the table of baseInfoVehicle, InterfaceTables) came in an upload before a given one (rw_batch). Asked
 * once per company and CST month; base-info tables are small (one row per vehicle and change). Without the
 * table (a store that never saw the interface) the answer is empty. A database error makes the answer empty
 * and is kept in error() until clearError().
 */
class VehicleBaseInfoQuery
{
    Q_DECLARE_TR_FUNCTIONS(rw::VehicleBaseInfoQuery)

public:
    explicit VehicleBaseInfoQuery(Database &db);

    QSet<QString> plates(const QString &companyId, qint64 beforeBatchId);
    /** plates() as a VehicleBaseInfoCheck::Lookup; this object must outlive it. */
    VehicleBaseInfoCheck::Lookup lookup();

    DatabaseError error() const { return m_error; }
    void clearError() { m_error = {}; }

private:
    Database &m_db;
    DatabaseError m_error;
};

} // namespace rw
