#pragma once

#include <QString>

#include <functional>

namespace rw {

class Database;

/**
 * \brief One numbered step of a database schema, applied once by SchemaMigrator.
 *
 * \a sql runs first (several statements allowed; no BEGIN/COMMIT: the migrator wraps the step in
 * its own transaction), then \a apply if set, for steps SQL alone cannot express. \a apply returns
 * false after setting Database::lastError() (or its own error through setLastError()).
 */
struct Migration
{
    int version = 0; //!< 1, 2, 3, … with no gaps
    QString name;    //!< short description, recorded in schema_version, e.g. "initial"
    QString sql;
    std::function<bool(Database &)> apply;
};

} // namespace rw
