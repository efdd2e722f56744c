#include "vehiclebaseinfoquery.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace rw {

namespace {

const QString kTable = QStringLiteral("ipc_baseinfovehicle"); // InterfaceTables::tableName()

} // namespace

VehicleBaseInfoQuery::VehicleBaseInfoQuery(Database &db)
    : m_db(db)
{}

QSet<QString> VehicleBaseInfoQuery::plates(const QString &companyId, qint64 beforeBatchId)
{
    QSet<QString> result;
    const QString purpose = tr("read the vehicles with base-info of company %1").arg(companyId);
    Statement exists = m_db.prepare(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"), purpose);
    exists.bind(1, kTable);
    if (!exists.step()) {
        if (exists.hasError() && !m_error.isError())
            m_error = exists.error();
        return result;
    }
    Statement statement = m_db.prepare(
        QStringLiteral("SELECT DISTINCT VehicleNo FROM %1 WHERE rw_company = ?1 AND rw_batch < ?2")
            .arg(Database::quoteIdentifier(kTable)),
        purpose);
    statement.bind(1, companyId);
    statement.bind(2, beforeBatchId);
    while (statement.step())
        result.insert(statement.columnText(0));
    if (statement.hasError() && !m_error.isError())
        m_error = statement.error();
    return result;
}

VehicleBaseInfoCheck::Lookup VehicleBaseInfoQuery::lookup()
{
    return [this](const QString &companyId, qint64 batchId) { return plates(companyId, batchId); };
}

} // namespace rw
