#include "companydirectory.h"

#include "storage/database.h"
#include "storage/statement.h"

using namespace Qt::StringLiterals;

namespace rw {

CompanyDirectory::CompanyDirectory(Database &db)
    : m_db(db)
{}

std::optional<QList<CompanyDirectory::Company>> CompanyDirectory::within(const RegionScope &scope)
{
    m_error = {};
    QList<Company> result;
    if (scope.isNone())
        return result;
    // A few hundred permits nationally (277 licensed companies in 2022): reading them all is cheaper
    // than teaching SQL the scope's prefix rules (municipalities, county-level cities).
    Statement select = m_db.prepare(u"SELECT company_id, name, region_code FROM permit_company "
                                    "WHERE superseded_ms IS NULL ORDER BY company_id, id DESC"_s,
                                    tr("list the companies of region %1").arg(scope.code()));
    while (select.step()) {
        if (!scope.covers(select.columnText(2)))
            continue;
        const QString id = select.columnText(0);
        if (result.isEmpty() || result.constLast().companyId != id)
            result.append({id, select.columnText(1), select.columnText(2)});
    }
    if (select.hasError()) {
        m_error = select.error();
        return std::nullopt;
    }
    return result;
}

std::optional<bool> CompanyDirectory::covers(const RegionScope &scope, const QString &companyId)
{
    m_error = {};
    Statement select = m_db.prepare(
        u"SELECT region_code FROM permit_company WHERE company_id = ?1 AND superseded_ms IS NULL"_s,
        tr("read the regions of company %1").arg(companyId), Database::Reuse::Often);
    select.bind(1, companyId);
    bool within = false;
    while (select.step())
        within = within || scope.covers(select.columnText(0));
    if (select.hasError()) {
        m_error = select.error();
        return std::nullopt;
    }
    return within;
}

std::optional<QString> CompanyDirectory::regionOf(const QString &companyId)
{
    m_error = {};
    Statement select = m_db.prepare(u"SELECT region_code FROM permit_company WHERE company_id = ?1 AND "
                                    "superseded_ms IS NULL ORDER BY id LIMIT 1"_s,
                                    tr("read the region of company %1").arg(companyId));
    select.bind(1, companyId);
    QString region;
    if (select.step())
        region = select.columnText(0);
    if (select.hasError()) {
        m_error = select.error();
        return std::nullopt;
    }
    return region;
}

} // namespace rw
