#include "protocol/interfacecatalogue.h"
#include "quality/vehiclebaseinfocheck.h"

#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

const QString kCompany = u"4690WZSYC001"_s;
const QString kRule = u"completeness.vehicleBaseInfo"_s;
constexpr qint64 kJan31 = 1769817600;   // 2026-01-31 00:00 UTC (08:00 CST)
constexpr qint64 kFeb1Cst = 1769875200; // 2026-01-31 16:00 UTC = 2026-02-01 00:00 CST

Record record(QStringView ipcType, const QString &plate)
{
    const InterfaceSpec *spec = InterfaceCatalogue::builtIn()->byIpcType(ipcType);
    Q_ASSERT(spec);
    Record r = makeRecord(*spec);
    if (!plate.isEmpty())
        r.setValue(u"VehicleNo", plate);
    return r;
}

QualityOutcome outcomeAt(qint64 receivedAt, const QString &company = kCompany)
{
    QualityOutcome o;
    o.companyId = company;
    o.receivedAt = receivedAt;
    o.check(QualityDimension::Completeness); // as QualityEvaluator leaves it for a complete record
    return o;
}

/** A store of base-info uploads: (company, upload id, plate). */
struct FakeStore
{
    struct Row
    {
        QString company;
        qint64 batch;
        QString plate;
    };
    QList<Row> rows;
    QList<QPair<QString, qint64>> asked;

    VehicleBaseInfoCheck::Lookup lookup()
    {
        return [this](const QString &company, qint64 batch) {
            asked.append({company, batch});
            QSet<QString> plates;
            for (const Row &row : rows) {
                if (row.company == company && row.batch < batch)
                    plates.insert(row.plate);
            }
            return plates;
        };
    }
};

} // namespace

class tst_VehicleBaseInfoCheck : public QObject
{
    Q_OBJECT

private slots:
    void aPositionNeedsItsVehiclesBaseInfo()
    {
        FakeStore store;
        store.rows = {{kCompany, 1, u"琼D1"_s}, {u"4690OTHER001"_s, 2, u"琼D2"_s}};
        VehicleBaseInfoCheck check(QualityModel::builtIn(), store.lookup());
        QVERIFY(check.isActive());
        check.begin(10);
        QualityOutcome known = outcomeAt(kJan31);
        check.apply(record(u"positionVehicle", u"琼D1"_s), known);
        QVERIFY(known.isPassed(QualityDimension::Completeness));
        // 琼D2's base-info is another company's: not this one's vehicle.
        QualityOutcome unknown = outcomeAt(kJan31);
        check.apply(record(u"positionVehicle", u"琼D2"_s), unknown);
        QVERIFY(!unknown.isPassed(QualityDimension::Completeness));
        QCOMPARE(unknown.failedRules, QStringList{kRule});
        check.commit();
        // Read once for the month, before upload 10.
        QCOMPARE(store.asked, (QList<QPair<QString, qint64>>{{kCompany, 10}}));
        QCOMPARE(check.knownVehicles(kCompany), 1);
    }

    void baseInfoReceivedLaterCountsFromThen()
    {
        FakeStore store;
        VehicleBaseInfoCheck check(QualityModel::builtIn(), store.lookup());
        check.begin(1);
        QualityOutcome before = outcomeAt(kJan31);
        check.apply(record(u"positionVehicle", u"琼D1"_s), before);
        QVERIFY(before.failedRules.contains(kRule));
        check.commit();

        check.begin(2);
        QualityOutcome base = outcomeAt(kJan31 + 10);
        check.apply(record(u"baseInfoVehicle", u"琼D1"_s), base);
        QVERIFY(base.failedRules.isEmpty());
        check.commit();

        check.begin(3);
        QualityOutcome after = outcomeAt(kJan31 + 20);
        check.apply(record(u"positionVehicle", u"琼D1"_s), after);
        QVERIFY(after.failedRules.isEmpty());
        check.commit();
        QCOMPARE(store.asked.size(), 1); // kept up to date, not read again
    }

    void aNewCstMonthReadsAfresh()
    {
        FakeStore store;
        VehicleBaseInfoCheck check(QualityModel::builtIn(), store.lookup());
        check.begin(1);
        QualityOutcome jan = outcomeAt(kFeb1Cst - 1);
        check.apply(record(u"positionVehicle", u"琼D1"_s), jan);
        check.commit();
        store.rows.append({kCompany, 2, u"琼D1"_s}); // stored, but this check did not see it pass
        check.begin(3);
        QualityOutcome stillJan = outcomeAt(kFeb1Cst - 1);
        check.apply(record(u"positionVehicle", u"琼D1"_s), stillJan);
        QVERIFY(stillJan.failedRules.contains(kRule)); // the month's reading stands
        QualityOutcome feb = outcomeAt(kFeb1Cst);
        check.apply(record(u"positionVehicle", u"琼D1"_s), feb);
        QVERIFY(feb.failedRules.isEmpty()); // 1 February CST: read again, before upload 3
        QCOMPARE(store.asked.last(), (QPair<QString, qint64>{kCompany, 3}));
    }

    void rollbackForgetsBaseInfoAndReadings()
    {
        FakeStore store;
        VehicleBaseInfoCheck check(QualityModel::builtIn(), store.lookup());
        check.begin(1);
        QualityOutcome o = outcomeAt(kJan31);
        check.apply(record(u"positionVehicle", u"琼D9"_s), o);
        check.commit();
        // An upload of 琼D1's base-info that fails to store.
        check.begin(2);
        check.apply(record(u"baseInfoVehicle", u"琼D1"_s), o);
        QCOMPARE(check.knownVehicles(kCompany), 1);
        check.rollback();
        QCOMPARE(check.knownVehicles(kCompany), 0);
        check.begin(3);
        QualityOutcome position = outcomeAt(kJan31 + 5);
        check.apply(record(u"positionVehicle", u"琼D1"_s), position);
        QVERIFY(position.failedRules.contains(kRule));
        check.commit();

        // A failed upload that made the first reading of another company: read again next time.
        check.begin(4);
        QualityOutcome other = outcomeAt(kJan31 + 6, u"4690OTHER001"_s);
        check.apply(record(u"positionVehicle", u"琼E1"_s), other);
        check.rollback();
        store.rows.append({u"4690OTHER001"_s, 4, u"琼E1"_s});
        check.begin(5);
        QualityOutcome again = outcomeAt(kJan31 + 7, u"4690OTHER001"_s);
        check.apply(record(u"positionVehicle", u"琼E1"_s), again);
        QVERIFY(again.failedRules.isEmpty());
    }

    void otherRecordsAndPlatelessPositionsAreNotJudged()
    {
        FakeStore store;
        VehicleBaseInfoCheck check(QualityModel::builtIn(), store.lookup());
        check.begin(1);
        QualityOutcome order = outcomeAt(kJan31);
        check.apply(record(u"orderMatch", u"琼D1"_s), order);
        QualityOutcome noPlate = outcomeAt(kJan31);
        check.apply(record(u"positionVehicle", QString()), noPlate);
        QVERIFY(order.failedRules.isEmpty());
        QVERIFY(noPlate.failedRules.isEmpty());
        QVERIFY(store.asked.isEmpty());
    }

    void withoutALookupItIsOff()
    {
        VehicleBaseInfoCheck check(QualityModel::builtIn(), {});
        QVERIFY(!check.isActive());
        check.begin(1);
        QualityOutcome o = outcomeAt(kJan31);
        check.apply(record(u"positionVehicle", u"琼D1"_s), o);
        QVERIFY(o.failedRules.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_VehicleBaseInfoCheck)
#include "tst_vehiclebaseinfocheck.moc"
