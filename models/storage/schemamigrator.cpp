#include "schemamigrator.h"

#include "database.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>

// The compiled-in resources live in an object inside the static ridewatch_models archive; nothing
// references it, so the linker may leave it out of an executable. Naming its initializer here
// pulls it in wherever the platform schema is used. (Must be outside any namespace.)
static void initPlatformSqlResources()
{
    Q_INIT_RESOURCE(ridewatch_data);
}

namespace rw {

SchemaMigrator::SchemaMigrator(QList<Migration> migrations, quint32 applicationId)
    : m_migrations(std::move(migrations))
    , m_applicationId(applicationId)
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    // A gap or a duplicate is a merge mistake (two branches both adding 0002_…): refuse to run at all.
    for (int i = 0; i < m_migrations.size(); ++i) {
        const Migration &m = m_migrations.at(i);
        if (m.version != i + 1) {
            m_configurationError =
                tr("migration \"%1\" has number %2 where %3 was expected: migrations must be "
                   "numbered 1, 2, 3, … without gaps or duplicates")
                    .arg(m.name)
                    .arg(m.version)
                    .arg(i + 1);
            break;
        }
        if (m.sql.trimmed().isEmpty() && !m.apply) {
            m_configurationError =
                tr("migration %1 \"%2\" has neither SQL nor code").arg(m.version).arg(m.name);
            break;
        }
    }
}

SchemaMigrator SchemaMigrator::platform()
{
    initPlatformSqlResources();
    QString error;
    QList<Migration> migrations = loadSqlDirectory(QStringLiteral(":/sql/platform"), &error);
    SchemaMigrator migrator(std::move(migrations), PlatformApplicationId);
    if (!error.isEmpty())
        migrator.m_configurationError = error;
    return migrator;
}

QList<Migration> SchemaMigrator::loadSqlDirectory(const QString &directory, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        if (error)
            *error = tr("no migrations (*.sql) found in %1").arg(directory);
        return migrations;
    }
    for (const QString &fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch()) {
            if (error)
                *error = tr("migration file %1 in %2 is not named NNNN_name.sql").arg(fileName, directory);
            return migrations;
        }
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read migration file %1: %2").arg(file.fileName(), file.errorString());
            return migrations;
        }
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = match.captured(2);
        migration.sql = QString::fromUtf8(file.readAll());
        migrations.append(migration);
    }
    return migrations;
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

bool SchemaMigrator::fail(const QString &purpose, const QString &detail, int code)
{
    m_error = {code, purpose, detail, {}};
    return false;
}

bool SchemaMigrator::failWith(const DatabaseError &error)
{
    m_error = error;
    return false;
}

int SchemaMigrator::currentVersion(Database &db)
{
    m_error = {};
    if (!db.tableExists(QStringLiteral("schema_version"))) {
        if (db.lastError().isError()) {
            failWith(db.lastError());
            return -1;
        }
        return 0;
    }
    const QVariant version =
        db.queryValue(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"),
                      tr("read the schema version of %1").arg(db.path()));
    if (db.lastError().isError()) {
        failWith(db.lastError());
        return -1;
    }
    return version.toInt();
}

bool SchemaMigrator::checkApplication(Database &db)
{
    if (m_applicationId == 0)
        return true;
    const QString purpose = tr("check that %1 is a RideWatch database").arg(db.path());
    const QVariant id = db.queryValue(QStringLiteral("PRAGMA application_id"), purpose);
    if (db.lastError().isError())
        return failWith(db.lastError());
    const quint32 found = static_cast<quint32>(id.toLongLong());
    if (found != 0 && found != m_applicationId) {
        return fail(purpose,
                    tr("its application_id is 0x%1, not 0x%2: it belongs to another program or another "
                       "part of RideWatch")
                        .arg(found, 8, 16, QLatin1Char('0'))
                        .arg(m_applicationId, 8, 16, QLatin1Char('0')));
    }
    if (found == 0) {
        // Unstamped: only a new, empty file may become ours; never add tables to someone else's database.
        const QVariant tables = db.queryValue(
            QStringLiteral(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name <> 'schema_version'"
                " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"),
            purpose);
        if (db.lastError().isError())
            return failWith(db.lastError());
        if (tables.toLongLong() > 0)
            return fail(
                purpose,
                tr("it already holds %1 tables but no RideWatch application_id").arg(tables.toLongLong()));
    }
    return true;
}

bool SchemaMigrator::migrate(Database &db)
{
    m_error = {};
    const QString purpose = tr("update the schema of %1").arg(db.path());
    if (!m_configurationError.isEmpty())
        return fail(purpose, m_configurationError, SQLITE_MISUSE);
    if (!db.isOpen())
        return fail(purpose, tr("the database is not open"), SQLITE_MISUSE);

    const int current = currentVersion(db);
    if (current < 0)
        return false;
    const int latest = latestVersion();
    if (current > latest) {
        const QVariant name =
            db.queryValue(QStringLiteral("SELECT name FROM schema_version ORDER BY version DESC LIMIT 1"));
        return fail(
            purpose,
            tr("the database has schema version %1 (\"%2\") but this RideWatch knows only up to version %3; "
               "open it with a newer RideWatch or restore a backup")
                .arg(current)
                .arg(name.toString())
                .arg(latest));
    }
    if (!checkApplication(db))
        return false;
    if (current == latest && current > 0)
        return true; // up to date: re-opening changes nothing
    if (db.options().readOnly)
        return fail(purpose, tr("the database has schema version %1 and needs %2, but it is open read-only")
                                 .arg(current)
                                 .arg(latest));

    if (!db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                " version INTEGER PRIMARY KEY,"
                                " name TEXT NOT NULL,"
                                " applied_at TEXT NOT NULL)"),
                 tr("create the schema_version table")))
        return failWith(db.lastError());

    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= current)
            continue;
        if (!applyOne(db, migration))
            return false;
    }
    return true;
}

bool SchemaMigrator::applyOne(Database &db, const Migration &migration)
{
    const QString purpose =
        tr("apply schema migration %1 \"%2\" to %3").arg(migration.version).arg(migration.name, db.path());
    Transaction transaction(db);
    if (!transaction.isActive())
        return failWith(transaction.error());

    // Another connection may have migrated while we waited for the write lock.
    const QVariant done =
        db.queryValue(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"), purpose);
    if (db.lastError().isError())
        return failWith(db.lastError());
    if (done.toInt() >= migration.version)
        return true;
    if (done.toInt() != migration.version - 1)
        return fail(
            purpose,
            tr("the database is at version %1, expected %2").arg(done.toInt()).arg(migration.version - 1));

    DatabaseError error;
    if (!migration.sql.trimmed().isEmpty() && !db.exec(migration.sql, purpose)) {
        error = db.lastError();
        error.purpose = purpose;
        return failWith(error);
    }
    if (migration.apply && !migration.apply(db)) {
        error = db.lastError();
        if (!error.isError())
            error = {SQLITE_ERROR, purpose, tr("the migration's code reported a failure"), {}};
        error.purpose = purpose;
        return failWith(error);
    }

    if (m_applicationId != 0 && migration.version == 1 &&
        !db.exec(QStringLiteral("PRAGMA application_id = %1").arg(static_cast<qint32>(m_applicationId)),
                 purpose))
        return failWith(db.lastError());

    Statement record = db.prepare(
        QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?1, ?2, ?3)"),
        purpose);
    record.bind(1, migration.version);
    record.bind(2, migration.name);
    record.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!record.exec())
        return failWith(record.error());
    if (!transaction.commit())
        return failWith(transaction.error());
    return true;
}

} // namespace rw
