#include "protocol/interfacecatalogue.h"
#include "quality/qualityperiod.h"
#include "quality/tripconsistencycheck.h"

#include "qualitymodelfixtures.h"

#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

const QString kCompany = u"4690WZSYC001"_s;
constexpr qint64 kJan31 = 1769817600;   // 2026-01-31 00:00 UTC (08:00 CST)
constexpr qint64 kFeb1Cst = 1769875200; // 2026-01-31 16:00 UTC = 2026-02-01 00:00 CST

Record record(QStringView ipcType, const QString &order, qint64 dep = 0, qint64 dest = 0)
{
    const InterfaceSpec *spec = InterfaceCatalogue::builtIn()->byIpcType(ipcType);
    Q_ASSERT(spec);
    Record r = makeRecord(*spec);
    r.setValue(u"OrderId", order);
    if (dep)
        r.setValue(u"DepTime", dep);
    if (dest)
        r.setValue(u"DestTime", dest);
    return r;
}

QualityOutcome outcomeAt(qint64 receivedAt, const QString &company = kCompany)
{
    QualityOutcome o;
    o.companyId = company;
    o.receivedAt = receivedAt;
    return o;
}

} // namespace

class tst_TripConsistencyCheck : public QObject
{
    Q_OBJECT

private slots:
    void paymentMatchesDepartureAndArrival()
    {
        TripConsistencyCheck check(QualityModel::builtIn());
        QVERIFY(check.isActive());
        check.begin();
        QualityOutcome depart = outcomeAt(kJan31);
        check.apply(record(u"operateDepart", u"A1"_s, 20260131080000), depart);
        QVERIFY(!depart.isChecked(QualityDimension::Authenticity)); // remembered, not judged
        QualityOutcome arrive = outcomeAt(kJan31 + 600);
        check.apply(record(u"operateArrive", u"A1"_s, 0, 20260131081000), arrive);
        QCOMPARE(check.openOrders(kCompany), 1);

        QualityOutcome pay = outcomeAt(kJan31 + 700);
        check.apply(record(u"operatePay", u"A1"_s, 20260131080000, 20260131081000), pay);
        QVERIFY(pay.isChecked(QualityDimension::Authenticity));
        QVERIFY(pay.isPassed(QualityDimension::Authenticity));
        QCOMPARE(check.openOrders(kCompany), 0); // paid: forgotten
        check.commit();
    }

    void mismatchedTimesFail_data()
    {
        QTest::addColumn<qint64>("dep");
        QTest::addColumn<qint64>("dest");
        QTest::addColumn<bool>("consistent");
        QTest::newRow("same") << qint64(20260131080000) << qint64(20260131081000) << true;
        QTest::newRow("departure a second later")
            << qint64(20260131080001) << qint64(20260131081000) << false;
        QTest::newRow("arrival a minute earlier")
            << qint64(20260131080000) << qint64(20260131080900) << false;
        QTest::newRow("no times on the payment") << qint64(0) << qint64(0) << false;
    }

    void mismatchedTimesFail()
    {
        QFETCH(qint64, dep);
        QFETCH(qint64, dest);
        QFETCH(bool, consistent);
        TripConsistencyCheck check(QualityModel::builtIn());
        check.begin();
        QualityOutcome o = outcomeAt(kJan31);
        check.apply(record(u"operateDepart", u"A1"_s, 20260131080000), o);
        check.apply(record(u"operateArrive", u"A1"_s, 0, 20260131081000), o);
        QualityOutcome pay = outcomeAt(kJan31 + 700);
        check.apply(record(u"operatePay", u"A1"_s, dep, dest), pay);
        QCOMPARE(pay.isPassed(QualityDimension::Authenticity), consistent);
        QCOMPARE(pay.failedRules.contains(u"authenticity.payConsistent"_s), !consistent);
    }

    void paymentWithoutItsTripIsNotJudged()
    {
        TripConsistencyCheck check(QualityModel::builtIn());
        check.begin();
        QualityOutcome pay = outcomeAt(kJan31);
        check.apply(record(u"operatePay", u"A9"_s, 20260131080000, 20260131081000), pay);
        QVERIFY(!pay.isChecked(QualityDimension::Authenticity));
        // Another company's departure of the same order id does not count.
        QualityOutcome other = outcomeAt(kJan31, u"4690OTHER001"_s);
        check.apply(record(u"operateDepart", u"A9"_s, 20260131070000), other);
        QualityOutcome pay2 = outcomeAt(kJan31 + 1);
        check.apply(record(u"operatePay", u"A9"_s, 20260131080000, 20260131081000), pay2);
        QVERIFY(!pay2.isChecked(QualityDimension::Authenticity));
    }

    // Expected-record coverage (completeness.orderRecords): a paid order had its match, departure and
    // arrival.
    void aPaymentNeedsTheOrdersOtherRecords_data()
    {
        QTest::addColumn<bool>("match");
        QTest::addColumn<bool>("depart");
        QTest::addColumn<bool>("arrive");
        QTest::newRow("all three") << true << true << true;
        QTest::newRow("no match") << false << true << true;
        QTest::newRow("no departure") << true << false << true;
        QTest::newRow("no arrival") << true << true << false;
        QTest::newRow("none") << false << false << false;
    }

    void aPaymentNeedsTheOrdersOtherRecords()
    {
        QFETCH(bool, match);
        QFETCH(bool, depart);
        QFETCH(bool, arrive);
        TripConsistencyCheck check(QualityModel::builtIn());
        check.begin();
        QualityOutcome o = outcomeAt(kJan31);
        if (match)
            check.apply(record(u"orderMatch", u"A1"_s), o);
        if (depart)
            check.apply(record(u"operateDepart", u"A1"_s, 20260131080000), o);
        if (arrive)
            check.apply(record(u"operateArrive", u"A1"_s, 0, 20260131081000), o);
        QVERIFY(o.failedRules.isEmpty()); // only the payment is judged
        QualityOutcome pay = outcomeAt(kJan31 + 700);
        pay.check(QualityDimension::Completeness); // as QualityEvaluator leaves a record with every field
        check.apply(record(u"operatePay", u"A1"_s, 20260131080000, 20260131081000), pay);
        const bool complete = match && depart && arrive;
        QCOMPARE(pay.failedRules.contains(u"completeness.orderRecords"_s), !complete);
        QCOMPARE(pay.isPassed(QualityDimension::Completeness), complete);
        // The times are judged only against what came: a match alone gives nothing to compare.
        QCOMPARE(pay.isChecked(QualityDimension::Authenticity), depart || arrive);
        QCOMPARE(check.openOrders(kCompany), 0);
    }

    void aMatchInThePreviousMonthIsMissing()
    {
        TripConsistencyCheck check(QualityModel::builtIn());
        check.begin();
        QualityOutcome o = outcomeAt(kFeb1Cst - 1); // 23:59:59 CST on 31 January
        check.apply(record(u"orderMatch", u"A1"_s), o);
        QualityOutcome feb = outcomeAt(kFeb1Cst);
        check.apply(record(u"operateDepart", u"A1"_s, 20260201000000), feb);
        check.apply(record(u"operateArrive", u"A1"_s, 0, 20260201001000), feb);
        QualityOutcome pay = outcomeAt(kFeb1Cst + 700);
        check.apply(record(u"operatePay", u"A1"_s, 20260201000000, 20260201001000), pay);
        QVERIFY(pay.failedRules.contains(u"completeness.orderRecords"_s));
        QVERIFY(pay.isPassed(QualityDimension::Authenticity)); // the times still agree
    }

    void aModelWithoutTheCoverageRuleIgnoresMatches()
    {
        const QualityModel model = testing::modelWithout({u"completeness.orderRecords"_s});
        TripConsistencyCheck check(model);
        check.begin();
        QualityOutcome o = outcomeAt(kJan31);
        check.apply(record(u"orderMatch", u"A1"_s), o);
        QCOMPARE(check.openOrders(kCompany), 0);
        QualityOutcome pay = outcomeAt(kJan31 + 700);
        check.apply(record(u"operatePay", u"A1"_s, 20260131080000, 20260131081000), pay);
        QVERIFY(pay.failedRules.isEmpty());
    }

    void aNewCstMonthStartsAfresh()
    {
        TripConsistencyCheck check(QualityModel::builtIn());
        check.begin();
        QualityOutcome depart = outcomeAt(kFeb1Cst - 1); // 23:59:59 CST on 31 January
        check.apply(record(u"operateDepart", u"A1"_s, 20260131235900), depart);
        QualityOutcome pay = outcomeAt(kFeb1Cst); // 00:00:00 CST on 1 February: another month
        check.apply(record(u"operatePay", u"A1"_s, 20260131230000, 20260201000500), pay);
        QVERIFY(!pay.isChecked(QualityDimension::Authenticity));
    }

    void rollbackRestoresTheState()
    {
        TripConsistencyCheck check(QualityModel::builtIn());
        check.begin();
        QualityOutcome o = outcomeAt(kJan31);
        check.apply(record(u"operateDepart", u"A1"_s, 20260131080000), o);
        check.commit();

        // An upload that pays A1 and departs A2, then fails to store.
        check.begin();
        QualityOutcome pay = outcomeAt(kJan31 + 10);
        check.apply(record(u"operatePay", u"A1"_s, 20260131080000, 20260131081000), pay);
        check.apply(record(u"operateDepart", u"A2"_s, 20260131080500), o);
        QCOMPARE(check.openOrders(kCompany), 1);
        check.rollback();
        QCOMPARE(check.openOrders(kCompany), 1);

        // Sent again: judged exactly as the first time.
        check.begin();
        QualityOutcome again = outcomeAt(kJan31 + 20);
        check.apply(record(u"operatePay", u"A1"_s, 20260131080000, 20260131081000), again);
        QVERIFY(again.isChecked(QualityDimension::Authenticity));
        QVERIFY(again.isPassed(QualityDimension::Authenticity));
        check.commit();
    }

    void memoryIsBounded()
    {
        TripConsistencyCheck check(QualityModel::builtIn(), 8);
        check.begin();
        for (int i = 0; i < 9; ++i) {
            QualityOutcome o = outcomeAt(kJan31 + i);
            check.apply(record(u"operateDepart", u"A%1"_s.arg(i), 20260131080000), o);
        }
        check.commit();
        QCOMPARE(check.openOrders(kCompany), 6); // three quarters of 8
        // The oldest were forgotten: A0's payment is not judged, A8's is.
        check.begin();
        QualityOutcome pay0 = outcomeAt(kJan31 + 100);
        check.apply(record(u"operatePay", u"A0"_s, 20260131080000, 20260131081000), pay0);
        QVERIFY(!pay0.isChecked(QualityDimension::Authenticity));
        QualityOutcome pay8 = outcomeAt(kJan31 + 101);
        check.apply(record(u"operatePay", u"A8"_s, 20260131080000, 20260131081000), pay8);
        QVERIFY(pay8.isChecked(QualityDimension::Authenticity));
    }
};

QTEST_GUILESS_MAIN(tst_TripConsistencyCheck)
#include "tst_tripconsistencycheck.moc"
