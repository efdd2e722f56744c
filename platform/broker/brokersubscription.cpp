#include "brokersubscription.h"

#include "protocol/interfacespec.h"

namespace rw {

BrokerSubscription::BrokerSubscription(QSet<const InterfaceSpec *> topics, ScopeFilter inScope, int maxQueued)
    : m_topics(std::move(topics))
    , m_inScope(std::move(inScope))
    , m_maxQueued(qMax(1, maxQueued))
{}

QString BrokerSubscription::positionKey(const QString &companyId, const Record &record)
{
    if (!record.spec)
        return {};
    QStringView field;
    if (record.spec->ipcType == QLatin1String("positionVehicle"))
        field = u"VehicleNo";
    else if (record.spec->ipcType == QLatin1String("positionDriver"))
        field = u"LicenseId";
    else
        return {};
    const QString id = record.value(field).toString();
    if (id.isEmpty())
        return {};
    return companyId + QLatin1Char('\x1f') + id;
}

void BrokerSubscription::offer(const QString &companyId, const InterfaceSpec *spec,
                               const QList<Record> &records)
{
    if (!m_topics.contains(spec) || records.isEmpty() || (m_inScope && !m_inScope(companyId)))
        return;
    for (const Record &record : records) {
        const QString key = positionKey(companyId, record);
        if (!key.isEmpty()) {
            auto it = m_positions.find(key);
            if (it == m_positions.end()) {
                m_positions.insert(key, {companyId, record});
                m_positionOrder.append(key);
            } else {
                it->record = record; // the newer fix wins; the older one was never sent
                ++m_coalesced;
            }
            continue;
        }
        m_queue.push_back({companyId, record});
        if (qsizetype(m_queue.size()) > m_maxQueued) {
            m_queue.pop_front();
            ++m_droppedTotal;
            ++m_droppedSinceBatch;
        }
    }
}

QList<UploadEnvelope> BrokerSubscription::takeBatch(int maxRecords)
{
    QList<UploadEnvelope> envelopes;
    // Consecutive records of the same company and interface share one envelope.
    const auto append = [&envelopes](Pending &&pending) {
        if (envelopes.isEmpty() || envelopes.last().companyId != pending.companyId ||
            envelopes.last().spec != pending.record.spec) {
            UploadEnvelope envelope;
            envelope.companyId = pending.companyId;
            envelope.spec = pending.record.spec;
            envelope.batch = true;
            envelopes.append(envelope);
        }
        envelopes.last().records.append(std::move(pending.record));
    };
    int taken = 0;
    qsizetype used = 0;
    for (; used < m_positionOrder.size() && taken < maxRecords; ++used, ++taken)
        append(m_positions.take(m_positionOrder.at(used)));
    m_positionOrder.remove(0, used);
    while (!m_queue.empty() && taken < maxRecords) {
        append(std::move(m_queue.front()));
        m_queue.pop_front();
        ++taken;
    }
    return envelopes;
}

qint64 BrokerSubscription::takeDroppedCount()
{
    return std::exchange(m_droppedSinceBatch, 0);
}

} // namespace rw
