#include "auditstore.h"

#include "domain/clock.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <sqlite3.h>

#include <climits>

namespace rw {

namespace {

const QString SelectColumns =
    QStringLiteral("SELECT seq, at_ms, actor, role, peer, action, target, outcome, detail, prev_mac, mac"
                   " FROM audit_log");

// Fills \a entry from the current row of a SelectColumns statement; returns why the row cannot be
// read faithfully (it then counts as modified), or an empty string.
QString readRow(const Statement &row, AuditEntry *entry)
{
    entry->seq = row.columnInt64(0);
    entry->at = QDateTime::fromMSecsSinceEpoch(row.columnInt64(1), Qt::UTC);
    entry->actor = row.columnText(2);
    entry->role = row.columnText(3);
    entry->peer = row.columnText(4);
    entry->action = row.columnText(5);
    entry->target = row.columnText(6);
    entry->detailJson = row.columnText(8).toUtf8();
    entry->prevMac = row.columnBlob(9);
    entry->mac = row.columnBlob(10);
    const QString outcome = row.columnText(7);
    const std::optional<AuditEntry::Outcome> known = AuditEntry::outcomeFromKey(outcome);
    entry->outcome = known.value_or(AuditEntry::Outcome::Failure);
    if (!known)
        return AuditStore::tr("its outcome \"%1\" is not one of success, failure, denied").arg(outcome);
    if (row.columnType(1) != Statement::ColumnType::Integer)
        return AuditStore::tr("its time is not a whole number of milliseconds");
    return {};
}

class StoreSource final : public AuditChain::Source
{
public:
    explicit StoreSource(Database &db)
        : m_rows(db.prepare(SelectColumns + QStringLiteral(" ORDER BY seq"),
                            AuditStore::tr("read the audit log")))
        , m_byMac(db.prepare(QStringLiteral("SELECT seq FROM audit_log WHERE mac = ?1 ORDER BY seq LIMIT 1"),
                             AuditStore::tr("look up an audit entry by its MAC")))
    {}

    bool next(AuditEntry *entry, QString *problem) override
    {
        problem->clear();
        if (!m_rows.step()) {
            if (m_rows.hasError())
                m_error = m_rows.error().toString();
            return false;
        }
        *problem = readRow(m_rows, entry);
        lastSeq = entry->seq;
        return true;
    }

    qint64 orderOf(qint64, const AuditEntry &entry) const override { return entry.seq; }

    std::optional<qint64> findByMac(const QByteArray &mac) override
    {
        m_byMac.reset();
        m_byMac.bind(1, mac);
        if (!m_byMac.step()) {
            if (m_byMac.hasError())
                m_error = m_byMac.error().toString();
            return std::nullopt;
        }
        return m_byMac.columnInt64(0);
    }

    QString error() const override { return m_error; }

    qint64 lastSeq = 0;

private:
    Statement m_rows;
    Statement m_byMac;
    QString m_error;
};

// The WHERE clause of \a query (without "WHERE"), with its parameters in binding order. The action
// prefix uses GLOB, which the planner turns into a range on the (action, at_ms) index; the text
// filter cannot use an index (a substring) and is left for last.
struct QuerySql
{
    QString where;
    QVariantList parameters;
};

QString globLiteral(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            escaped += QLatin1Char('[') + c + QLatin1Char(']');
        else
            escaped += c;
    }
    return escaped;
}

QString likeLiteral(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QuerySql whereOf(const AuditQuery &query)
{
    QStringList conditions;
    QuerySql sql;
    const auto add = [&](const QString &condition, const QVariant &value) {
        sql.parameters.append(value);
        conditions.append(QString(condition).replace(QStringLiteral("?"),
                                                     QStringLiteral("?%1").arg(sql.parameters.size())));
    };
    if (query.from.isValid())
        add(QStringLiteral("at_ms >= ?"), query.from.toMSecsSinceEpoch());
    if (query.to.isValid())
        add(QStringLiteral("at_ms < ?"), query.to.toMSecsSinceEpoch());
    if (!query.actor.isEmpty())
        add(QStringLiteral("actor = ?"), query.actor);
    if (query.actionIsPrefix()) {
        if (!query.actionPrefix().isEmpty())
            add(QStringLiteral("action GLOB ?"), globLiteral(query.actionPrefix()) + QLatin1Char('*'));
    } else if (!query.action.isEmpty()) {
        add(QStringLiteral("action = ?"), query.action);
    }
    if (query.outcome)
        add(QStringLiteral("outcome = ?"), AuditEntry::outcomeKey(*query.outcome));
    if (query.beforeSeq > 0)
        add(QStringLiteral("seq < ?"), query.beforeSeq);
    if (query.afterSeq > 0)
        add(QStringLiteral("seq > ?"), query.afterSeq);
    if (!query.text.isEmpty()) {
        const QString pattern = QLatin1Char('%') + likeLiteral(query.text) + QLatin1Char('%');
        sql.parameters.append(pattern);
        const int n = int(sql.parameters.size());
        conditions.append(
            QStringLiteral("(target LIKE ?%1 ESCAPE '\\' OR peer LIKE ?%1 ESCAPE '\\')").arg(n));
    }
    sql.where = conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
    return sql;
}

void bindAll(Statement &statement, const QVariantList &parameters)
{
    for (int i = 0; i < parameters.size(); ++i)
        statement.bind(i + 1, parameters.at(i));
}

} // namespace

AuditStore::AuditStore(Database &db, AuditChain chain, const Clock &clock)
    : m_db(db)
    , m_chain(std::move(chain))
    , m_clock(clock)
{}

std::optional<AuditEntry> AuditStore::append(AuditEntry entry)
{
    m_error = {};
    const QString purpose = tr("append the audit entry \"%1\" by %2").arg(entry.action, entry.actor);
    if (!m_chain.isValid()) {
        m_error = {SQLITE_MISUSE, purpose, tr("the audit key is missing or shorter than 16 bytes"), {}};
        return std::nullopt;
    }
    std::optional<Transaction> transaction;
    if (!m_db.inTransaction()) {
        transaction.emplace(m_db);
        if (!transaction->isActive()) {
            m_error = transaction->error();
            return std::nullopt;
        }
    }
    Statement last =
        m_db.prepare(QStringLiteral("SELECT mac FROM audit_log ORDER BY seq DESC LIMIT 1"), purpose);
    QByteArray prevMac = AuditChain::genesisMac();
    if (last.step())
        prevMac = last.columnBlob(0);
    else if (last.hasError()) {
        m_error = last.error();
        return std::nullopt;
    }
    last = Statement();

    entry.at = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC);
    if (entry.detailJson.isEmpty())
        entry.detailJson = "{}";
    entry = m_chain.seal(std::move(entry), prevMac);

    Statement insert = m_db.prepare(
        QStringLiteral(
            "INSERT INTO audit_log (at_ms, actor, role, peer, action, target, outcome, detail, prev_mac, mac)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        purpose);
    insert.bind(1, entry.at.toMSecsSinceEpoch());
    insert.bind(2, entry.actor);
    insert.bind(3, entry.role);
    insert.bind(4, entry.peer);
    insert.bind(5, entry.action);
    insert.bind(6, entry.target);
    insert.bind(7, AuditEntry::outcomeKey(entry.outcome));
    insert.bind(8, QString::fromUtf8(entry.detailJson));
    insert.bind(9, entry.prevMac);
    insert.bind(10, entry.mac);
    if (!insert.exec()) {
        m_error = insert.error();
        return std::nullopt;
    }
    entry.seq = m_db.lastInsertRowId();
    if (transaction && !transaction->commit()) {
        m_error = transaction->error();
        return std::nullopt;
    }
    return entry;
}

QList<AuditEntry> AuditStore::entries(qint64 fromSeq, int limit)
{
    m_error = {};
    QList<AuditEntry> result;
    Statement rows = m_db.prepare(SelectColumns + QStringLiteral(" WHERE seq >= ?1 ORDER BY seq LIMIT ?2"),
                                  tr("read the audit log from seq %1").arg(fromSeq));
    rows.bind(1, fromSeq);
    rows.bind(2, qint64(limit < 0 ? -1 : limit));
    while (rows.step()) {
        AuditEntry entry;
        readRow(rows, &entry);
        result.append(std::move(entry));
    }
    if (rows.hasError()) {
        m_error = rows.error();
        return {};
    }
    return result;
}

qint64 AuditStore::count()
{
    m_error = {};
    Statement statement =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_log"), tr("count audit entries"));
    if (!statement.step()) {
        m_error = statement.error();
        return -1;
    }
    return statement.columnInt64(0);
}

QList<AuditEntry> AuditStore::search(const AuditQuery &query)
{
    m_error = {};
    const QString purpose = tr("search the audit log");
    if (const QStringList problems = query.validate(); !problems.isEmpty()) {
        m_error = {SQLITE_MISUSE, purpose, problems.join(QStringLiteral("; ")), {}};
        return {};
    }
    const QuerySql sql = whereOf(query);
    Statement rows =
        m_db.prepare(SelectColumns + QStringLiteral(" WHERE %1 ORDER BY seq %2 LIMIT %3")
                                         .arg(sql.where, query.order == AuditQuery::Order::NewestFirst
                                                             ? QStringLiteral("DESC")
                                                             : QStringLiteral("ASC"))
                                         .arg(query.limit),
                     purpose);
    bindAll(rows, sql.parameters);
    QList<AuditEntry> result;
    while (rows.step()) {
        AuditEntry entry;
        readRow(rows, &entry);
        result.append(std::move(entry));
    }
    if (rows.hasError()) {
        m_error = rows.error();
        return {};
    }
    return result;
}

qint64 AuditStore::count(const AuditQuery &query)
{
    m_error = {};
    const QuerySql sql = whereOf(query);
    Statement statement =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE %1").arg(sql.where),
                     tr("count the audit entries a search selects"));
    bindAll(statement, sql.parameters);
    if (!statement.step()) {
        m_error = statement.error();
        return -1;
    }
    return statement.columnInt64(0);
}

std::optional<AuditChain::Checkpoint> AuditStore::checkpoint()
{
    m_error = {};
    Statement statement =
        m_db.prepare(QStringLiteral("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"),
                     tr("read the last audit entry"));
    if (!statement.step()) {
        m_error = statement.error();
        return std::nullopt;
    }
    return AuditChain::Checkpoint{statement.columnInt64(0), statement.columnBlob(1)};
}

AuditVerification AuditStore::verify(const std::optional<AuditChain::Checkpoint> &head)
{
    m_error = {};
    // One read transaction: rows, MAC look-ups and sqlite_sequence all see the same snapshot, so an
    // append on another connection meanwhile is not mistaken for tampering.
    const bool ownTransaction = !m_db.inTransaction();
    if (ownTransaction && !m_db.exec(QStringLiteral("BEGIN DEFERRED"), tr("start verifying the audit log"))) {
        m_error = m_db.lastError();
        AuditVerification failed;
        failed.problem = AuditVerification::Problem::Unreadable;
        failed.message = m_error.toString();
        return failed;
    }
    AuditVerification result;
    {
        StoreSource source(m_db);
        result = m_chain.verify(source, AuditChain::genesisMac(), head);
        if (result.intact()) {
            // sqlite_sequence holds the highest seq ever handed out (AUTOINCREMENT).
            Statement sequence =
                m_db.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"),
                             tr("read the audit log's sequence counter"));
            const qint64 handedOut = sequence.step() ? sequence.columnInt64(0) : 0;
            if (sequence.hasError()) {
                result.problem = AuditVerification::Problem::Unreadable;
                result.message = sequence.error().toString();
            } else if (handedOut > source.lastSeq) {
                result.problem = AuditVerification::Problem::Truncated;
                result.index = result.checked;
                result.seq = source.lastSeq + 1;
                result.message = tr("the audit log ends at seq %1, but seq numbers up to %2 were handed out: "
                                    "the %n last entry(s) were deleted",
                                    "", int(qMin<qint64>(handedOut - source.lastSeq, INT_MAX)))
                                     .arg(source.lastSeq)
                                     .arg(handedOut);
            }
        }
    }
    if (ownTransaction && !m_db.exec(QStringLiteral("COMMIT"), tr("finish verifying the audit log")))
        m_error = m_db.lastError(); // only reads happened: the result stands
    return result;
}

} // namespace rw
