// QualityScoreQuery: the quality results read back from the tables the ingest fills (0007_quality.sql),
// written here with SQL in a real SQLite file: month and year sums of CST days (20260131 is January,
// 20260201 February), rates and scores as QualityTally gives them (null when nothing was checked, weights
// renormalised over the dimensions checked), ranks, the region scope of company permits, the twelve months
// of a trend, violations by rule and interface with their samples, and the raw record behind a sample
// with personal fields masked unless revealed.

#include "protocol/interfacecatalogue.h"
#include "quality/qualityscorequery.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/schemamigrator.h"

#include "qualityfixtures.h"
#include "qualitymodelfixtures.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::testing;

namespace {

const QString Wuzhishan = u"469001"_s; // a county-level city of Hainan
const QString Haikou = u"460100"_s;
const QString Hainan = u"460000"_s;
const QString Shenzhen = u"440300"_s;

DayCounts counts(qint64 records, std::array<qint64, 4> checked, std::array<qint64, 4> passed,
                 qint64 ordersChecked = 0, qint64 ordersCompliant = 0)
{
    return {records, checked, passed, ordersChecked, ordersCompliant};
}

const QualityScoreQuery::Score *find(const QList<QualityScoreQuery::Score> &scores, const QString &id)
{
    for (const auto &s : scores)
        if (s.companyId == id)
            return &s;
    return nullptr;
}

QStringList idsOf(const QList<QualityScoreQuery::Score> &scores)
{
    QStringList ids;
    for (const auto &s : scores)
        ids.append(s.companyId);
    return ids;
}

} // namespace

class tst_QualityScoreQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parsesPeriods_data();
    void parsesPeriods();
    void ratesScoresAndRanks();
    void monthIsTheSumOfItsCstDaysAndYearOfItsMonths();
    void otherModelVersionsAreNotRead();
    void scopeFollowsCompanyPermits();
    void trendHasTwelveMonths();
    void violationsByRuleAndInterfaceWithSamples();
    void recordMaskedUnlessRevealed();
    void quarantinedRecordMaskedUnlessRevealed();
    void undecodableQuarantineIsWithheldUnlessRevealed();
    void unknownRowsAreNothing();
    void regionCoverageCountsLicensedRegionsWithoutOrders();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QualityScoreQuery> m_query;
};

void tst_QualityScoreQuery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"platform.db"_s)));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    InterfaceTables tables(*m_db, InterfaceCatalogue::builtIn());
    QVERIFY2(tables.ensure(), qPrintable(tables.error().toString()));
    // The hand-counted tests leave out completeness.regionOrders, read from the raw orders at reading time;
    // regionCoverageCountsLicensedRegionsWithoutOrders() uses the built-in model.
    m_query = std::make_unique<QualityScoreQuery>(*m_db, modelWithout({u"completeness.regionOrders"_s}),
                                                  InterfaceCatalogue::builtIn());
    QCOMPARE(m_query->model().version(), u"2026.2"_s);
}

void tst_QualityScoreQuery::cleanup()
{
    m_query.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_QualityScoreQuery::parsesPeriods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("key");
    QTest::newRow("month") << u"2026-11"_s << true << u"2026-11"_s;
    QTest::newRow("year") << u"2026"_s << true << u"2026"_s;
    QTest::newRow("month 13") << u"2026-13"_s << false << QString();
    QTest::newRow("month 00") << u"2026-00"_s << false << QString();
    QTest::newRow("one-digit month") << u"2026-1"_s << false << QString();
    QTest::newRow("day") << u"2026-11-03"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("before 1970") << u"1969"_s << false << QString();
}

void tst_QualityScoreQuery::parsesPeriods()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, key);
    QString error;
    const std::optional<QualityPeriod> period = QualityScoreQuery::parsePeriod(text, &error);
    QCOMPARE(period.has_value(), valid);
    if (valid) {
        QCOMPARE(period->key(), key);
        QCOMPARE(period->span, text.size() == 4 ? QualityPeriod::Span::Year : QualityPeriod::Span::Month);
    } else {
        QVERIFY2(error.contains(u"period=\"%1\""_s.arg(text)), qPrintable(error));
    }
}

void tst_QualityScoreQuery::ratesScoresAndRanks()
{
    for (const QString &c : {u"C1"_s, u"C2"_s, u"C3"_s, u"C5"_s})
        insertCompanyPermit(*m_db, c, Wuzhishan, u"公司"_s + c);
    // C1: 0.98, 0.97, 0.90, 1.00 → 100 × 3.85 / 4 = 96.25; orders 9 of 10.
    insertDay(*m_db, u"C1"_s, 20261103, counts(100, {100, 100, 100, 50}, {98, 97, 90, 50}, 10, 9));
    // C5: the same numbers over two days: a tie with C1, broken by the company id.
    insertDay(*m_db, u"C5"_s, 20261101, counts(40, {40, 40, 40, 20}, {39, 38, 36, 20}));
    insertDay(*m_db, u"C5"_s, 20261130, counts(60, {60, 60, 60, 30}, {59, 59, 54, 30}));
    // C2: nothing checked on authenticity: rate null, the weights renormalised over three:
    // 100 × (1 + 0.95 + 0.90) / 3 = 95.
    insertDay(*m_db, u"C2"_s, 20261115, counts(200, {200, 200, 200, 0}, {200, 190, 180, 0}));
    // C3 holds a permit but sent nothing: no score, ranked last.

    const auto scores = m_query->scores(QualityPeriod::ofMonth(2026, 11), Wuzhishan);
    QVERIFY2(scores, qPrintable(m_query->error().toString()));
    QCOMPARE(idsOf(*scores), (QStringList{u"C1"_s, u"C5"_s, u"C2"_s, u"C3"_s}));
    for (int i = 0; i < scores->size(); ++i)
        QCOMPARE(scores->at(i).rank, i + 1);

    const auto *c1 = find(*scores, u"C1"_s);
    QCOMPARE(c1->name, u"公司C1"_s);
    QCOMPARE(c1->tally.records(), 100);
    QCOMPARE(c1->tally.checked(QualityDimension::Authenticity), 50);
    QCOMPARE(c1->tally.passed(QualityDimension::Conformance), 97);
    QCOMPARE(*c1->tally.rate(QualityDimension::Timeliness), 0.9);
    QVERIFY(qFuzzyCompare(*c1->tally.score(), 96.25));
    QCOMPARE(c1->ordersChecked, 10);
    QCOMPARE(c1->ordersCompliant, 9);
    QCOMPARE(*c1->orderComplianceRate(), 0.9);

    const auto *c5 = find(*scores, u"C5"_s);
    QCOMPARE(c5->tally.records(), 100);
    QVERIFY(qFuzzyCompare(*c5->tally.score(), 96.25));

    const auto *c2 = find(*scores, u"C2"_s);
    QCOMPARE(c2->tally.rate(QualityDimension::Authenticity), std::nullopt);
    QVERIFY(qFuzzyCompare(*c2->tally.score(), 95.0));
    QCOMPARE(c2->orderComplianceRate(), std::nullopt);

    const auto *c3 = find(*scores, u"C3"_s);
    QCOMPARE(c3->tally.records(), 0);
    QCOMPARE(c3->tally.score(), std::nullopt);
    for (QualityDimension d : kQualityDimensions)
        QCOMPARE(c3->tally.rate(d), std::nullopt);
}

void tst_QualityScoreQuery::monthIsTheSumOfItsCstDaysAndYearOfItsMonths()
{
    insertCompanyPermit(*m_db, u"C1"_s, Wuzhishan, u"五指山出行"_s);
    // The last CST day of January and the first of February (the ingest counts a record received at
    // 2026-01-31 16:30 UTC in 20260201).
    insertDay(*m_db, u"C1"_s, 20260131, counts(10, {10, 10, 10, 10}, {10, 10, 5, 10}));
    insertDay(*m_db, u"C1"_s, 20260201, counts(30, {30, 30, 30, 30}, {30, 30, 30, 30}));
    insertDay(*m_db, u"C1"_s, 20251231, counts(1000, {1000, 1000, 1000, 1000}, {0, 0, 0, 0}));
    insertDay(*m_db, u"C1"_s, 20270101, counts(1000, {1000, 1000, 1000, 1000}, {0, 0, 0, 0}));

    const auto january = m_query->scores(QualityPeriod::ofMonth(2026, 1), Wuzhishan);
    QVERIFY(january);
    QCOMPARE(january->at(0).tally.records(), 10);
    QCOMPARE(*january->at(0).tally.rate(QualityDimension::Timeliness), 0.5);
    QVERIFY(qFuzzyCompare(*january->at(0).tally.score(), 87.5)); // (1 + 1 + 0.5 + 1) / 4

    const auto february = m_query->scores(QualityPeriod::ofMonth(2026, 2), Wuzhishan);
    QVERIFY(february);
    QCOMPARE(february->at(0).tally.records(), 30);
    QCOMPARE(*february->at(0).tally.score(), 100.0);

    // The year: 40 records, timeliness 35 of 40; neither 2025-12-31 nor 2027-01-01.
    const auto year = m_query->scores(QualityPeriod::ofYear(2026), Wuzhishan);
    QVERIFY(year);
    QCOMPARE(year->at(0).tally.records(), 40);
    QCOMPARE(year->at(0).tally.passed(QualityDimension::Timeliness), 35);
    QVERIFY(qFuzzyCompare(*year->at(0).tally.score(), 100.0 * (3 + 35.0 / 40) / 4));
}

void tst_QualityScoreQuery::otherModelVersionsAreNotRead()
{
    insertCompanyPermit(*m_db, u"C1"_s, Wuzhishan, u"五指山出行"_s);
    insertDay(*m_db, u"C1"_s, 20261103, counts(10, {10, 10, 10, 10}, {10, 10, 10, 10}));
    insertDay(*m_db, u"C1"_s, 20261103, counts(99, {99, 99, 99, 99}, {0, 0, 0, 0}), u"2025.9"_s);
    insertRuleDay(*m_db, u"C1"_s, 20261103, u"timeliness.withinLimit"_s, u"positionVehicle"_s, 99,
                  u"2025.9"_s);
    const auto scores = m_query->scores(QualityPeriod::ofMonth(2026, 11), Wuzhishan);
    QVERIFY(scores);
    QCOMPARE(scores->at(0).tally.records(), 10);
    QCOMPARE(scores->at(0).tally.modelVersion(), u"2026.2"_s);
    const auto rules = m_query->violations(u"C1"_s, QualityPeriod::ofMonth(2026, 11));
    QVERIFY(rules);
    QVERIFY(rules->isEmpty());
}

void tst_QualityScoreQuery::scopeFollowsCompanyPermits()
{
    insertCompanyPermit(*m_db, u"C1"_s, Wuzhishan, u"五指山出行"_s);
    insertCompanyPermit(*m_db, u"C6"_s, Haikou, u"海口约车"_s);
    insertCompanyPermit(*m_db, u"C7"_s, Shenzhen, u"深圳快车"_s);
    insertCompanyPermit(*m_db, u"C8"_s, Wuzhishan, u"已注销"_s, true); // superseded: no longer the city's
    // C9 holds permits in two cities of Hainan: listed once.
    insertCompanyPermit(*m_db, u"C9"_s, Wuzhishan, u"双城出行"_s);
    insertCompanyPermit(*m_db, u"C9"_s, Haikou, u"双城出行"_s);
    for (const QString &c : {u"C1"_s, u"C6"_s, u"C7"_s, u"C8"_s, u"C9"_s, u"C10"_s})
        insertDay(*m_db, c, 20261103, counts(1, {1, 1, 1, 1}, {1, 1, 1, 1}));
    const QualityPeriod november = QualityPeriod::ofMonth(2026, 11);

    QCOMPARE(idsOf(*m_query->scores(november, Wuzhishan)), (QStringList{u"C1"_s, u"C9"_s}));
    QCOMPARE(idsOf(*m_query->scores(november, Haikou)), (QStringList{u"C6"_s, u"C9"_s}));
    QCOMPARE(idsOf(*m_query->scores(november, Hainan)), (QStringList{u"C1"_s, u"C6"_s, u"C9"_s}));
    QCOMPARE(idsOf(*m_query->scores(november, Shenzhen)), (QStringList{u"C7"_s}));
    // The national scope: every company with data, permit or not (C10 has none, C8 a superseded one).
    QCOMPARE(idsOf(*m_query->scores(november, QString())),
             (QStringList{u"C1"_s, u"C10"_s, u"C6"_s, u"C7"_s, u"C8"_s, u"C9"_s}));
    QCOMPARE(m_query->scores(november, QString())->at(0).name, u"五指山出行"_s);
    // …and only the companies with data in the period.
    QVERIFY(m_query->scores(QualityPeriod::ofMonth(2026, 10), QString())->isEmpty());

    QCOMPARE(m_query->companyWithin(u"C9"_s, RegionScope::fromCode(Haikou)), std::optional<bool>(true));
    QCOMPARE(m_query->companyWithin(u"C7"_s, RegionScope::fromCode(Hainan)), std::optional<bool>(false));
    QCOMPARE(m_query->companyWithin(u"C8"_s, RegionScope::fromCode(Wuzhishan)), std::optional<bool>(false));
}

void tst_QualityScoreQuery::trendHasTwelveMonths()
{
    insertCompanyPermit(*m_db, u"C1"_s, Wuzhishan, u"五指山出行"_s);
    insertCompanyPermit(*m_db, u"C2"_s, Wuzhishan, u"椰城约车"_s);
    insertDay(*m_db, u"C1"_s, 20260131, counts(10, {10, 10, 10, 10}, {10, 10, 5, 10}, 4, 3));
    insertDay(*m_db, u"C1"_s, 20260115, counts(10, {10, 10, 10, 10}, {10, 10, 10, 10}, 6, 6));
    insertDay(*m_db, u"C1"_s, 20260201, counts(30, {30, 30, 30, 30}, {30, 30, 30, 30}));
    insertDay(*m_db, u"C1"_s, 20261231, counts(2, {2, 2, 2, 0}, {1, 2, 2, 0}));
    insertDay(*m_db, u"C1"_s, 20270101, counts(99, {99, 99, 99, 99}, {0, 0, 0, 0}));

    const auto trend = m_query->trend(2026, Wuzhishan);
    QVERIFY2(trend, qPrintable(m_query->error().toString()));
    QCOMPARE(trend->size(), 2);
    const QualityScoreQuery::Trend &c1 = trend->at(0);
    QCOMPARE(c1.companyId, u"C1"_s);
    QCOMPARE(c1.months.size(), 12);
    QCOMPARE(c1.months.at(0).tally.period().key(), u"2026-01"_s);
    QCOMPARE(c1.months.at(11).tally.period().key(), u"2026-12"_s);
    // January: 20 records, timeliness 15 of 20; orders 9 of 10.
    QCOMPARE(c1.months.at(0).tally.records(), 20);
    QCOMPARE(*c1.months.at(0).tally.rate(QualityDimension::Timeliness), 0.75);
    QCOMPARE(c1.months.at(0).ordersChecked, 10);
    QCOMPARE(c1.months.at(0).ordersCompliant, 9);
    QCOMPARE(c1.months.at(1).tally.records(), 30); // 20260201 is February's
    QCOMPARE(c1.months.at(2).tally.records(), 0);
    QCOMPARE(c1.months.at(2).tally.score(), std::nullopt);
    // December: authenticity unchecked, (0.5 + 1 + 1) / 3.
    QCOMPARE(c1.months.at(11).tally.records(), 2);
    QVERIFY(qFuzzyCompare(*c1.months.at(11).tally.score(), 250.0 / 3));
    // C2 sent nothing all year: twelve empty months.
    QCOMPARE(trend->at(1).months.size(), 12);
    for (const auto &m : trend->at(1).months)
        QCOMPARE(m.tally.records(), 0);
}

void tst_QualityScoreQuery::violationsByRuleAndInterfaceWithSamples()
{
    insertCompanyPermit(*m_db, u"C1"_s, Wuzhishan, u"五指山出行"_s);
    insertRuleDay(*m_db, u"C1"_s, 20261103, u"timeliness.withinLimit"_s, u"positionVehicle"_s, 1200);
    insertRuleDay(*m_db, u"C1"_s, 20261104, u"timeliness.withinLimit"_s, u"positionVehicle"_s, 0);
    insertRuleDay(*m_db, u"C1"_s, 20261130, u"timeliness.withinLimit"_s, u"orderCreate"_s, 34);
    insertRuleDay(*m_db, u"C1"_s, 20261201, u"timeliness.withinLimit"_s, u"orderCreate"_s, 1000); // December
    insertRuleDay(*m_db, u"C1"_s, 20261110, u"completeness.requiredFields"_s, u"orderMatch"_s, 7);
    insertRuleDay(*m_db, u"C1"_s, 20261110, u"conformance.code"_s, u"orderMatch"_s, 0); // no violation
    // A rule the model does not list (the ingest's cross-record rules may come with a newer model).
    insertRuleDay(*m_db, u"C1"_s, 20261111, u"authenticity.positionJump"_s, u"positionVehicle"_s, 3);
    insertRuleDay(*m_db, u"C2"_s, 20261110, u"completeness.requiredFields"_s, u"orderMatch"_s, 50);

    // Seven samples in November, received out of order: the first five received are kept.
    const qint64 base = 1793700000000;
    const QList<int> order = {6, 2, 0, 5, 1, 4, 3};
    for (int i = 0; i < order.size(); ++i)
        insertSample(*m_db, u"C1"_s, 202611, u"timeliness.withinLimit"_s, u"positionVehicle"_s, u"record"_s,
                     100 + order[i], u"VehicleNo=琼D%1"_s.arg(order[i]), base + order[i] * 1000);
    insertSample(*m_db, u"C1"_s, 202612, u"timeliness.withinLimit"_s, u"orderCreate"_s, u"record"_s, 1, {},
                 base - 999999); // December's
    insertSample(*m_db, u"C1"_s, 202611, u"completeness.requiredFields"_s, u"orderMatch"_s, u"quarantine"_s,
                 9, u"OrderId=O1"_s, base);

    const auto rules = m_query->violations(u"C1"_s, QualityPeriod::ofMonth(2026, 11));
    QVERIFY2(rules, qPrintable(m_query->error().toString()));
    QCOMPARE(rules->size(), 3);
    const auto &timely = rules->at(0); // most violations first
    QCOMPARE(timely.ruleId, u"timeliness.withinLimit"_s);
    QCOMPARE(timely.dimension, QualityDimension::Timeliness);
    QCOMPARE(timely.article, u"第十五条(三)"_s);
    QVERIFY(!timely.description.isEmpty());
    QCOMPARE(timely.violations, 1234);
    QCOMPARE(timely.byInterface,
             (QMap<QString, qint64>{{u"positionVehicle"_s, 1200}, {u"orderCreate"_s, 34}}));
    QCOMPARE(timely.samples.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(timely.samples.at(i).rowId, 100 + i);
        QCOMPARE(timely.samples.at(i).receivedMs, base + i * 1000);
        QCOMPARE(timely.samples.at(i).source, u"record"_s);
        QCOMPARE(timely.samples.at(i).recordKey, u"VehicleNo=琼D%1"_s.arg(i));
    }
    QCOMPARE(rules->at(1).ruleId, u"completeness.requiredFields"_s);
    QCOMPARE(rules->at(1).violations, 7);
    QCOMPARE(rules->at(1).samples.size(), 1);
    QCOMPARE(rules->at(1).samples.at(0).source, u"quarantine"_s);
    QCOMPARE(rules->at(2).ruleId, u"authenticity.positionJump"_s);
    QCOMPARE(rules->at(2).dimension, QualityDimension::Authenticity);

    const auto onlyTimeliness =
        m_query->violations(u"C1"_s, QualityPeriod::ofMonth(2026, 11), QualityDimension::Timeliness);
    QCOMPARE(onlyTimeliness->size(), 1);
    QCOMPARE(onlyTimeliness->at(0).ruleId, u"timeliness.withinLimit"_s);

    // The year: December's violations added; its sample received first leads.
    const auto year = m_query->violations(u"C1"_s, QualityPeriod::ofYear(2026), QualityDimension::Timeliness);
    QCOMPARE(year->at(0).violations, 2234);
    QCOMPARE(year->at(0).byInterface.value(u"orderCreate"_s), 1034);
    QCOMPARE(year->at(0).samples.size(), 5);
    QCOMPARE(year->at(0).samples.at(0).ipcType, u"orderCreate"_s);
    QCOMPARE(year->at(0).samples.at(1).rowId, 100);
}

void tst_QualityScoreQuery::recordMaskedUnlessRevealed()
{
    exec(*m_db,
         u"INSERT INTO ipc_ordermatch (rw_id, rw_batch, rw_company, rw_received_ms, rw_business_time, "
         u"CompanyId, "
         "Address, OrderId, LicenseId, DriverPhone, VehicleNo, DistributeTime) "
         "VALUES (42, 1, 'C1', 1793700000000, 1793699900, 'C1', 469001, 'O42', '469001199001011234', "
         "'13800138000', '琼D12345', 20261103101500)"_s,
         {});
    insertSample(*m_db, u"C1"_s, 202611, u"timeliness.withinLimit"_s, u"orderMatch"_s, u"record"_s, 42, {},
                 1793700000000);
    insertSample(*m_db, u"C1"_s, 202611, u"authenticity.orderPermits"_s, u"orderMatch"_s, u"record"_s, 42, {},
                 1793700000000);
    insertSample(*m_db, u"C1"_s, 202611, u"completeness.requiredFields"_s, u"orderCreate"_s, u"record"_s, 42,
                 {}, 1793700000000); // another interface's row 42

    const auto masked = m_query->record(u"orderMatch"_s, 42, false);
    QVERIFY2(masked, qPrintable(m_query->error().toString()));
    QCOMPARE(masked->companyId, u"C1"_s);
    QCOMPARE(masked->source, u"record"_s);
    QCOMPARE(masked->receivedMs, 1793700000000);
    QCOMPARE(masked->businessTime, std::optional<qint64>(1793699900));
    QCOMPARE(masked->fields.value(u"VehicleNo"_s).toString(), u"琼D12345"_s);
    QCOMPARE(masked->fields.value(u"DistributeTime"_s).toInteger(), 20261103101500);
    QCOMPARE(masked->fields.value(u"LicenseId"_s).toString(), u"469001***********4"_s);
    QCOMPARE(masked->fields.value(u"DriverPhone"_s).toString(), u"138****8000"_s);
    QVERIFY(!masked->fields.contains(u"Longitude"_s)); // not sent
    QCOMPARE(masked->masked, (QStringList{u"LicenseId"_s, u"DriverPhone"_s}));
    QCOMPARE(masked->failedRules, (QStringList{u"authenticity.orderPermits"_s, u"timeliness.withinLimit"_s}));
    const QByteArray text = QJsonDocument(masked->fields).toJson();
    QVERIFY(!text.contains("13800138000"));
    QVERIFY(!text.contains("469001199001011234"));

    const auto revealed = m_query->record(u"orderMatch"_s, 42, true);
    QVERIFY(revealed);
    QCOMPARE(revealed->fields.value(u"LicenseId"_s).toString(), u"469001199001011234"_s);
    QCOMPARE(revealed->fields.value(u"DriverPhone"_s).toString(), u"13800138000"_s);
    QVERIFY(revealed->masked.isEmpty());
}

void tst_QualityScoreQuery::quarantinedRecordMaskedUnlessRevealed()
{
    const QByteArray raw =
        R"({"CompanyId":"C1","OrderId":"O7","DriverPhone":"1380013800099","LicenseId":"D1234567",)"
        R"("VehicleNo":"琼D1","Nickname":"老王"})";
    const QByteArray reasons =
        R"([{"field":"DriverPhone","rule":"length","value":"1380013800099","message":"DriverPhone: \"1380013800099\" is longer than 11"},)"
        R"({"field":"OrderId","rule":"required","value":"O7","message":"OrderId: O7"}])";
    exec(*m_db,
         u"INSERT INTO quarantine (id, company_id, ipc_type, record_index, received_ms, raw, reasons) "
         "VALUES (9, 'C1', 'orderMatch', 0, 1793700000000, ?1, ?2)"_s,
         {raw, QString::fromUtf8(reasons)});
    insertSample(*m_db, u"C1"_s, 202611, u"conformance.length"_s, u"orderMatch"_s, u"quarantine"_s, 9, {},
                 1793700000000);

    const auto masked = m_query->quarantined(9, false);
    QVERIFY2(masked, qPrintable(m_query->error().toString()));
    QCOMPARE(masked->source, u"quarantine"_s);
    QCOMPARE(masked->ipcType, u"orderMatch"_s);
    QCOMPARE(masked->companyId, u"C1"_s);
    QCOMPARE(masked->businessTime, std::nullopt);
    QCOMPARE(masked->fields.value(u"OrderId"_s).toString(), u"O7"_s);
    QCOMPARE(masked->fields.value(u"DriverPhone"_s).toString(), u"138******0099"_s);
    QCOMPARE(masked->fields.value(u"LicenseId"_s).toString(), u"****4567"_s);
    QVERIFY(!masked->fields.contains(u"Nickname"_s)); // not in the catalogue: shown only revealed
    QVERIFY(masked->masked.contains(u"Nickname"_s));
    QVERIFY(masked->masked.contains(u"DriverPhone"_s));
    QCOMPARE(masked->failedRules, QStringList{u"conformance.length"_s});
    QVERIFY(!masked->rawWithheld);
    QVERIFY2(!masked->raw.contains(u"1380013800099"_s), qPrintable(masked->raw));
    QVERIFY2(!masked->raw.contains(u"D1234567"_s), qPrintable(masked->raw));
    QVERIFY2(!masked->raw.contains(u"老王"_s), qPrintable(masked->raw));
    QVERIFY(masked->raw.contains(u"\"OrderId\":\"O7\""_s));
    const QByteArray reasonText = QJsonDocument(masked->reasons).toJson();
    QVERIFY2(!reasonText.contains("1380013800099"), reasonText.constData());
    QCOMPARE(masked->reasons.at(0).toObject().value(u"value"_s).toString(), u"138******0099"_s);
    QCOMPARE(masked->reasons.at(1).toObject().value(u"value"_s).toString(), u"O7"_s);

    const auto revealed = m_query->quarantined(9, true);
    QVERIFY(revealed);
    QCOMPARE(revealed->raw, QString::fromUtf8(raw));
    QCOMPARE(revealed->fields.value(u"DriverPhone"_s).toString(), u"1380013800099"_s);
    QCOMPARE(revealed->fields.value(u"Nickname"_s).toString(), u"老王"_s);
    QCOMPARE(revealed->reasons.at(0).toObject().value(u"value"_s).toString(), u"1380013800099"_s);
}

void tst_QualityScoreQuery::undecodableQuarantineIsWithheldUnlessRevealed()
{
    const QByteArray raw("\x0a\x02"
                         "C1\x12\x0b"
                         "13800138000",
                         17); // protobuf-like bytes
    exec(*m_db,
         u"INSERT INTO quarantine (id, company_id, ipc_type, record_index, received_ms, raw) "
         "VALUES (10, 'C1', 'orderMatch', 0, 1793700000000, ?1)"_s,
         {raw});
    const auto masked = m_query->quarantined(10, false);
    QVERIFY(masked);
    QVERIFY(masked->rawWithheld);
    QVERIFY(masked->raw.isEmpty());
    QVERIFY(masked->fields.isEmpty());
    const auto revealed = m_query->quarantined(10, true);
    QVERIFY(!revealed->rawWithheld);
    QVERIFY(revealed->raw.contains(u"13800138000"_s));
}

void tst_QualityScoreQuery::unknownRowsAreNothing()
{
    QVERIFY(!m_query->record(u"orderMatch"_s, 1, false));
    QVERIFY(!m_query->error().isError());
    QVERIFY(!m_query->record(u"noSuchInterface"_s, 1, false));
    QVERIFY(!m_query->quarantined(1, false));
    QVERIFY(!m_query->error().isError());
}

void tst_QualityScoreQuery::regionCoverageCountsLicensedRegionsWithoutOrders()
{
    QualityScoreQuery query(*m_db, QualityModel::builtIn(), InterfaceCatalogue::builtIn());
    // C1 holds permits in four regions, one more from November's last day (Art. 6: nothing asked of it in
    // November) and one superseded.
    for (const QString &region : {Wuzhishan, Haikou, u"469002"_s, Shenzhen})
        insertCompanyPermit(*m_db, u"C1"_s, region, u"五指山出行"_s);
    insertCompanyPermit(*m_db, u"C1"_s, u"469006"_s, u"五指山出行"_s, true);
    exec(*m_db,
         u"INSERT INTO permit_company (certificate, company_id, name, region_code, valid_from, valid_to,"
         " imported_ms) VALUES ('新证', 'C1', '五指山出行', '469005', 20261130, 20301231, 1)"_s,
         {});
    insertCompanyPermit(*m_db, u"C3"_s, Wuzhishan, u"没有数据"_s);
    insertDay(*m_db, u"C1"_s, 20261110, counts(100, {100, 100, 100, 100}, {100, 100, 100, 100}));
    // Orders received in November from Wuzhishan and from a district of Haikou; Qionghai's came in October;
    // Shenzhen's order is another company's.
    const qint64 november = 1793700000000; // 2026-11-03, CST
    const auto order = [this](const QString &company, qint64 address, qint64 receivedMs) {
        exec(*m_db,
             u"INSERT INTO ipc_ordercreate (rw_batch, rw_company, rw_received_ms, Address) VALUES (1, ?1, ?2,"
             " ?3)"_s,
             {company, receivedMs, address});
    };
    order(u"C1"_s, 469001, november);
    order(u"C1"_s, 460105, november + 1000);
    order(u"C1"_s, 469002, november - 10LL * 86400 * 1000);
    order(u"C2"_s, 440300, november);

    const QualityPeriod month = QualityPeriod::ofMonth(2026, 11);
    const auto national = query.regionCoverage(u"C1"_s, month, QString());
    QVERIFY2(national, qPrintable(query.error().toString()));
    QCOMPARE(national->licensed, (QStringList{Shenzhen, Haikou, Wuzhishan, u"469002"_s}));
    QCOMPARE(national->withoutOrders, (QStringList{Shenzhen, u"469002"_s}));
    const auto city = query.regionCoverage(u"C1"_s, month, Wuzhishan);
    QCOMPARE(city->licensed, QStringList{Wuzhishan});
    QVERIFY(city->withoutOrders.isEmpty());
    // October: Qionghai's order, not the others.
    QCOMPARE(query.regionCoverage(u"C1"_s, QualityPeriod::ofMonth(2026, 10), Hainan)->withoutOrders,
             (QStringList{Haikou, Wuzhishan}));

    // In Hainan's scores: three licensed regions, one without orders, beside the 100 records.
    const auto scores = query.scores(month, Hainan);
    QVERIFY(scores);
    const QualityScoreQuery::Score *c1 = find(*scores, u"C1"_s);
    QVERIFY(c1);
    QCOMPARE(c1->tally.checked(QualityDimension::Completeness), 103);
    QCOMPARE(c1->tally.passed(QualityDimension::Completeness), 102);
    QCOMPARE(c1->tally.violations(u"completeness.regionOrders"_s), 1);
    QCOMPARE(c1->tally.violationsByInterface(u"completeness.regionOrders"_s),
             (QHash<QString, qint64>{{u"orderCreate"_s, 1}}));
    // A company that sent nothing has no score, coverage or not.
    const QualityScoreQuery::Score *c3 = find(*scores, u"C3"_s);
    QVERIFY(c3);
    QVERIFY(!c3->tally.score());
    // The trend's November says the same; the violations name the region.
    const auto trend = query.trend(2026, Hainan);
    QVERIFY(trend);
    for (const auto &t : *trend) {
        if (t.companyId == u"C1"_s)
            QCOMPARE(t.months.at(10).tally.passed(QualityDimension::Completeness), 102);
    }
    const auto rules = query.violations(u"C1"_s, month, QualityDimension::Completeness, Hainan);
    QVERIFY(rules);
    QCOMPARE(rules->size(), 1);
    QCOMPARE(rules->at(0).ruleId, u"completeness.regionOrders"_s);
    QCOMPARE(rules->at(0).violations, 1);
    QVERIFY2(rules->at(0).description.contains(u"469002"_s), qPrintable(rules->at(0).description));
    QVERIFY(rules->at(0).samples.isEmpty()); // an absence has no record
    QVERIFY(query.violations(u"C1"_s, month, QualityDimension::Timeliness, Hainan)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_QualityScoreQuery)
#include "tst_qualityscorequery.moc"
