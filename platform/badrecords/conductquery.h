#pragma once

#include "security/regionscope.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rw {

class Database;
class InterfaceCatalogue;

/**
 * \brief What the companies uploaded about one vehicle or one driver's conduct (seed 002 Art. 33: the
 * credit records): passenger complaints (rated/passengercomplaint) and penalties (rated/driverpunish), for
 * GET /api/v1/conduct.
 *
 * A complaint names only its order; it reaches a vehicle or a driver through the order's match
 * (order/match) or departure (operate/depart), which name VehicleNo and LicenseId. A penalty names the
 * driver's LicenseId; a vehicle's penalties are those of the drivers its orders name. Every join runs on
 * the natural-key indexes InterfaceTables keeps (OrderId, VehicleNo, LicenseId): no table is scanned
 * (statements() is there for EXPLAIN QUERY PLAN). Rows of companies outside the scope are left out;
 * newest first (by the record's business time), at most Options::limit each.
 */
class ConductQuery
{
    Q_DECLARE_TR_FUNCTIONS(rw::ConductQuery)

public:
    struct Complaint
    {
        QDateTime time; //!< ComplaintTime (UTC); invalid if unknown
        QString companyId;
        QString orderId;
        QString detail;
        QString result;
    };

    struct Penalty
    {
        QDateTime time; //!< PunishTime (UTC); invalid if unknown
        QString companyId;
        QString licence; //!< personal data
        QString reason;
        QString result;
    };

    struct Options
    {
        RegionScope scope;
        int limit = 50;
    };

    struct Result
    {
        QList<Complaint> complaints;
        QList<Penalty> penalties;
        bool complaintsTruncated = false;
        bool penaltiesTruncated = false;
        DatabaseError error;
    };

    /** A driver certificate resolved to the key uploads use. */
    struct Driver
    {
        QString certificate;
        QString licence; //!< LicenseId
        QString name;
        QString regionCode;
        QString companyId;
    };

    /** \a db must hold the interface tables (InterfaceTables::ensure()) and the permit tables. */
    ConductQuery(Database &db, std::shared_ptr<const InterfaceCatalogue> catalogue);

    Result ofVehicle(const QString &plate, const Options &options);
    Result ofDriver(const QString &licence, const Options &options);

    /**
     * The driver holding \a certificate: the permit registry's current permit, else the latest base-info
     * a company uploaded with that CertificateNo. Nothing if neither knows it (or on error: error()).
     */
    std::optional<Driver> driverByCertificate(const QString &certificate);

    /** The SQL this runs (placeholders unbound), for EXPLAIN QUERY PLAN. */
    QStringList statements() const;

    DatabaseError error() const { return m_error; }

private:
    QString table(const char *ipcType) const;
    QString complaintsSql(const QString &keyColumn) const;
    QString penaltiesSql(bool ofVehicle) const;
    QString baseInfoDriverSql() const;
    Result run(const QString &complaints, const QString &penalties, const QStringList &keys,
               const Options &options);

    Database &m_db;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    DatabaseError m_error;
};

} // namespace rw
