#include "quality/qualitytally.h"

#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

const QString kCompany = u"4690WZSYC001"_s;
constexpr qint64 kFeb1 = 1769875200; // 2026-02-01 00:00 CST

QualityOutcome outcome(qint64 receivedAt, bool timely, const QString &key = u"VehicleNo=琼D1"_s)
{
    QualityOutcome o;
    o.companyId = kCompany;
    o.ipcType = u"positionVehicle"_s;
    o.recordKey = key;
    o.receivedAt = receivedAt;
    for (QualityDimension d : kQualityDimensions)
        o.check(d);
    if (!timely)
        o.fail(QualityDimension::Timeliness, u"timeliness.withinLimit"_s);
    return o;
}

QualityModel weighted(int completeness, int conformance, int timeliness, int authenticity)
{
    const QByteArray json = QStringLiteral(R"json({"version": "w.1", "samplesPerRule": 2,
        "weights": {"completeness": %1, "conformance": %2, "timeliness": %3, "authenticity": %4},
        "timeliness": {"limitSeconds": {"position": 60}},
        "authenticity": {"chinaBounds": {"west": 73.4, "east": 135.1, "south": 3.8, "north": 53.6},
                         "notBefore": 20161101000000, "futureToleranceSeconds": 300},
        "rules": {}})json")
                                .arg(completeness)
                                .arg(conformance)
                                .arg(timeliness)
                                .arg(authenticity)
                                .toUtf8();
    QString error;
    const auto model = QualityModel::fromJson(json, &error);
    if (!model)
        qFatal("%s", qPrintable(error));
    return *model;
}

} // namespace

class TestQualityTally : public QObject
{
    Q_OBJECT

private slots:
    // 10 positions, one received 61 s late: timeliness 90 %, others 100 %; equal weights → 97.5.
    void tenPositionsOneLate()
    {
        QualityTally tally(kCompany, QualityPeriod::ofMonth(2026, 2), QualityModel::builtIn());
        for (int i = 0; i < 10; ++i)
            QVERIFY(tally.add(outcome(kFeb1 + 100 * i, i != 3, u"k%1"_s.arg(i))));
        QCOMPARE(tally.records(), 10);
        QCOMPARE(tally.checked(QualityDimension::Timeliness), 10);
        QCOMPARE(tally.passed(QualityDimension::Timeliness), 9);
        QCOMPARE(tally.rate(QualityDimension::Timeliness), std::optional<double>(0.9));
        QCOMPARE(tally.rate(QualityDimension::Completeness), std::optional<double>(1.0));
        QCOMPARE(tally.score(), std::optional<double>(97.5));
        QCOMPARE(tally.violations(u"timeliness.withinLimit"_s), 1);
        QCOMPARE(tally.samples(u"timeliness.withinLimit"_s),
                 (QList<QualitySample>{{u"positionVehicle"_s, u"k3"_s}}));
        QCOMPARE(tally.modelVersion(), u"2026.2"_s);
    }

    // Weights 1:1:2:0 → 0.25, 0.25, 0.5, 0. Timeliness 0.9 → 100 × (0.25 + 0.25 + 0.45) = 95.
    void scoreWithUnequalWeights()
    {
        QualityTally tally(kCompany, QualityPeriod::ofMonth(2026, 2), weighted(1, 1, 2, 0));
        for (int i = 0; i < 10; ++i)
            tally.add(outcome(kFeb1 + i, i != 0));
        QCOMPARE(tally.weight(QualityDimension::Timeliness), 0.5);
        QVERIFY(qFuzzyCompare(*tally.score(), 95.0));
        // Only the timeliness-weighted dimension matters when it alone fails everything.
        QualityTally allLate(kCompany, QualityPeriod::ofMonth(2026, 2), weighted(0, 0, 1, 0));
        allLate.add(outcome(kFeb1, false));
        QCOMPARE(allLate.score(), std::optional<double>(0.0));
    }

    void uncheckedDimensionIsLeftOut()
    {
        QualityTally tally(kCompany, QualityPeriod::ofMonth(2026, 2), QualityModel::builtIn());
        QCOMPARE(tally.score(), std::nullopt);
        QualityOutcome o;
        o.companyId = kCompany;
        o.receivedAt = kFeb1;
        o.check(QualityDimension::Completeness);
        o.fail(QualityDimension::Timeliness, u"timeliness.withinLimit"_s);
        tally.add(o);
        QCOMPARE(tally.rate(QualityDimension::Authenticity), std::nullopt);
        QCOMPARE(tally.score(), std::optional<double>(50.0));
    }

    // A month is the sum of its days; a year the sum of its months.
    void mergeIsSum()
    {
        const QualityModel &model = QualityModel::builtIn();
        QualityTally day1(kCompany, QualityPeriod::ofDay(2026, 2, 1), model);
        QualityTally day2(kCompany, QualityPeriod::ofDay(2026, 2, 2), model);
        QualityTally direct(kCompany, QualityPeriod::ofMonth(2026, 2), model);
        for (int i = 0; i < 3; ++i) {
            const QualityOutcome a = outcome(kFeb1 + i, i != 1, u"a%1"_s.arg(i));
            const QualityOutcome b = outcome(kFeb1 + 86400 + i, false, u"b%1"_s.arg(i));
            QVERIFY(day1.add(a));
            QVERIFY(day2.add(b));
            direct.add(a);
            direct.add(b);
        }
        QString error;
        QVERIFY(!day1.add(outcome(kFeb1 + 86400, true), &error)); // belongs to 2 February
        QVERIFY(error.startsWith(u"receivedAt:"_s));

        QualityTally month(kCompany, QualityPeriod::ofMonth(2026, 2), model);
        QVERIFY(month.merge(day1, &error));
        QVERIFY(month.merge(day2, &error));
        QCOMPARE(month.records(), 6);
        for (QualityDimension d : kQualityDimensions) {
            QCOMPARE(month.checked(d), direct.checked(d));
            QCOMPARE(month.passed(d), direct.passed(d));
        }
        QCOMPARE(month.passed(QualityDimension::Timeliness), 2);
        QCOMPARE(month.violations(u"timeliness.withinLimit"_s), 4);
        QCOMPARE(month.score(), direct.score());
        // Samples: the first five (samplesPerRule) across the merged days.
        QCOMPARE(month.samples(u"timeliness.withinLimit"_s).size(), 4);

        QualityTally year(kCompany, QualityPeriod::ofYear(2026), model);
        QVERIFY(year.merge(month));
        QVERIFY(year.merge(month));
        QCOMPARE(year.records(), 12);
        QCOMPARE(year.violations(u"timeliness.withinLimit"_s), 8);
        QCOMPARE(year.samples(u"timeliness.withinLimit"_s).size(), model.samplesPerRule());
        QCOMPARE(year.rate(QualityDimension::Timeliness), month.rate(QualityDimension::Timeliness));
    }

    void mergeRefusesMismatches()
    {
        const QualityModel &model = QualityModel::builtIn();
        QualityTally feb(kCompany, QualityPeriod::ofMonth(2026, 2), model);
        QString error;
        QVERIFY(!feb.merge(QualityTally(u"other"_s, QualityPeriod::ofDay(2026, 2, 1), model), &error));
        QVERIFY(error.startsWith(u"company:"_s));
        QVERIFY(!feb.merge(QualityTally(kCompany, QualityPeriod::ofDay(2026, 3, 1), model), &error));
        QVERIFY(error.startsWith(u"period:"_s));
        QVERIFY(!feb.merge(QualityTally(kCompany, QualityPeriod::ofDay(2026, 2, 1), weighted(1, 1, 1, 1)),
                           &error));
        QVERIFY(error.startsWith(u"model version:"_s));
        QualityOutcome o = outcome(kFeb1, true);
        o.companyId = u"other"_s;
        QVERIFY(!feb.add(o, &error));
        QVERIFY(error.startsWith(u"CompanyId:"_s));
        QCOMPARE(feb.records(), 0);
    }

    // Counts summed by the platform (quality_day rows) give the same rates and score as the outcomes.
    void addCountsAgreesWithOutcomes()
    {
        QualityTally fromOutcomes(kCompany, QualityPeriod::ofMonth(2026, 2), QualityModel::builtIn());
        for (int i = 0; i < 10; ++i)
            fromOutcomes.add(outcome(kFeb1 + i, i != 3));
        QualityTally fromCounts(kCompany, QualityPeriod::ofMonth(2026, 2), QualityModel::builtIn());
        QVERIFY(fromCounts.addCounts(4, {4, 4, 4, 4}, {4, 4, 3, 4}));
        QVERIFY(fromCounts.addCounts(6, {6, 6, 6, 6}, {6, 6, 6, 6}));
        QCOMPARE(fromCounts.records(), 10);
        QCOMPARE(fromCounts.rate(QualityDimension::Timeliness),
                 fromOutcomes.rate(QualityDimension::Timeliness));
        QCOMPARE(fromCounts.score(), fromOutcomes.score());

        QString error;
        QVERIFY(!fromCounts.addCounts(1, {1, 1, 1, 1}, {1, 2, 1, 1}, 0, 0, &error));
        QVERIFY2(error.startsWith(u"conformance:"_s), qPrintable(error));
        QVERIFY(!fromCounts.addCounts(-1, {}, {}, 0, 0, &error));
        QVERIFY2(error.startsWith(u"records:"_s), qPrintable(error));
        QVERIFY(!fromCounts.addCounts(1, {}, {}, 1, 2, &error)); // more compliant orders than checked
        QVERIFY2(error.startsWith(u"orders:"_s), qPrintable(error));
        QCOMPARE(fromCounts.records(), 10);
    }
};

QTEST_GUILESS_MAIN(TestQualityTally)
#include "tst_qualitytally.moc"
