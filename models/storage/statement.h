#pragma once

#include "databaseerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <concepts>
#include <vector>

struct sqlite3_stmt;

namespace rw {

/**
 * \brief One prepared SQLite statement (RAII: finalized on destruction). Made by Database::prepare().
 *
 * Parameters are numbered from 1, as in SQLite; named parameters (":name", "@name", "$name") are
 * looked up with parameterIndex() or bound by name. Bind errors are sticky until the next reset()
 * or exec(): the first one is kept and reported by step()/exec(), which then do not run, so a run
 * of binds needs no checks of its own. error() keeps the last error until the statement runs again.
 *
 * Text is bound as UTF-8, blobs as bytes; the bound buffers are kept alive by the statement, so
 * nothing is copied twice. A null QVariant binds SQL NULL; a null or empty QString binds '' (use
 * bindNull() for NULL). Columns read back the same way: NULL → invalid QVariant.
 *
 * A statement that failed to prepare is invalid and carries the prepare error: binds are ignored
 * and step()/exec() report that error, so callers check once, at the end.
 *
 * Like its Database, a Statement must only be used by the thread that uses the connection, and it
 * must not outlive the Database that prepared it.
 */
class Statement
{
    Q_DECLARE_TR_FUNCTIONS(rw::Statement)

public:
    enum class ColumnType { Null, Integer, Float, Text, Blob };

    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString sql() const;
    QString purpose() const { return m_purpose; }

    int parameterCount() const;
    /** 1-based index of the parameter named \a name (with its prefix, e.g. ":company"), or 0. */
    int parameterIndex(QStringView name) const;

    void bind(int index, std::integral auto value) { bindInt64(index, static_cast<qint64>(value)); }
    void bind(int index, std::floating_point auto value) { bindDouble(index, static_cast<double>(value)); }
    void bind(int index, const QString &value);
    void bind(int index, const QByteArray &value); //!< a blob
    void bind(int index, const QVariant &value);
    void bind(int index, const char *value) = delete; //!< ambiguous: say QString (text) or QByteArray (blob)
    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);

    /** Binds by parameter name; an unknown name is a sticky error. */
    template<typename T>
    void bind(QStringView name, const T &value)
    {
        const int index = indexOrError(name);
        if (index > 0)
            bind(index, value);
    }
    void bindNull(QStringView name);

    /** Evaluates the next step: true when a row is ready, false when done or on error (see hasError()). */
    bool step();
    /** Runs the statement to completion, ignoring rows, then resets it (bindings are kept). */
    [[nodiscard]] bool exec();
    /** Makes the statement ready to run again; keeps the bindings and clears a sticky error. */
    void reset();
    /** Sets every parameter to NULL and releases the bound buffers. */
    void clearBindings();

    bool hasError() const { return m_error.isError(); }
    DatabaseError error() const { return m_error; }

    // Columns of the current row (valid after step() returned true).
    int columnCount() const;
    QString columnName(int column) const;
    ColumnType columnType(int column) const;
    bool isNull(int column) const { return columnType(column) == ColumnType::Null; }
    qint64 columnInt64(int column) const;
    int columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    /** The column as QVariant: qint64, double, QString, QByteArray, or invalid for NULL. */
    QVariant columnValue(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, const QString &purpose);
    explicit Statement(const DatabaseError &prepareError);

    int indexOrError(QStringView name);
    void checkBind(int rc, int index);
    void setError(int code, const QString &detail);
    void keep(int index, QByteArray bytes);

    sqlite3_stmt *m_stmt = nullptr;
    QString m_purpose;
    DatabaseError m_error;
    std::vector<QByteArray> m_keep; //!< buffers bound SQLITE_STATIC, by parameter index
    bool m_bindFailed = false;      //!< a bind failed since the last reset: do not run
};

} // namespace rw
