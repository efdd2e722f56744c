#include "database.h"

#include <sqlite3.h>

#include <mutex>

namespace rw {

namespace {

// Process-wide settings, before SQLite initializes. Memory statistics take a global mutex on every
// allocation; nothing of ours reads them, and turning them off speeds up inserts by ~10%. If SQLite
// was already initialized by someone else the call fails harmlessly.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_initialize();
    });
}

bool isInMemory(const QString &path)
{
    return path.isEmpty() || path == QLatin1String(":memory:") ||
           path.startsWith(QLatin1String("file::memory:"));
}

} // namespace

Database::~Database()
{
    close();
}

bool Database::fail(int code, const QString &purpose, const QString &sql, const QString &detail)
{
    m_lastError.code = code == SQLITE_OK ? SQLITE_ERROR : code;
    m_lastError.purpose = purpose;
    m_lastError.detail = !detail.isEmpty() ? detail
                         : m_db            ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                           : QString::fromUtf8(sqlite3_errstr(code));
    m_lastError.sql = sql;
    return false;
}

bool Database::open(const QString &path, const DatabaseOptions &options)
{
    close();
    m_lastError = {};
    configureSqliteOnce();
    const QString purpose = tr("open the database %1").arg(path);

    int flags = options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    // One connection per thread (see the class comment), so SQLite's own mutex would only cost time.
    flags |= SQLITE_OPEN_NOMUTEX;
#ifdef SQLITE_OPEN_EXRESCODE
    flags |= SQLITE_OPEN_EXRESCODE;
#endif
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return fail(rc, purpose, {}, detail);
    }
    m_db = db;
    m_path = path;
    m_options = options;

    sqlite3_extended_result_codes(m_db, 1);
    // "x" must name a column, never silently become the string 'x'.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_busy_timeout(m_db, qMax(0, options.busyTimeoutMs));

    if (!options.readOnly && options.pageSize > 0 &&
        queryValue(QStringLiteral("PRAGMA page_count")).toLongLong() == 0) {
        // Only possible before the first table exists and before WAL is switched on.
        if (!exec(QStringLiteral("PRAGMA page_size=%1").arg(options.pageSize),
                  tr("set the page size of %1").arg(path))) {
            const DatabaseError error = m_lastError;
            close();
            m_lastError = error;
            return false;
        }
    }

    if (!options.readOnly) {
        // WAL: the console's and the evaluator's readers never block the intake's writes.
        const QString mode =
            queryValue(QStringLiteral("PRAGMA journal_mode=WAL"), tr("switch %1 to WAL").arg(path))
                .toString()
                .toLower();
        if (m_lastError.isError()) {
            const DatabaseError error = m_lastError;
            close();
            m_lastError = error;
            return false;
        }
        if (mode != QLatin1String("wal") && !isInMemory(path)) {
            close();
            return fail(SQLITE_ERROR, tr("switch %1 to WAL").arg(path),
                        QStringLiteral("PRAGMA journal_mode=WAL"),
                        tr("the journal mode stayed \"%1\"").arg(mode));
        }
    }

    const QString pragmas =
        QStringLiteral("PRAGMA synchronous=%1; PRAGMA foreign_keys=ON; PRAGMA cache_size=%2;"
                       " PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=%3;")
            .arg(options.synchronous == DatabaseOptions::Synchronous::Full ? QLatin1String("FULL")
                                                                           : QLatin1String("NORMAL"))
            .arg(-qMax(1024, options.cacheSizeKiB))
            .arg(qMax(0, options.walAutoCheckpointPages));
    if (!exec(pragmas, tr("configure the database %1").arg(path))) {
        const DatabaseError error = m_lastError;
        close();
        m_lastError = error;
        return false;
    }
    return true;
}

void Database::close()
{
    if (!m_db)
        return;
    // close_v2: if a Statement is still alive the connection lingers until it is finalized.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool Database::exec(const QString &sql, const QString &purpose)
{
    if (!m_db)
        return fail(SQLITE_MISUSE, purpose, sql, tr("the database is not open"));
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return fail(sqlite3_extended_errcode(m_db), purpose, sql, detail);
    }
    return true;
}

Statement Database::prepare(const QString &sql, const QString &purpose, Reuse reuse)
{
    if (!m_db) {
        fail(SQLITE_MISUSE, purpose, sql, tr("the database is not open"));
        return Statement(m_lastError);
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const unsigned flags = reuse == Reuse::Often ? SQLITE_PREPARE_PERSISTENT : 0;
    const int rc =
        sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), flags, &stmt, &tail);
    if (rc != SQLITE_OK) {
        fail(sqlite3_extended_errcode(m_db), purpose, sql);
        return Statement(m_lastError);
    }
    if (!stmt) {
        fail(SQLITE_MISUSE, purpose, sql, tr("the SQL holds no statement"));
        return Statement(m_lastError);
    }
    if (tail && !QByteArrayView(tail, utf8.constData() + utf8.size() - tail).trimmed().isEmpty()) {
        // Everything after the first statement would be silently ignored.
        sqlite3_finalize(stmt);
        fail(SQLITE_MISUSE, purpose, sql, tr("prepare() takes one statement; use exec() for several"));
        return Statement(m_lastError);
    }
    return Statement(stmt, purpose);
}

QVariant Database::queryValue(const QString &sql, const QString &purpose)
{
    m_lastError = {};
    Statement statement = prepare(sql, purpose);
    if (!statement.isValid())
        return {};
    if (statement.step())
        return statement.columnValue(0);
    if (statement.hasError())
        m_lastError = statement.error();
    return {};
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

qint64 Database::changes() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

bool Database::tableExists(const QString &table)
{
    Statement statement =
        prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"),
                tr("look up the table %1").arg(table));
    statement.bind(1, table);
    return statement.step();
}

QStringList Database::columns(const QString &table)
{
    Statement statement = prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"),
                                  tr("list the columns of %1").arg(table));
    statement.bind(1, table);
    QStringList names;
    while (statement.step())
        names.append(statement.columnText(0));
    if (statement.hasError())
        m_lastError = statement.error();
    return names;
}

bool Database::checkpoint(CheckpointMode mode)
{
    const QString purpose = tr("checkpoint the WAL of %1").arg(m_path);
    if (!m_db)
        return fail(SQLITE_MISUSE, purpose, {}, tr("the database is not open"));
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr,
                                             mode == CheckpointMode::Truncate ? SQLITE_CHECKPOINT_TRUNCATE
                                                                              : SQLITE_CHECKPOINT_PASSIVE,
                                             nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc, purpose, {});
    return true;
}

QString Database::journalMode()
{
    return queryValue(QStringLiteral("PRAGMA journal_mode"), tr("read the journal mode"))
        .toString()
        .toLower();
}

QString Database::quoteIdentifier(QStringView identifier)
{
    QString quoted;
    quoted.reserve(identifier.size() + 2);
    quoted += u'"';
    for (const QChar c : identifier) {
        if (c == u'"')
            quoted += u'"';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

} // namespace rw
