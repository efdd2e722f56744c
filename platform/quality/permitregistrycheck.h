#pragma once

#include "quality/orderpermitcheck.h"
#include "storage/databaseerror.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace rw {

class Database;

/**
 * \brief The platform's answer to OrderPermitCheck: did a vehicle (by plate) or a driver (by licence or
 * ID number) hold a permit valid on a CST day, in the permit registry as it stood at a moment?
 *
 * "As it stood" reads the registry's history (migration 0004: rows are never deleted; a re-import stamps
 * the old row superseded_ms and the new row's "replaces" names it): a row counts when imported_ms ≤ the
 * moment < superseded_ms (or not superseded), and valid_from ≤ day ≤ valid_to. The versions of a
 * certificate are found from its current row through "replaces", so the partial indexes on current rows
 * serve the lookup; a version whose plate or licence differs from the current row's is not found under
 * the old key (a certificate moved to another car or person: rare, and then the old key had no current
 * permit). The state column is not read: the registry's validity is its dates.
 *
 * Prepared statements on the given connection (the ingest thread's); answers are cached until
 * clearCache() (called per upload: the registry may change between uploads). A database error makes the
 * lookup answer false and is kept in error() until clearCache().
 */
class PermitRegistryCheck
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermitRegistryCheck)

public:
    explicit PermitRegistryCheck(Database &db);

    bool isValid(OrderPermitCheck::Holder holder, const QString &key, int day, qint64 asOfMs);
    /** isValid() as an OrderPermitCheck::Lookup; this object must outlive it. */
    OrderPermitCheck::Lookup lookup();

    void clearCache();
    DatabaseError error() const { return m_error; }

private:
    Database &m_db;
    Statement m_vehicle;
    Statement m_driver;
    QHash<QString, bool> m_cache;
    DatabaseError m_error;
};

} // namespace rw
