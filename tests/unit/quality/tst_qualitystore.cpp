// QualityStore on a real platform database: day deltas, samples, reading periods back.

#include "quality/qualitystore.h"

#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

const QString kCompany = u"4690WZSYC001"_s;

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

/** A record that passed everything but timeliness when \a late. */
QualityOutcome outcome(qint64 received, bool late, qint64 rowId, const QString &company = kCompany,
                       const QString &ipcType = u"positionVehicle"_s)
{
    QualityOutcome o;
    o.companyId = company;
    o.ipcType = ipcType;
    o.receivedAt = received;
    o.receivedMs = received * 1000 + 250;
    o.source = u"record"_s;
    o.rowId = rowId;
    o.recordKey = u"VehicleNo=琼D%1"_s.arg(rowId);
    for (QualityDimension d : kQualityDimensions)
        o.check(d);
    if (late)
        o.fail(QualityDimension::Timeliness, u"timeliness.withinLimit"_s);
    return o;
}

} // namespace

class TestQualityStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    qint64 rows(const QString &table)
    {
        return m_db->queryValue(u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"q%1.sqlite"_s.arg(++m_counter))));
        SchemaMigrator migrator = SchemaMigrator::platform();
        QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    }
    void cleanup() { m_db.reset(); }

    void deltasAddUpPerDay()
    {
        QualityStore store(*m_db, QualityModel::builtIn());
        const qint64 day = utc(2026, 3, 2, 2, 0, 0);
        QVERIFY(!store.add({outcome(day, false, 1), outcome(day, true, 2)}).isError());
        QVERIFY(!store.add({outcome(day + 60, true, 3), outcome(day + 86400, false, 4)}).isError());
        // Two CST days, one row each; one rule row (same day, rule, interface) summed over both adds.
        QCOMPARE(rows(u"quality_day"_s), 2);
        QCOMPARE(rows(u"quality_rule_day"_s), 1);
        QCOMPARE(m_db->queryValue(u"SELECT violations FROM quality_rule_day"_s).toLongLong(), 2);
        QCOMPARE(m_db->queryValue(u"SELECT records FROM quality_day WHERE day = 20260302"_s).toLongLong(), 3);

        const std::optional<QualityTally> month = store.tally(kCompany, QualityPeriod::ofMonth(2026, 3));
        QVERIFY2(month, qPrintable(store.error().toString()));
        QCOMPARE(month->records(), 4);
        QCOMPARE(month->checked(QualityDimension::Timeliness), 4);
        QCOMPARE(month->passed(QualityDimension::Timeliness), 2);
        QCOMPARE(month->passed(QualityDimension::Completeness), 4);
        QCOMPARE(month->violations(u"timeliness.withinLimit"_s), 2);
        QCOMPARE(month->violationsByInterface(u"timeliness.withinLimit"_s).value(u"positionVehicle"_s), 2);
        QCOMPARE(month->modelVersion(), QualityModel::builtIn().version());
        // Samples carry the way back to the raw record.
        const QList<QualitySample> samples = month->samples(u"timeliness.withinLimit"_s);
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.at(0).rowId, 2);
        QCOMPARE(samples.at(0).source, u"record"_s);
        QCOMPARE(samples.at(0).receivedMs, day * 1000 + 250);
        QCOMPARE(samples.at(0).recordKey, u"VehicleNo=琼D2"_s);
        QCOMPARE(samples.at(1).rowId, 3);

        // A day, and a year, are read the same way.
        QCOMPARE(store.tally(kCompany, QualityPeriod::ofDay(2026, 3, 3))->records(), 1);
        QCOMPARE(store.tally(kCompany, QualityPeriod::ofYear(2026))->records(), 4);
        QCOMPARE(store.tally(kCompany, QualityPeriod::ofMonth(2026, 4))->records(), 0);
        QCOMPARE(store.tally(u"OTHER"_s, QualityPeriod::ofMonth(2026, 3))->records(), 0);
    }

    void samplesStopAtTheModelsLimit()
    {
        QualityStore store(*m_db, QualityModel::builtIn());
        const int limit = QualityModel::builtIn().samplesPerRule();
        QCOMPARE(limit, 5);
        const qint64 day = utc(2026, 3, 2, 2, 0, 0);
        QList<QualityOutcome> batch;
        for (int i = 1; i <= 4; ++i)
            batch.append(outcome(day, true, i));
        QVERIFY(!store.add(batch).isError());
        QVERIFY(!store.add(batch.mid(0, 3)).isError()); // rows 1..3 again: only one more fits
        QCOMPARE(rows(u"quality_sample"_s), limit);
        // A store that starts afresh (the platform restarted) counts what is stored before adding.
        QualityStore restarted(*m_db, QualityModel::builtIn());
        QVERIFY(!restarted.add({outcome(day, true, 9)}).isError());
        QCOMPARE(rows(u"quality_sample"_s), limit);
        // Another month has its own samples.
        QVERIFY(!restarted.add({outcome(utc(2026, 4, 2, 2, 0, 0), true, 10)}).isError());
        QCOMPARE(rows(u"quality_sample"_s), limit + 1);
        const QList<QualitySample> march =
            store.tally(kCompany, QualityPeriod::ofMonth(2026, 3))->samples(u"timeliness.withinLimit"_s);
        QCOMPARE(march.size(), limit);
        QCOMPARE(march.last().rowId, 1); // the first of the second add
        QCOMPARE(
            store.tally(kCompany, QualityPeriod::ofMonth(2026, 3))->violations(u"timeliness.withinLimit"_s),
            8);
    }

    void aCstMonthStartsAtSixteenHundredUtc()
    {
        QualityStore store(*m_db, QualityModel::builtIn());
        QVERIFY(!store
                     .add({outcome(utc(2026, 1, 31, 15, 59, 59), true, 1),
                           outcome(utc(2026, 1, 31, 16, 0, 0), false, 2)})
                     .isError());
        QCOMPARE(
            m_db->queryValue(u"SELECT group_concat(day) FROM (SELECT day FROM quality_day ORDER BY day)"_s)
                .toString(),
            u"20260131,20260201"_s);
        const QualityTally january = *store.tally(kCompany, QualityPeriod::ofMonth(2026, 1));
        const QualityTally february = *store.tally(kCompany, QualityPeriod::ofMonth(2026, 2));
        QCOMPARE(january.records(), 1);
        QCOMPARE(january.samples(u"timeliness.withinLimit"_s).size(), 1);
        QCOMPARE(february.records(), 1);
        QCOMPARE(february.violations(u"timeliness.withinLimit"_s), 0);
        QCOMPARE(february.samples(u"timeliness.withinLimit"_s).size(), 0);
        QCOMPARE(m_db->queryValue(u"SELECT month FROM quality_sample"_s).toInt(), 202601);
    }

    void ordersAndCompaniesAndRemoval()
    {
        QualityStore store(*m_db, QualityModel::builtIn());
        const qint64 day = utc(2026, 3, 2, 2, 0, 0);
        QualityOutcome order = outcome(day, false, 1, u"C2"_s, u"orderMatch"_s);
        order.orderChecked = true;
        order.orderCompliant = true;
        QualityOutcome bad = outcome(day, false, 2, u"C2"_s, u"orderMatch"_s);
        bad.orderChecked = true;
        bad.fail(QualityDimension::Authenticity, u"authenticity.orderPermits"_s);
        QVERIFY(!store.add({order, bad, outcome(day, true, 3)}).isError());
        const QualityTally c2 = *store.tally(u"C2"_s, QualityPeriod::ofMonth(2026, 3));
        QCOMPARE(c2.ordersChecked(), 2);
        QCOMPARE(c2.ordersCompliant(), 1);
        QCOMPARE(*c2.orderRate(), 0.5);
        QCOMPARE(c2.passed(QualityDimension::Authenticity), 1);
        QCOMPARE(store.companies(QualityPeriod::ofMonth(2026, 3)), (QStringList{kCompany, u"C2"_s}));
        QCOMPARE(store.companies(QualityPeriod::ofMonth(2026, 2)), QStringList());

        QVERIFY(!store.removeMonth(QualityPeriod::ofMonth(2026, 3), u"C2"_s).isError());
        QCOMPARE(store.companies(QualityPeriod::ofMonth(2026, 3)), QStringList{kCompany});
        QCOMPARE(rows(u"quality_sample"_s), 1);
        QVERIFY(!store.removeMonth(QualityPeriod::ofMonth(2026, 3)).isError());
        QCOMPARE(rows(u"quality_day"_s) + rows(u"quality_rule_day"_s) + rows(u"quality_sample"_s), 0);
    }

    void aRolledBackAddLeavesNothing()
    {
        QualityStore store(*m_db, QualityModel::builtIn());
        const qint64 day = utc(2026, 3, 2, 2, 0, 0);
        {
            Transaction transaction(*m_db);
            QVERIFY(!store.add({outcome(day, true, 1)}).isError());
        } // rolled back
        store.forgetCachedCounts();
        QCOMPARE(rows(u"quality_day"_s), 0);
        for (int i = 2; i <= 6; ++i)
            QVERIFY(!store.add({outcome(day, true, i)}).isError());
        QCOMPARE(rows(u"quality_sample"_s), 5); // the rolled-back sample took no place
    }
};

QTEST_GUILESS_MAIN(TestQualityStore)
#include "tst_qualitystore.moc"
