#pragma once

#include "protocol/record.h"
#include "protocol/uploadenvelope.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>
#include <functional>

namespace rw {

struct InterfaceSpec;

/**
 * \brief What one broker connection is waiting to receive: the records of its topics within its
 * region, held between two sends (DESIGN §4: a slow console gets the latest position per vehicle,
 * never an unbounded queue).
 *
 * Positions (positionVehicle, positionDriver) are coalesced: a vehicle's (or driver's) newer fix
 * replaces the one still waiting, so the memory held per connection is bounded by the number of
 * vehicles, however long the console does not read. Other records (orders, base info, …) must not
 * be merged; they wait in a queue of at most \a maxQueued records, and when it is full the oldest
 * are dropped and counted (droppedSinceLastBatch()), so that the console can say that it missed
 * some. Pure data: no socket, no thread of its own; the broker calls it on its thread.
 */
class BrokerSubscription
{
public:
    /** Whether a committed record of \a companyId may go to this connection (region scope). */
    using ScopeFilter = std::function<bool(const QString &companyId)>;

    BrokerSubscription(QSet<const InterfaceSpec *> topics, ScopeFilter inScope, int maxQueued = 20000);

    bool wants(const InterfaceSpec *spec) const { return m_topics.contains(spec); }
    const QSet<const InterfaceSpec *> &topics() const { return m_topics; }

    /** Offers committed \a records of \a companyId; keeps those of its topics and its scope. */
    void offer(const QString &companyId, const InterfaceSpec *spec, const QList<Record> &records);

    bool isEmpty() const { return m_positions.isEmpty() && m_queue.empty(); }
    /** Records waiting (coalesced positions plus queued others). */
    qsizetype pending() const { return m_positions.size() + qsizetype(m_queue.size()); }
    /** Positions replaced by a newer one of the same vehicle before they were sent, in total. */
    qint64 coalesced() const { return m_coalesced; }
    qint64 dropped() const { return m_droppedTotal; }

    /**
     * Takes up to \a maxRecords waiting records as envelopes, one per company and interface, in
     * arrival order for the queued records; the positions come first (they matter most live).
     */
    QList<UploadEnvelope> takeBatch(int maxRecords);
    /** Records dropped from the queue since the last takeBatch(), then resets the count. */
    qint64 takeDroppedCount();

    /** The coalescing key of a position record: company, then plate or licence. Empty otherwise. */
    static QString positionKey(const QString &companyId, const Record &record);

private:
    struct Pending
    {
        QString companyId;
        Record record;
    };

    QSet<const InterfaceSpec *> m_topics;
    ScopeFilter m_inScope;
    int m_maxQueued;
    QHash<QString, Pending> m_positions; //!< by positionKey()
    QList<QString> m_positionOrder;      //!< keys in first-arrival order (a key appears once)
    std::deque<Pending> m_queue;
    qint64 m_coalesced = 0;
    qint64 m_droppedTotal = 0;
    qint64 m_droppedSinceBatch = 0;
};

} // namespace rw
