#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <limits>
#include <utility>

namespace rw {

Q_LOGGING_CATEGORY(lcStatement, "rw.storage.statement")

Statement::Statement(sqlite3_stmt *stmt, const QString &purpose)
    : m_stmt(stmt)
    , m_purpose(purpose)
{
    m_keep.resize(static_cast<size_t>(sqlite3_bind_parameter_count(stmt)) + 1);
}

Statement::Statement(const DatabaseError &prepareError)
    : m_error(prepareError)
{}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt); // harmless on nullptr
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_purpose(std::move(other.m_purpose))
    , m_error(std::move(other.m_error))
    , m_keep(std::move(other.m_keep))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_purpose = std::move(other.m_purpose);
        m_error = std::move(other.m_error);
        m_keep = std::move(other.m_keep);
        m_bindFailed = std::exchange(other.m_bindFailed, false);
    }
    return *this;
}

QString Statement::sql() const
{
    return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)) : QString();
}

int Statement::parameterCount() const
{
    return m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
}

int Statement::parameterIndex(QStringView name) const
{
    return m_stmt ? sqlite3_bind_parameter_index(m_stmt, name.toUtf8().constData()) : 0;
}

int Statement::indexOrError(QStringView name)
{
    const int index = parameterIndex(name);
    if (index <= 0 && m_stmt && !m_bindFailed) {
        m_bindFailed = true;
        setError(SQLITE_RANGE, tr("the statement has no parameter named %1").arg(name));
    }
    return index;
}

void Statement::setError(int code, const QString &detail)
{
    m_error.code = code;
    m_error.purpose = m_purpose;
    m_error.detail = detail;
    m_error.sql = sql();
}

void Statement::checkBind(int rc, int index)
{
    if (rc == SQLITE_OK || m_bindFailed)
        return; // keep the first bind error
    if (!m_stmt) {
        if (!hasError())
            setError(SQLITE_MISUSE, tr("the statement was not prepared"));
        return; // an invalid statement keeps its prepare error
    }
    m_bindFailed = true;
    setError(rc, tr("parameter %1: %2").arg(index).arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

void Statement::keep(int index, QByteArray bytes)
{
    // Only called after a successful bind, so index is in range.
    m_keep[static_cast<size_t>(index)] = std::move(bytes);
}

void Statement::bindInt64(int index, qint64 value)
{
    checkBind(m_stmt ? sqlite3_bind_int64(m_stmt, index, value) : SQLITE_MISUSE, index);
}

void Statement::bindDouble(int index, double value)
{
    checkBind(m_stmt ? sqlite3_bind_double(m_stmt, index, value) : SQLITE_MISUSE, index);
}

void Statement::bindNull(int index)
{
    checkBind(m_stmt ? sqlite3_bind_null(m_stmt, index) : SQLITE_MISUSE, index);
}

void Statement::bindNull(QStringView name)
{
    const int index = indexOrError(name);
    if (index > 0)
        bindNull(index);
}

void Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return checkBind(SQLITE_MISUSE, index);
    QByteArray utf8 = value.toUtf8();
    // SQLITE_STATIC: the buffer is kept in m_keep until the parameter is bound again.
    const char *data = utf8.isEmpty() ? "" : utf8.constData();
    const int rc = sqlite3_bind_text64(m_stmt, index, data, static_cast<sqlite3_uint64>(utf8.size()),
                                       SQLITE_STATIC, SQLITE_UTF8);
    checkBind(rc, index);
    if (rc == SQLITE_OK)
        keep(index, std::move(utf8));
}

void Statement::bind(int index, const QByteArray &value)
{
    if (!m_stmt)
        return checkBind(SQLITE_MISUSE, index);
    if (value.isEmpty()) {
        // A null data pointer would bind NULL; an empty blob is not NULL.
        checkBind(sqlite3_bind_zeroblob(m_stmt, index, 0), index);
        return;
    }
    const int rc = sqlite3_bind_blob64(m_stmt, index, value.constData(),
                                       static_cast<sqlite3_uint64>(value.size()), SQLITE_STATIC);
    checkBind(rc, index);
    if (rc == SQLITE_OK)
        keep(index, value); // implicitly shared: no copy of the bytes
}

void Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::QString:
        return bind(index, value.toString());
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::Bool:
        return bindInt64(index, value.toLongLong());
    case QMetaType::ULongLong: {
        const quint64 u = value.toULongLong();
        // SQLite integers are signed 64-bit; keep the magnitude rather than wrapping around.
        if (u > static_cast<quint64>(std::numeric_limits<qint64>::max()))
            return bindDouble(index, static_cast<double>(u));
        return bindInt64(index, static_cast<qint64>(u));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return bindDouble(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return bind(index,
                    QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact)));
    case QMetaType::QJsonValue:
    case QMetaType::QJsonArray:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonDocument: {
        // Nested JSON where the spec wants a scalar: keep it as its JSON text rather than lose it.
        const QJsonValue json = value.toJsonValue();
        if (json.isArray())
            return bind(index,
                        QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)));
        if (json.isObject())
            return bind(index,
                        QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact)));
        if (json.isDouble())
            return bindDouble(index, json.toDouble());
        if (json.isBool())
            return bindInt64(index, json.toBool() ? 1 : 0);
        if (json.isString())
            return bind(index, json.toString());
        return bindNull(index);
    }
    default:
        break;
    }
    if (value.canConvert<QString>())
        return bind(index, value.toString());
    qCWarning(lcStatement, "parameter %d: a %s value cannot be stored; bound as NULL", index,
              value.typeName());
    bindNull(index);
}

bool Statement::step()
{
    if (!m_stmt) {
        if (!hasError())
            setError(SQLITE_MISUSE, tr("the statement was not prepared"));
        return false;
    }
    if (m_bindFailed)
        return false; // do not run with a parameter missing
    if (m_error.code != 0)
        m_error = {}; // left from an earlier run
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    setError(rc, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    return false;
}

bool Statement::exec()
{
    while (step()) {
    }
    const bool ok = !hasError();
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        m_bindFailed = false; // the error stays in error() until the next run
    }
    return ok;
}

void Statement::reset()
{
    if (!m_stmt)
        return; // keeps the prepare error
    sqlite3_reset(m_stmt);
    m_bindFailed = false;
    m_error = {};
}

void Statement::clearBindings()
{
    if (!m_stmt)
        return;
    sqlite3_clear_bindings(m_stmt);
    m_bindFailed = false;
    for (QByteArray &bytes : m_keep)
        bytes = QByteArray();
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString Statement::columnName(int column) const
{
    return m_stmt ? QString::fromUtf8(sqlite3_column_name(m_stmt, column)) : QString();
}

Statement::ColumnType Statement::columnType(int column) const
{
    if (!m_stmt)
        return ColumnType::Null;
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return ColumnType::Integer;
    case SQLITE_FLOAT:
        return ColumnType::Float;
    case SQLITE_TEXT:
        return ColumnType::Text;
    case SQLITE_BLOB:
        return ColumnType::Blob;
    default:
        return ColumnType::Null;
    }
}

qint64 Statement::columnInt64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

int Statement::columnInt(int column) const
{
    return m_stmt ? sqlite3_column_int(m_stmt, column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QString Statement::columnText(int column) const
{
    if (!m_stmt)
        return {};
    // Text first, then bytes: the order SQLite documents for a stable length.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, bytes) : QString();
}

QByteArray Statement::columnBlob(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, bytes) : QByteArray();
}

QVariant Statement::columnValue(int column) const
{
    switch (columnType(column)) {
    case ColumnType::Integer:
        return QVariant::fromValue(columnInt64(column));
    case ColumnType::Float:
        return QVariant(columnDouble(column));
    case ColumnType::Text:
        return QVariant(columnText(column));
    case ColumnType::Blob:
        return QVariant(columnBlob(column));
    case ColumnType::Null:
        break;
    }
    return {};
}

} // namespace rw
