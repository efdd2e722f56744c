#pragma once

#include "databaseerror.h"
#include "migration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rw {

class Database;

/**
 * \brief Brings a database's schema up to date with numbered migrations, recorded in schema_version.
 *
 * Each migration runs in its own IMMEDIATE transaction together with its schema_version row
 * (version, name, applied_at as ISO 8601 UTC), so a failing step leaves the previous version intact
 * and a concurrent migrator on another connection never applies a step twice. Re-running on an
 * up-to-date database changes nothing. A database whose version is newer than the code knows is
 * refused before anything is written, as is a database stamped with another application_id.
 */
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(rw::SchemaMigrator)

public:
    /** PRAGMA application_id of the reference platform's database: "RWPF". */
    static constexpr quint32 PlatformApplicationId = 0x52575046;

    /**
     * \a migrations must be numbered 1, 2, 3, … (in any order; they are sorted). \a applicationId is
     * stamped into new databases and checked on existing ones; 0 disables the check.
     */
    explicit SchemaMigrator(QList<Migration> migrations, quint32 applicationId = 0);

    /** The reference platform's schema: resources/sql/platform/NNNN_name.sql. */
    static SchemaMigrator platform();

    /**
     * Reads the migrations NNNN_name.sql of \a directory (e.g. ":/sql/platform"), ordered by number.
     * On a misnamed file returns what was read so far and sets \a error.
     */
    static QList<Migration> loadSqlDirectory(const QString &directory, QString *error);

    int latestVersion() const;
    const QList<Migration> &migrations() const { return m_migrations; }

    /** The highest version recorded in \a db: 0 for a fresh database, -1 on error (see error()). */
    int currentVersion(Database &db);

    /** Applies every migration newer than the database's version, in order. */
    [[nodiscard]] bool migrate(Database &db);

    DatabaseError error() const { return m_error; }

private:
    bool fail(const QString &purpose, const QString &detail, int code = 1 /* SQLITE_ERROR */);
    bool failWith(const DatabaseError &error);
    bool checkApplication(Database &db);
    bool applyOne(Database &db, const Migration &migration);

    QList<Migration> m_migrations;
    quint32 m_applicationId = 0;
    QString m_configurationError;
    DatabaseError m_error;
};

} // namespace rw
