#pragma once

#include "security/regionscope.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

class Database;

/**
 * \brief Which platform companies belong to a region: those holding a company permit there
 * (permit_company.region_code, not superseded; a province covers its cities). A company licensed in
 * several cities belongs to each. Used to scope company-level data — outages, the status board — to an
 * account's region (DESIGN §8). Use on the thread of its Database.
 */
class CompanyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(rw::CompanyDirectory)

public:
    struct Company
    {
        QString companyId;
        QString name;       //!< as on its newest permit in the region
        QString regionCode; //!< the region of that permit
    };

    explicit CompanyDirectory(Database &db);

    /** The companies licensed within \a scope, by id; nothing on a database error (lastError()). */
    std::optional<QList<Company>> within(const RegionScope &scope);
    /** Whether \a companyId holds a company permit within \a scope; nothing on a database error. */
    std::optional<bool> covers(const RegionScope &scope, const QString &companyId);

    /** The region of \a companyId's oldest current company permit; empty if it holds none; nothing on error.
     */
    std::optional<QString> regionOf(const QString &companyId);

    DatabaseError lastError() const { return m_error; }

private:
    Database &m_db;
    DatabaseError m_error;
};

} // namespace rw
