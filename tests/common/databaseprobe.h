#pragma once

// Reads a platform database from a test, through its own rw::Database connection (WAL: it sees
// what the platform has committed without getting in the platform's way).

#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace rw::testing {

class DatabaseProbe
{
public:
    bool open(const QString &path)
    {
        DatabaseOptions options;
        options.synchronous = DatabaseOptions::Synchronous::Normal; // a reader: nothing to sync
        return m_db.open(path, options);
    }
    void close() { m_db.close(); }
    Database &database() { return m_db; }
    QString lastError() const { return m_db.lastError().toString(); }

    /** All rows of \a sql with \a args bound to ?1, ?2, …; each row a list of column values. */
    QList<QVariantList> rows(const QString &sql, const QVariantList &args = {})
    {
        QList<QVariantList> result;
        Statement statement = m_db.prepare(sql, QStringLiteral("test query"));
        for (int i = 0; i < args.size(); ++i)
            statement.bind(i + 1, args.at(i));
        while (statement.step()) {
            QVariantList row;
            for (int c = 0; c < statement.columnCount(); ++c)
                row.append(statement.columnValue(c));
            result.append(row);
        }
        if (statement.hasError())
            qWarning("DatabaseProbe: %s", qPrintable(statement.error().toString()));
        return result;
    }

    /** The first column of the first row; -1 when there is none. */
    qint64 value(const QString &sql, const QVariantList &args = {})
    {
        const QList<QVariantList> result = rows(sql, args);
        return result.isEmpty() || result.first().isEmpty() ? -1 : result.first().first().toLongLong();
    }

    /** The per-interface record tables (ipc_*). */
    QStringList interfaceTables()
    {
        QStringList tables;
        for (const QVariantList &row : rows(
                 QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ipc\\_%' "
                                "ESCAPE '\\' ORDER BY name")))
            tables.append(row.first().toString());
        return tables;
    }

    /** Records of \a companyId over every ipc_* table. */
    qint64 interfaceRows(const QString &companyId)
    {
        qint64 total = 0;
        for (const QString &table : interfaceTables())
            total += value(QStringLiteral("SELECT count(*) FROM %1 WHERE rw_company = ?")
                               .arg(Database::quoteIdentifier(table)),
                           {companyId});
        return total;
    }

    qint64 quarantineRows(const QString &companyId)
    {
        return value(QStringLiteral("SELECT count(*) FROM quarantine WHERE company_id = ?"), {companyId});
    }

private:
    Database m_db;
};

} // namespace rw::testing
