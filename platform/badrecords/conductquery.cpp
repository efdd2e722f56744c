#include "conductquery.h"

#include "badrecords/badrecord.h"
#include "permits/companydirectory.h"
#include "permits/permitstore.h"
#include "protocol/interfacecatalogue.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/statement.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

QDateTime timeOf(const Statement &row, int column)
{
    return row.isNull(column) ? QDateTime()
                              : QDateTime::fromSecsSinceEpoch(row.columnInt64(column), QTimeZone::utc());
}

QString text(const Statement &row, int column)
{
    return row.isNull(column) ? QString() : row.columnText(column);
}

} // namespace

ConductQuery::ConductQuery(Database &db, std::shared_ptr<const InterfaceCatalogue> catalogue)
    : m_db(db)
    , m_catalogue(std::move(catalogue))
{}

QString ConductQuery::table(const char *ipcType) const
{
    const InterfaceSpec *spec = m_catalogue->byIpcType(QString::fromLatin1(ipcType));
    return Database::quoteIdentifier(spec ? InterfaceTables::tableName(*spec)
                                          : u"ipc_"_s + QString::fromLatin1(ipcType).toLower());
}

QString ConductQuery::complaintsSql(const QString &keyColumn) const
{
    // The orders of the subject (its matches and departures, through their VehicleNo or LicenseId
    // index), then their complaints (through the OrderId index of the complaints).
    return u"SELECT c.rw_business_time, c.rw_company, c.OrderId, c.Detail, c.Result FROM %1 c "
           "WHERE c.rw_id IN ("
           "SELECT c2.rw_id FROM %2 m JOIN %1 c2 ON c2.OrderId = m.OrderId AND c2.rw_company = m.rw_company "
           "WHERE m.%4 IN (?1, ?2) "
           "UNION "
           "SELECT c3.rw_id FROM %3 d JOIN %1 c3 ON c3.OrderId = d.OrderId AND c3.rw_company = d.rw_company "
           "WHERE d.%4 IN (?1, ?2)) "
           "ORDER BY c.rw_business_time DESC, c.rw_id DESC"_s.arg(
               table("ratedPassengerComplaint"), table("orderMatch"), table("operateDepart"), keyColumn);
}

QString ConductQuery::penaltiesSql(bool ofVehicle) const
{
    const QString punish = table("ratedDriverPunish");
    if (!ofVehicle)
        return u"SELECT rw_business_time, rw_company, LicenseId, PunishReason, PunishResult FROM %1 "
               "WHERE LicenseId IN (?1, ?2) ORDER BY rw_business_time DESC, rw_id DESC"_s.arg(punish);
    // A vehicle's penalties: those of the drivers its orders name (a penalty is the driver's).
    return u"SELECT p.rw_business_time, p.rw_company, p.LicenseId, p.PunishReason, p.PunishResult FROM %1 p "
           "WHERE p.LicenseId IN ("
           "SELECT m.LicenseId FROM %2 m WHERE m.VehicleNo IN (?1, ?2) "
           "UNION SELECT d.LicenseId FROM %3 d WHERE d.VehicleNo IN (?1, ?2)) "
           "ORDER BY p.rw_business_time DESC, p.rw_id DESC"_s.arg(punish, table("orderMatch"),
                                                                  table("operateDepart"));
}

QString ConductQuery::baseInfoDriverSql() const
{
    return u"SELECT LicenseId, DriverName, Address, rw_company FROM %1 WHERE CertificateNo = ?1 "
           "ORDER BY rw_id DESC LIMIT 1"_s.arg(table("baseInfoDriver"));
}

QStringList ConductQuery::statements() const
{
    return {complaintsSql(u"VehicleNo"_s), complaintsSql(u"LicenseId"_s), penaltiesSql(true),
            penaltiesSql(false), baseInfoDriverSql()};
}

ConductQuery::Result ConductQuery::ofVehicle(const QString &plate, const Options &options)
{
    // Uploads carry the plate as the company wrote it; the usual form is the normalised one.
    return run(complaintsSql(u"VehicleNo"_s), penaltiesSql(true),
               {plate.trimmed(), BadRecord::normalisedPlate(plate)}, options);
}

ConductQuery::Result ConductQuery::ofDriver(const QString &licence, const Options &options)
{
    return run(complaintsSql(u"LicenseId"_s), penaltiesSql(false),
               {licence.trimmed(), licence.trimmed().toUpper()}, options);
}

ConductQuery::Result ConductQuery::run(const QString &complaints, const QString &penalties,
                                       const QStringList &keys, const Options &options)
{
    Result result;
    m_error = {};
    // A complaint or penalty is in scope when its company is licensed there (CompanyDirectory).
    CompanyDirectory directory(m_db);
    QHash<QString, bool> covered;
    const auto inScope = [&](const QString &company) {
        const auto known = covered.constFind(company);
        if (known != covered.cend())
            return *known;
        const bool within = directory.covers(options.scope, company).value_or(false);
        covered.insert(company, within);
        return within;
    };
    {
        Statement s = m_db.prepare(complaints, tr("read the complaints of one subject"));
        s.bind(1, keys.value(0));
        s.bind(2, keys.value(1));
        while (s.step()) {
            const QString company = text(s, 1);
            if (!inScope(company))
                continue;
            if (result.complaints.size() >= options.limit) {
                result.complaintsTruncated = true;
                break;
            }
            result.complaints.append({timeOf(s, 0), company, text(s, 2), text(s, 3), text(s, 4)});
        }
        if (s.hasError())
            result.error = m_error = s.error();
    }
    {
        Statement s = m_db.prepare(penalties, tr("read the penalties of one subject"));
        s.bind(1, keys.value(0));
        s.bind(2, keys.value(1));
        while (s.step()) {
            const QString company = text(s, 1);
            if (!inScope(company))
                continue;
            if (result.penalties.size() >= options.limit) {
                result.penaltiesTruncated = true;
                break;
            }
            result.penalties.append({timeOf(s, 0), company, text(s, 2), text(s, 3), text(s, 4)});
        }
        if (s.hasError())
            result.error = m_error = s.error();
    }
    return result;
}

std::optional<ConductQuery::Driver> ConductQuery::driverByCertificate(const QString &certificate)
{
    m_error = {};
    const QString key = certificate.trimmed();
    if (key.isEmpty())
        return std::nullopt;
    Driver d;
    d.certificate = key;
    {
        Statement s =
            m_db.prepare(u"SELECT %1 FROM permit_driver WHERE certificate = ?1 AND superseded_ms IS NULL "
                         "LIMIT 1"_s.arg(PermitStore::selectColumns(PermitKind::Driver)),
                         tr("find driver certificate %1 in the permit registry").arg(key));
        s.bind(1, key);
        if (s.step()) {
            const DriverPermit p = PermitStore::readDriver(s);
            d.licence = p.licenceNumber.isEmpty() ? p.idNumber : p.licenceNumber;
            d.name = p.name;
            d.regionCode = p.regionCode;
            d.companyId = p.companyId;
            return d;
        }
        if (s.hasError()) {
            m_error = s.error();
            return std::nullopt;
        }
    }
    Statement s =
        m_db.prepare(baseInfoDriverSql(), tr("find driver certificate %1 in the base-info").arg(key));
    s.bind(1, key);
    if (s.step()) {
        d.licence = text(s, 0);
        d.name = text(s, 1);
        d.companyId = text(s, 3);
        d.regionCode = s.isNull(2) ? CompanyDirectory(m_db).regionOf(d.companyId).value_or(QString())
                                   : QString::number(s.columnInt64(2));
        return d;
    }
    if (s.hasError())
        m_error = s.error();
    return std::nullopt;
}

} // namespace rw
