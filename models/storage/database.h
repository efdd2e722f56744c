#pragma once

#include "databaseerror.h"
#include "databaseoptions.h"
#include "statement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3;

namespace rw {

/**
 * \brief One SQLite connection (RAII: closed on destruction), on the sqlite3 C API.
 *
 * open() sets up what every RideWatch database relies on: WAL journal (readers never block the
 * writer), synchronous FULL unless told otherwise, a busy timeout, foreign keys, and no
 * double-quoted string literals (a typo in a column name is an error, not a string).
 *
 * Errors: calls that can fail return false (or an invalid Statement) and leave lastError(), which
 * names the purpose given by the caller, SQLite's message and the SQL.
 *
 * Not thread-safe: a connection and its statements belong to one thread at a time. Use one
 * Database per thread on the same file; WAL lets them read concurrently while one writes.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(rw::Database)

public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating if needed) the database file at \a path; ":memory:" for a private in-memory one. */
    [[nodiscard]] bool open(const QString &path, const DatabaseOptions &options = {});
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    DatabaseOptions options() const { return m_options; }

    /** Runs \a sql, which may hold several statements separated by ';', ignoring rows. */
    [[nodiscard]] bool exec(const QString &sql, const QString &purpose = {});

    /** How often a prepared statement will be run: a hint for SQLite's memory use. */
    enum class Reuse { Once, Often };
    /**
     * Prepares one statement. On error returns an invalid Statement that carries the error (its
     * exec() fails with it) and sets lastError().
     */
    Statement prepare(const QString &sql, const QString &purpose = {}, Reuse reuse = Reuse::Once);

    /** The first column of the first row of \a sql; invalid if no row, NULL or error (see lastError()). */
    QVariant queryValue(const QString &sql, const QString &purpose = {});

    DatabaseError lastError() const { return m_lastError; }
    /** Records \a error as the last error (for code that reports a Statement's error through the database).
     */
    void setLastError(const DatabaseError &error) { m_lastError = error; }

    qint64 lastInsertRowId() const;
    /** Rows changed by the most recent INSERT, UPDATE or DELETE. */
    qint64 changes() const;
    /** True inside BEGIN … COMMIT. */
    bool inTransaction() const;

    bool tableExists(const QString &table);
    /** Column names of \a table in declaration order; empty if there is no such table. */
    QStringList columns(const QString &table);
    /**
     * Copies committed WAL pages into the database file. Passive never waits for readers or writers;
     * Truncate waits and empties the WAL (for backups). Returns false on error.
     */
    enum class CheckpointMode { Passive, Truncate };
    [[nodiscard]] bool checkpoint(CheckpointMode mode = CheckpointMode::Passive);

    /** The journal mode SQLite reports ("wal" after a successful open of a file). */
    QString journalMode();

    /** Quotes \a identifier for SQL ("a""b"), so that catalogue names can never break a statement. */
    static QString quoteIdentifier(QStringView identifier);

    sqlite3 *handle() const { return m_db; }

private:
    bool fail(int code, const QString &purpose, const QString &sql, const QString &detail = {});

    sqlite3 *m_db = nullptr;
    QString m_path;
    DatabaseOptions m_options;
    DatabaseError m_lastError;
};

} // namespace rw
