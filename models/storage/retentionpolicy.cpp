#include "retentionpolicy.h"

#include "database.h"
#include "interfacetables.h"

#include <QLoggingCategory>

#include <sqlite3.h>

namespace rw {

Q_LOGGING_CATEGORY(lcRetention, "rw.storage.retention")

struct RetentionPolicy::Target
{
    enum class Kind { Interface, Quarantine, Batch };
    Kind kind = Kind::Interface;
    QString table;
    QString company; //!< interface tables are purged company by company, along their index
    QString deleteSql;
    qint64 due = 0;
};

RetentionPolicy::RetentionPolicy(Database &db)
    : m_db(db)
{}

int RetentionPolicy::keepDays()
{
    m_error = {};
    Statement statement = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"),
                                       tr("read the retention setting"));
    statement.bind(1, settingKey());
    if (!statement.step()) {
        if (statement.hasError()) {
            m_error = statement.error();
            return -1;
        }
        return DefaultKeepDays;
    }
    const QString text = statement.columnText(0);
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok) {
        qCWarning(lcRetention, "setting %s is \"%s\", not a number of days; using %d",
                  qPrintable(settingKey()), qPrintable(text), DefaultKeepDays);
        return DefaultKeepDays;
    }
    if (days < MinimumKeepDays) {
        // Art. 9: never purge data younger than 2 years, whatever the table says.
        qCWarning(lcRetention, "setting %s is %d days, below the minimum of %d (Art. 9); using %d",
                  qPrintable(settingKey()), days, MinimumKeepDays, MinimumKeepDays);
        return MinimumKeepDays;
    }
    return days;
}

bool RetentionPolicy::setKeepDays(int days)
{
    m_error = {};
    const QString purpose = tr("set the retention to %1 days").arg(days);
    if (days < MinimumKeepDays) {
        m_error = {
            SQLITE_CONSTRAINT,
            purpose,
            tr("retention.keep_days: %1 days is below the minimum of %2 days; Art. 9 of the platform rules "
               "requires received operational data to be kept at least 2 years")
                .arg(days)
                .arg(MinimumKeepDays),
            {}};
        return false;
    }
    Statement statement =
        m_db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     purpose);
    statement.bind(1, settingKey());
    statement.bind(2, QString::number(days));
    if (!statement.exec()) {
        m_error = statement.error();
        return false;
    }
    return true;
}

QStringList RetentionPolicy::interfaceTables()
{
    QStringList tables;
    Statement statement = m_db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                      " AND name LIKE 'ipc\\_%' ESCAPE '\\' ORDER BY name"),
                                       tr("list the interface tables"));
    while (statement.step()) {
        const QString table = statement.columnText(0);
        const QStringList columns = m_db.columns(table);
        if (columns.contains(QStringLiteral("rw_company")) &&
            columns.contains(QStringLiteral("rw_received_ms")))
            tables.append(table);
    }
    if (statement.hasError())
        m_error = statement.error();
    return tables;
}

QStringList RetentionPolicy::companies(const QString &table)
{
    // A skip-scan along the (rw_company, rw_received_ms) index: one index seek per company, instead
    // of reading every row for DISTINCT.
    const QString quoted = Database::quoteIdentifier(table);
    Statement statement = m_db.prepare(
        QStringLiteral("WITH RECURSIVE c(company) AS ("
                       " SELECT (SELECT min(rw_company) FROM %1)"
                       " UNION ALL"
                       " SELECT (SELECT min(rw_company) FROM %1 WHERE rw_company > c.company) FROM c"
                       " WHERE c.company IS NOT NULL)"
                       " SELECT company FROM c WHERE company IS NOT NULL")
            .arg(quoted),
        tr("list the companies in %1").arg(table));
    QStringList result;
    while (statement.step())
        result.append(statement.columnText(0));
    if (statement.hasError())
        m_error = statement.error();
    return result;
}

bool RetentionPolicy::collectTargets(qint64 cutoff, QList<Target> *targets, qint64 *total)
{
    const auto countDue = [&](const QString &sql, const QString &company, qint64 *due) {
        Statement count = m_db.prepare(sql, tr("count the rows due for deletion"));
        count.bind(1, company);
        count.bind(2, cutoff);
        if (!count.step()) {
            m_error = count.hasError() ? count.error()
                                       : DatabaseError{SQLITE_ERROR, tr("count the rows due for deletion"),
                                                       tr("no result"), sql};
            return false;
        }
        *due = count.columnInt64(0);
        return true;
    };

    const QStringList tables = interfaceTables();
    if (m_error.isError())
        return false;
    for (const QString &table : tables) {
        const QString quoted = Database::quoteIdentifier(table);
        const QStringList owners = companies(table);
        if (m_error.isError())
            return false;
        for (const QString &company : owners) {
            Target target;
            target.kind = Target::Kind::Interface;
            target.table = table;
            target.company = company;
            if (!countDue(
                    QStringLiteral("SELECT count(*) FROM %1 WHERE rw_company = ?1 AND rw_received_ms < ?2")
                        .arg(quoted),
                    company, &target.due))
                return false;
            if (target.due == 0)
                continue;
            target.deleteSql = QStringLiteral("DELETE FROM %1 WHERE rw_id IN (SELECT rw_id FROM %1"
                                              " WHERE rw_company = ?1 AND rw_received_ms < ?2 LIMIT ?3)")
                                   .arg(quoted);
            *total += target.due;
            targets->append(target);
        }
    }

    // Quarantine before upload_batch: its rows point at their batch.
    const struct
    {
        Target::Kind kind;
        const char *table;
        const char *key;
    } others[] = {{Target::Kind::Quarantine, "quarantine", "id"},
                  {Target::Kind::Batch, "upload_batch", "id"}};
    for (const auto &other : others) {
        Target target;
        target.kind = other.kind;
        target.table = QString::fromLatin1(other.table);
        // ?1 (the company) is not used here; SQLite still numbers it, so one binding loop serves all.
        if (!countDue(QStringLiteral("SELECT count(*) FROM %1 WHERE received_ms < ?2").arg(target.table),
                      QString(), &target.due))
            return false;
        if (target.due == 0)
            continue;
        target.deleteSql =
            QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT %2 FROM %1 WHERE received_ms < ?2"
                           " LIMIT ?3)")
                .arg(target.table, QString::fromLatin1(other.key));
        *total += target.due;
        targets->append(target);
    }
    return true;
}

PurgeResult RetentionPolicy::purge(qint64 nowMs, const std::atomic_bool *cancel,
                                   const ProgressCallback &progress)
{
    m_error = {};
    PurgeResult result;
    const int days = keepDays();
    if (days < 0) {
        result.error = m_error;
        return result;
    }
    result.cutoffMs = cutoffMs(nowMs, days);
    if (m_db.inTransaction()) {
        // Chunks must commit one by one; inside a caller's transaction they would hold the lock throughout.
        result.error = m_error = {SQLITE_MISUSE,
                                  tr("purge data older than %1 days").arg(days),
                                  tr("purge() must not run inside a transaction"),
                                  {}};
        return result;
    }

    QList<Target> targets;
    qint64 total = 0;
    if (!collectTargets(result.cutoffMs, &targets, &total)) {
        result.error = m_error;
        return result;
    }
    qint64 deleted = 0;
    if (progress)
        progress({targets.isEmpty() ? QString() : targets.constFirst().table, 0, total});

    for (const Target &target : std::as_const(targets)) {
        Statement statement = m_db.prepare(
            target.deleteSql, tr("delete rows of %1 older than %2 days").arg(target.table).arg(days));
        statement.bind(1, target.company);
        statement.bind(2, result.cutoffMs);
        statement.bind(3, m_chunkRows);
        for (;;) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result;
            }
            // Outside BEGIN, each DELETE is its own transaction: the write lock is held for one chunk only.
            if (!statement.exec()) {
                result.error = m_error = statement.error();
                return result;
            }
            const qint64 n = m_db.changes();
            if (n > 0) {
                deleted += n;
                result.deletedByTable[target.table] += n;
                switch (target.kind) {
                case Target::Kind::Interface:
                    result.interfaceRows += n;
                    break;
                case Target::Kind::Quarantine:
                    result.quarantineRows += n;
                    break;
                case Target::Kind::Batch:
                    result.batchRows += n;
                    break;
                }
                if (progress)
                    progress({target.table, deleted, qMax(total, deleted)});
            }
            if (n < m_chunkRows)
                break;
        }
    }
    return result;
}

} // namespace rw
