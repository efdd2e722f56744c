#include "outagestore.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

constexpr auto kColumns =
    "id, company_id, stream, start_ms, detected_ms, end_ms, rate_per_minute, backfilled";

} // namespace

OutageStore::OutageStore(Database &db)
    : m_db(db)
{}

qint64 OutageStore::save(const Outage &o)
{
    m_error = {};
    Statement upsert = m_db.prepare(
        u"INSERT INTO outage (company_id, stream, start_ms, detected_ms, end_ms, rate_per_minute, "
        u"backfilled) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (company_id, stream, start_ms) DO UPDATE SET "
        "end_ms = excluded.end_ms, rate_per_minute = excluded.rate_per_minute, "
        "backfilled = max(backfilled, excluded.backfilled) RETURNING id"_s,
        tr("store an outage"), Database::Reuse::Often);
    upsert.bind(1, o.companyId);
    upsert.bind(2, OutageStreams::key(o.stream));
    upsert.bind(3, o.startMs);
    upsert.bind(4, o.detectedMs);
    if (o.isOpen())
        upsert.bindNull(5);
    else
        upsert.bind(5, o.endMs);
    upsert.bind(6, o.ratePerMinute);
    upsert.bind(7, o.backfilledRecords);
    if (!upsert.step()) {
        m_error = upsert.hasError() ? upsert.error() : m_db.lastError();
        return 0;
    }
    const qint64 id = upsert.columnInt64(0);
    while (upsert.step()) {
    }
    if (upsert.hasError()) {
        m_error = upsert.error();
        return 0;
    }
    return id;
}

QList<Outage> OutageStore::read(Statement &s)
{
    QList<Outage> outages;
    while (s.step()) {
        Outage o;
        o.id = s.columnInt64(0);
        o.companyId = s.columnText(1);
        o.stream = OutageStreams::fromKey(s.columnText(2)).value_or(OutageStream::Position);
        o.startMs = s.columnInt64(3);
        o.detectedMs = s.columnInt64(4);
        o.endMs = s.isNull(5) ? 0 : s.columnInt64(5);
        o.ratePerMinute = s.columnDouble(6);
        o.backfilledRecords = s.columnInt64(7);
        outages.append(o);
    }
    if (s.hasError())
        m_error = s.error();
    return outages;
}

QList<Outage> OutageStore::recent(qint64 closedSinceMs)
{
    m_error = {};
    Statement s =
        m_db.prepare(u"SELECT %1 FROM outage WHERE end_ms IS NULL OR end_ms >= ?1 ORDER BY start_ms"_s.arg(
                         QLatin1StringView(kColumns)),
                     tr("read the recent outages"));
    s.bind(1, closedSinceMs);
    return read(s);
}

QList<Outage> OutageStore::list(const Filter &f)
{
    m_error = {};
    QStringList where;
    if (!f.companyId.isEmpty())
        where << u"company_id = ?1"_s;
    if (f.toMs > 0)
        where << u"start_ms < ?2"_s;
    if (f.fromMs > 0)
        where << u"(end_ms IS NULL OR end_ms > ?3)"_s;
    if (f.openOnly)
        where << u"end_ms IS NULL"_s;
    Statement s = m_db.prepare(
        u"SELECT %1 FROM outage %2 ORDER BY start_ms DESC, id DESC LIMIT ?4"_s.arg(
            QLatin1StringView(kColumns), where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)),
        tr("list the outages"));
    if (!f.companyId.isEmpty())
        s.bind(1, f.companyId);
    if (f.toMs > 0)
        s.bind(2, f.toMs);
    if (f.fromMs > 0)
        s.bind(3, f.fromMs);
    s.bind(4, f.limit);
    return read(s);
}

std::optional<Outage> OutageStore::byId(qint64 id)
{
    m_error = {};
    Statement s = m_db.prepare(u"SELECT %1 FROM outage WHERE id = ?1"_s.arg(QLatin1StringView(kColumns)),
                               tr("read an outage"));
    s.bind(1, id);
    const QList<Outage> found = read(s);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<OutageStore::StreamActivity> OutageStore::activity(qint64 windowMs)
{
    m_error = {};
    // One row per company and interface: its last upload and the records of the window before it. The
    // index upload_batch_company_received serves both the max and the range.
    Statement s = m_db.prepare(
        u"WITH last AS (SELECT company_id, ipc_type, max(received_ms) AS last_ms FROM upload_batch "
        "GROUP BY company_id, ipc_type) "
        "SELECT l.company_id, l.ipc_type, l.last_ms, "
        "(SELECT coalesce(sum(b.record_count), 0) FROM upload_batch b WHERE b.company_id = l.company_id "
        "AND b.ipc_type = l.ipc_type AND b.received_ms > l.last_ms - ?1) FROM last l"_s,
        tr("read the recent uploads per stream"));
    s.bind(1, windowMs);
    QHash<QString, StreamActivity> byStream;
    while (s.step()) {
        const std::optional<OutageStream> stream = OutageStreams::ofIpcType(s.columnText(1));
        if (!stream)
            continue;
        const QString company = s.columnText(0);
        StreamActivity &a = byStream[company + QLatin1Char('\n') + OutageStreams::key(*stream)];
        const qint64 last = s.columnInt64(2);
        const qint64 records = s.columnInt64(3);
        a.companyId = company;
        a.stream = *stream;
        // Interfaces of one stream: the latest receipt; the records of the others are counted when they
        // fall in the window (an approximation: the window of each interface ends at its own last upload).
        if (last > a.lastReceivedMs)
            a.lastReceivedMs = last;
        a.recordsInWindow += records;
    }
    if (s.hasError())
        m_error = s.error();
    return byStream.values();
}

} // namespace rw
