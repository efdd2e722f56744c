// OrderPermitCheck: 订单合规率 with an injected permit lookup.

#include "protocol/interfacecatalogue.h"
#include "quality/orderpermitcheck.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

const QString kRule = QStringLiteral("authenticity.orderPermits");

struct Call
{
    OrderPermitCheck::Holder holder;
    QString key;
    int day;
    qint64 asOf;
};

} // namespace

class TestOrderPermitCheck : public QObject
{
    Q_OBJECT

private:
    Record match(const QString &plate, const QString &licence) const
    {
        Record r = makeRecord(*m_spec);
        r.setValue(u"CompanyId", QStringLiteral("C1"));
        r.setValue(u"OrderId", QStringLiteral("O1"));
        r.setValue(u"VehicleNo", plate);
        r.setValue(u"LicenseId", licence);
        return r;
    }
    QualityOutcome judge(const OrderPermitCheck &check, const Record &record,
                         std::optional<qint64> businessTime) const
    {
        QualityOutcome o;
        o.companyId = QStringLiteral("C1");
        o.ipcType = record.spec->ipcType;
        o.businessTime = businessTime;
        o.receivedAt = m_received / 1000;
        o.receivedMs = m_received;
        check.apply(record, o);
        return o;
    }
    OrderPermitCheck::Lookup lookup()
    {
        return [this](OrderPermitCheck::Holder holder, const QString &key, int day, qint64 asOf) {
            m_calls.append({holder, key, day, asOf});
            return m_valid.contains(key);
        };
    }

    const InterfaceSpec *m_spec = InterfaceCatalogue::builtIn()->byIpcType(u"orderMatch");
    // 2026-03-01 23:30 CST is 15:30 UTC: the CST day is 20260301; the next UTC day's 16:30 is CST 20260302.
    const qint64 m_time = QDateTime(QDate(2026, 3, 1), QTime(15, 30), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 m_received = (m_time + 10) * 1000;
    QSet<QString> m_valid;
    QList<Call> m_calls;

private Q_SLOTS:
    void init()
    {
        m_valid = {QStringLiteral("琼D10001"), QStringLiteral("LIC1")};
        m_calls.clear();
    }

    void compliantWhenVehicleAndDriverHoldPermits()
    {
        const OrderPermitCheck check(QualityModel::builtIn(), lookup());
        QVERIFY(check.isActive());
        const QualityOutcome o = judge(check, match(u"琼D10001"_s, u"LIC1"_s), m_time);
        QVERIFY(o.orderChecked);
        QVERIFY(o.orderCompliant);
        QVERIFY(o.isPassed(QualityDimension::Authenticity));
        QVERIFY(o.failedRules.isEmpty());
        // The CST day of the business time and the moment of receipt are what the registry is asked.
        QCOMPARE(m_calls.size(), 2);
        QCOMPARE(m_calls.at(0).holder, OrderPermitCheck::Holder::Vehicle);
        QCOMPARE(m_calls.at(0).key, QStringLiteral("琼D10001"));
        QCOMPARE(m_calls.at(0).day, 20260301);
        QCOMPARE(m_calls.at(0).asOf, m_received);
        QCOMPARE(m_calls.at(1).holder, OrderPermitCheck::Holder::Driver);
        QCOMPARE(m_calls.at(1).key, QStringLiteral("LIC1"));
        QCOMPARE(OrderPermitCheck::cstDay(m_time + 3600), 20260302);
    }

    void failsWithoutAPermitOfEither_data()
    {
        QTest::addColumn<QString>("plate");
        QTest::addColumn<QString>("licence");
        QTest::newRow("vehicle") << u"琼D99999"_s << u"LIC1"_s;
        QTest::newRow("driver") << u"琼D10001"_s << u"LIC9"_s;
        QTest::newRow("both") << u"琼D99999"_s << u"LIC9"_s;
        QTest::newRow("no plate") << QString() << u"LIC1"_s;
    }
    void failsWithoutAPermitOfEither()
    {
        QFETCH(QString, plate);
        QFETCH(QString, licence);
        const OrderPermitCheck check(QualityModel::builtIn(), lookup());
        Record record = match(plate, licence);
        if (plate.isEmpty())
            record.setValue(u"VehicleNo", QVariant());
        const QualityOutcome o = judge(check, record, m_time);
        QVERIFY(o.orderChecked);
        QVERIFY(!o.orderCompliant);
        QVERIFY(!o.isPassed(QualityDimension::Authenticity));
        QCOMPARE(o.failedRules, QStringList{kRule});
    }

    void noBusinessTimeCannotShowItsPermits()
    {
        const OrderPermitCheck check(QualityModel::builtIn(), lookup());
        const QualityOutcome o = judge(check, match(u"琼D10001"_s, u"LIC1"_s), std::nullopt);
        QVERIFY(o.orderChecked && !o.orderCompliant);
        QVERIFY(m_calls.isEmpty());
    }

    void otherInterfacesAreNotOrders()
    {
        const OrderPermitCheck check(QualityModel::builtIn(), lookup());
        Record create = makeRecord(*InterfaceCatalogue::builtIn()->byIpcType(u"orderCreate"));
        QualityOutcome o;
        o.businessTime = m_time;
        check.apply(create, o);
        QVERIFY(!o.orderChecked);
        QVERIFY(!o.isChecked(QualityDimension::Authenticity));
    }

    void withoutLookupTheRuleIsOff()
    {
        const OrderPermitCheck check(QualityModel::builtIn(), {});
        QVERIFY(!check.isActive());
        QVERIFY(!judge(check, match(u"琼D10001"_s, u"LIC1"_s), m_time).orderChecked);
    }
};

QTEST_GUILESS_MAIN(TestOrderPermitCheck)
#include "tst_orderpermitcheck.moc"
