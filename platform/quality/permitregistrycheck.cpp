#include "permitregistrycheck.h"

#include "storage/database.h"

namespace rw {

namespace {

// ?1 key, ?2 as-of (Unix ms), ?3 day (yyyymmdd). The recursive part walks a current row's history.
const char *const kVehicleSql =
    "WITH RECURSIVE v(id, replaces, plate, imported_ms, superseded_ms, valid_from, valid_to) AS ("
    " SELECT id, replaces, plate, imported_ms, superseded_ms, valid_from, valid_to FROM permit_vehicle"
    "  WHERE plate = ?1 AND superseded_ms IS NULL"
    " UNION"
    " SELECT p.id, p.replaces, p.plate, p.imported_ms, p.superseded_ms, p.valid_from, p.valid_to"
    "  FROM permit_vehicle p JOIN v ON p.id = v.replaces)"
    " SELECT 1 FROM v WHERE plate = ?1 AND imported_ms <= ?2 AND (superseded_ms IS NULL OR superseded_ms > "
    "?2)"
    " AND valid_from <= ?3 AND valid_to >= ?3 LIMIT 1";

const char *const kDriverSql =
    "WITH RECURSIVE d(id, replaces, licence, id_number, imported_ms, superseded_ms, valid_from, valid_to) AS "
    "("
    " SELECT id, replaces, licence, id_number, imported_ms, superseded_ms, valid_from, valid_to"
    "  FROM permit_driver WHERE licence = ?1 AND superseded_ms IS NULL"
    " UNION"
    " SELECT id, replaces, licence, id_number, imported_ms, superseded_ms, valid_from, valid_to"
    "  FROM permit_driver WHERE id_number = ?1 AND superseded_ms IS NULL"
    " UNION"
    " SELECT p.id, p.replaces, p.licence, p.id_number, p.imported_ms, p.superseded_ms, p.valid_from,"
    "  p.valid_to FROM permit_driver p JOIN d ON p.id = d.replaces)"
    " SELECT 1 FROM d WHERE (licence = ?1 OR id_number = ?1) AND imported_ms <= ?2"
    " AND (superseded_ms IS NULL OR superseded_ms > ?2) AND valid_from <= ?3 AND valid_to >= ?3 LIMIT 1";

} // namespace

PermitRegistryCheck::PermitRegistryCheck(Database &db)
    : m_db(db)
{}

bool PermitRegistryCheck::isValid(OrderPermitCheck::Holder holder, const QString &key, int day, qint64 asOfMs)
{
    const bool vehicle = holder == OrderPermitCheck::Holder::Vehicle;
    const QString cacheKey =
        QStringLiteral("%1|%2|%3|%4").arg(vehicle ? u'V' : u'D').arg(key).arg(day).arg(asOfMs);
    const auto cached = m_cache.constFind(cacheKey);
    if (cached != m_cache.constEnd())
        return *cached;

    Statement &statement = vehicle ? m_vehicle : m_driver;
    if (!statement.isValid()) {
        statement = m_db.prepare(QString::fromLatin1(vehicle ? kVehicleSql : kDriverSql),
                                 vehicle ? tr("look up a vehicle's permit for the order compliance rate")
                                         : tr("look up a driver's permit for the order compliance rate"),
                                 Database::Reuse::Often);
        if (!statement.isValid()) {
            if (!m_error.isError())
                m_error = statement.error();
            return false;
        }
    }
    statement.bind(1, key);
    statement.bind(2, asOfMs);
    statement.bind(3, day);
    const bool found = statement.step();
    if (statement.hasError() && !m_error.isError())
        m_error = statement.error();
    statement.reset();
    m_cache.insert(cacheKey, found);
    return found;
}

OrderPermitCheck::Lookup PermitRegistryCheck::lookup()
{
    return [this](OrderPermitCheck::Holder holder, const QString &key, int day, qint64 asOfMs) {
        return isValid(holder, key, day, asOfMs);
    };
}

void PermitRegistryCheck::clearCache()
{
    m_cache.clear();
    m_error = {};
}

} // namespace rw
