// BrokerSubscription: what one broker connection waits to receive — coalesced positions, a bounded
// queue for everything else, the region filter.

#include "broker/brokersubscription.h"
#include "protocol/interfacecatalogue.h"

#include <QTest>

using namespace rw;

class tst_BrokerSubscription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void positionsAreCoalescedPerVehicle();
    void otherRecordsQueueInOrderAndDropTheOldest();
    void topicsAndScopeFilter();
    void batchesAreBoundedAndGrouped();

private:
    Record position(const QString &plate, qint64 time) const;
    Record order(const QString &id) const;

    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    const InterfaceSpec *m_position = nullptr;
    const InterfaceSpec *m_order = nullptr;
};

void tst_BrokerSubscription::initTestCase()
{
    m_catalogue = InterfaceCatalogue::builtIn();
    m_position = m_catalogue->byTopic(u"ProvPositionVehicle");
    m_order = m_catalogue->byTopic(u"ProvOrderCreate");
    QVERIFY(m_position && m_order);
}

Record tst_BrokerSubscription::position(const QString &plate, qint64 time) const
{
    Record record = makeRecord(*m_position);
    record.setValue(u"VehicleNo", plate);
    record.setValue(u"PositionTime", time);
    return record;
}

Record tst_BrokerSubscription::order(const QString &id) const
{
    Record record = makeRecord(*m_order);
    record.setValue(u"OrderId", id);
    return record;
}

void tst_BrokerSubscription::positionsAreCoalescedPerVehicle()
{
    BrokerSubscription subscription({m_position}, {});
    // A console that does not read for a while: 1,000 fixes of 10 vehicles wait as 10.
    for (int i = 0; i < 1000; ++i)
        subscription.offer(QStringLiteral("C1"), m_position,
                           {position(QStringLiteral("琼D%1").arg(i % 10), i)});
    QCOMPARE(subscription.pending(), 10);
    QCOMPARE(subscription.coalesced(), 990);
    // The same plate of another company is another vehicle.
    subscription.offer(QStringLiteral("C2"), m_position, {position(QStringLiteral("琼D0"), 5)});
    QCOMPARE(subscription.pending(), 11);

    const QList<UploadEnvelope> batch = subscription.takeBatch(100);
    QCOMPARE(batch.size(), 2); // C1's ten, then C2's one
    QCOMPARE(batch.at(0).companyId, QStringLiteral("C1"));
    QCOMPARE(batch.at(0).records.size(), 10);
    // Each vehicle's latest fix, in the order the vehicles first appeared.
    QCOMPARE(batch.at(0).records.at(0).value(u"VehicleNo").toString(), QStringLiteral("琼D0"));
    QCOMPARE(batch.at(0).records.at(0).value(u"PositionTime").toLongLong(), 990);
    QCOMPARE(batch.at(0).records.at(9).value(u"PositionTime").toLongLong(), 999);
    QVERIFY(subscription.isEmpty());
}

void tst_BrokerSubscription::otherRecordsQueueInOrderAndDropTheOldest()
{
    BrokerSubscription subscription({m_order}, {}, 5);
    for (int i = 0; i < 8; ++i)
        subscription.offer(QStringLiteral("C1"), m_order, {order(QStringLiteral("O%1").arg(i))});
    // Orders are never merged; beyond the bound the oldest go, counted.
    QCOMPARE(subscription.pending(), 5);
    QCOMPARE(subscription.dropped(), 3);
    QCOMPARE(subscription.takeDroppedCount(), 3);
    QCOMPARE(subscription.takeDroppedCount(), 0);
    const QList<UploadEnvelope> batch = subscription.takeBatch(100);
    QCOMPARE(batch.size(), 1);
    QStringList ids;
    for (const Record &record : batch.first().records)
        ids << record.value(u"OrderId").toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("O3"), QStringLiteral("O4"), QStringLiteral("O5"),
                               QStringLiteral("O6"), QStringLiteral("O7")}));
}

void tst_BrokerSubscription::topicsAndScopeFilter()
{
    BrokerSubscription subscription({m_position},
                                    [](const QString &company) { return company == QStringLiteral("IN"); });
    QVERIFY(subscription.wants(m_position));
    QVERIFY(!subscription.wants(m_order));
    subscription.offer(QStringLiteral("IN"), m_order, {order(QStringLiteral("O1"))}); // not subscribed
    subscription.offer(QStringLiteral("OUT"), m_position,
                       {position(QStringLiteral("琼D1"), 1)}); // out of scope
    QVERIFY(subscription.isEmpty());
    subscription.offer(QStringLiteral("IN"), m_position, {position(QStringLiteral("琼D1"), 1)});
    QCOMPARE(subscription.pending(), 1);
}

void tst_BrokerSubscription::batchesAreBoundedAndGrouped()
{
    BrokerSubscription subscription({m_position, m_order}, {});
    for (int i = 0; i < 30; ++i)
        subscription.offer(QStringLiteral("C1"), m_position, {position(QStringLiteral("琼D%1").arg(i), i)});
    subscription.offer(QStringLiteral("C1"), m_order,
                       {order(QStringLiteral("O1")), order(QStringLiteral("O2"))});
    int total = 0;
    int batches = 0;
    while (!subscription.isEmpty()) {
        const QList<UploadEnvelope> batch = subscription.takeBatch(8);
        int records = 0;
        for (const UploadEnvelope &envelope : batch) {
            QVERIFY(envelope.batch);
            records += envelope.records.size();
        }
        QVERIFY(records <= 8);
        total += records;
        ++batches;
    }
    QCOMPARE(total, 32);
    QCOMPARE(batches, 4);
}

QTEST_GUILESS_MAIN(tst_BrokerSubscription)
#include "tst_brokersubscription.moc"
