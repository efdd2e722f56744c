// RuleChecks: each kind of check on both sides of its boundary, dates in China Standard Time.

#include "rules/operatingarea.h"
#include "rules/rulechecks.h"

#include <QTest>
#include <QTimeZone>

using namespace rw;

class tst_RuleChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presentFindsAbsenceAndEmptiness();
    void dateNotPassedIsValidThroughTheStopDay();
    void periodEndingOnTheAnniversary();
    void periodEndingAfterTheAnniversary();
    void periodFromTheTwentyNinthOfFebruary();
    void asOfIsTakenInChinaStandardTime();
    void thresholdOnBothSidesOfTheLimit_data();
    void thresholdOnBothSidesOfTheLimit();
    void unknownFactsFindNothing();
    void endsInArea();
    void isFalse();
    void datesAsTheSpecSendsThem();
};

namespace {

CityRule rule(RuleCheck check, const QString &fact = QStringLiteral("f"))
{
    CityRule r;
    r.id = QStringLiteral("test.rule");
    r.article = QStringLiteral("第四十条");
    r.check = check;
    r.fact = fact;
    return r;
}

RuleFacts at(QDate cstDate)
{
    RuleFacts facts;
    facts.asOf = QDateTime(cstDate, QTime(12, 0), QTimeZone(8 * 3600));
    return facts;
}

} // namespace

void tst_RuleChecks::presentFindsAbsenceAndEmptiness()
{
    const CityRule r = rule(RuleCheck::Present, QStringLiteral("certificate"));
    RuleFacts facts = at(QDate(2025, 3, 1));
    auto f = RuleChecks::present(r, facts);
    QVERIFY(f);
    QCOMPARE(f->article, QStringLiteral("第四十条"));
    QCOMPARE(f->ruleId, QStringLiteral("test.rule"));
    QVERIFY(f->message.startsWith(QStringLiteral("第四十条: ")));
    QVERIFY(f->message.contains(QStringLiteral("certificate")));
    facts.set(QStringLiteral("certificate"), QStringLiteral("  "));
    QVERIFY(RuleChecks::present(r, facts));
    facts.set(QStringLiteral("certificate"), false);
    QVERIFY(RuleChecks::present(r, facts));
    facts.set(QStringLiteral("certificate"), QStringLiteral("琼交运管五指字123456号"));
    QVERIFY(!RuleChecks::present(r, facts));
    facts.set(QStringLiteral("certificate"), true);
    QVERIFY(!RuleChecks::present(r, facts));
}

void tst_RuleChecks::dateNotPassedIsValidThroughTheStopDay()
{
    const CityRule r = rule(RuleCheck::DateNotPassed);
    RuleFacts facts = at(QDate(2025, 1, 31));
    facts.set(QStringLiteral("f"), QDate(2025, 1, 31));
    QVERIFY(!RuleChecks::dateNotPassed(r, facts));
    facts.asOf = at(QDate(2025, 2, 1)).asOf;
    const auto f = RuleChecks::dateNotPassed(r, facts);
    QVERIFY(f);
    QCOMPARE(f->measured.toDate(), QDate(2025, 2, 1));
    QCOMPARE(f->limit.toDate(), QDate(2025, 1, 31));
    QVERIFY2(f->message.contains(QStringLiteral("2025-01-31")), qPrintable(f->message));
}

void tst_RuleChecks::periodEndingOnTheAnniversary()
{
    // Seed 002 Art. 40: "使用年限达到8年时" — on the eighth anniversary the vehicle leaves service.
    CityRule r = rule(RuleCheck::Period, QStringLiteral("firstRegistration"));
    r.years = 8;
    r.endsOnAnniversary = true;
    RuleFacts facts = at(QDate(2025, 3, 14));
    facts.set(QStringLiteral("firstRegistration"), QDate(2017, 3, 15));
    QVERIFY(!RuleChecks::period(r, facts));
    facts.asOf = at(QDate(2025, 3, 15)).asOf;
    const auto f = RuleChecks::period(r, facts);
    QVERIFY(f);
    QCOMPARE(f->limit.toDate(), QDate(2025, 3, 14)); // the last day in service
    QVERIFY2(f->message.contains(QStringLiteral("2025-03-15")), qPrintable(f->message));
    QVERIFY(f->message.contains(QStringLiteral("8 years")));
}

void tst_RuleChecks::periodEndingAfterTheAnniversary()
{
    // Seed 002 Art. 41: the certificate's 届满日 is the eighth anniversary of the first registration.
    CityRule r = rule(RuleCheck::Period, QStringLiteral("firstRegistration"));
    r.article = QStringLiteral("第四十一条");
    r.years = 8;
    r.endsOnAnniversary = false;
    RuleFacts facts = at(QDate(2025, 3, 15));
    facts.set(QStringLiteral("firstRegistration"), QDate(2017, 3, 15));
    QVERIFY(!RuleChecks::period(r, facts));
    facts.asOf = at(QDate(2025, 3, 16)).asOf;
    const auto f = RuleChecks::period(r, facts);
    QVERIFY(f);
    QCOMPARE(f->article, QStringLiteral("第四十一条"));
    QCOMPARE(f->limit.toDate(), QDate(2025, 3, 15));
}

void tst_RuleChecks::periodFromTheTwentyNinthOfFebruary()
{
    QCOMPARE(RuleChecks::lastValidDay(QDate(2016, 2, 29), 8, false), QDate(2024, 2, 29)); // leap year again
    QCOMPARE(RuleChecks::lastValidDay(QDate(2016, 2, 29), 8, true), QDate(2024, 2, 28));
    // In a common year the anniversary of 29 February is 28 February.
    QCOMPARE(RuleChecks::lastValidDay(QDate(2020, 2, 29), 5, false), QDate(2025, 2, 28));
    QCOMPARE(RuleChecks::lastValidDay(QDate(2020, 2, 29), 5, true), QDate(2025, 2, 27));
}

void tst_RuleChecks::asOfIsTakenInChinaStandardTime()
{
    CityRule r = rule(RuleCheck::Period, QStringLiteral("firstRegistration"));
    r.years = 8;
    r.endsOnAnniversary = true;
    RuleFacts facts;
    facts.set(QStringLiteral("firstRegistration"), QDate(2017, 3, 15));
    // 2025-03-14 23:59:59 in Beijing is 15:59:59 UTC; a second later it is the anniversary.
    facts.asOf = QDateTime(QDate(2025, 3, 14), QTime(15, 59, 59), QTimeZone::utc());
    QCOMPARE(facts.asOfDate(), QDate(2025, 3, 14));
    QVERIFY(!RuleChecks::period(r, facts));
    facts.asOf = QDateTime(QDate(2025, 3, 14), QTime(16, 0, 0), QTimeZone::utc());
    QCOMPARE(facts.asOfDate(), QDate(2025, 3, 15));
    QVERIFY(RuleChecks::period(r, facts));
}

void tst_RuleChecks::thresholdOnBothSidesOfTheLimit_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("finding");
    // Seed 002 Art. 40: retired on reaching 600,000 km, so the odometer must stay below.
    QTest::newRow("< below") << "<" << 599999.9 << false;
    QTest::newRow("< at") << "<" << 600000.0 << true;
    QTest::newRow("<= at") << "<=" << 600000.0 << false;
    QTest::newRow("<= above") << "<=" << 600000.1 << true;
    QTest::newRow(">= at") << ">=" << 600000.0 << false; // Art. 13 style minimum (wheelbase ≥ 2600 mm)
    QTest::newRow(">= below") << ">=" << 599999.0 << true;
    QTest::newRow("> at") << ">" << 600000.0 << true;
    QTest::newRow("> above") << ">" << 600001.0 << false;
}

void tst_RuleChecks::thresholdOnBothSidesOfTheLimit()
{
    QFETCH(QString, op);
    QFETCH(double, value);
    QFETCH(bool, finding);
    CityRule r = rule(RuleCheck::Threshold, QStringLiteral("odometerKm"));
    r.op = op;
    r.limit = 600000;
    r.unit = QStringLiteral("km");
    RuleFacts facts = at(QDate(2025, 3, 1));
    facts.set(QStringLiteral("odometerKm"), value);
    const auto f = RuleChecks::threshold(r, facts);
    QCOMPARE(bool(f), finding);
    if (f) {
        QCOMPARE(f->measured.toDouble(), value);
        QCOMPARE(f->limit.toDouble(), 600000.0);
        QCOMPARE(f->unit, QStringLiteral("km"));
        QVERIFY2(f->message.contains(QStringLiteral("must be %1 600000 km").arg(op)), qPrintable(f->message));
        QVERIFY(f->message.contains(QStringLiteral("odometer")));
    }
}

void tst_RuleChecks::unknownFactsFindNothing()
{
    const RuleFacts facts = at(QDate(2025, 3, 1));
    CityRule threshold = rule(RuleCheck::Threshold);
    threshold.op = QStringLiteral("<");
    QVERIFY(!RuleChecks::threshold(threshold, facts));
    CityRule period = rule(RuleCheck::Period);
    period.years = 8;
    QVERIFY(!RuleChecks::period(period, facts));
    QVERIFY(!RuleChecks::dateNotPassed(rule(RuleCheck::DateNotPassed), facts));
    QVERIFY(!RuleChecks::isFalse(rule(RuleCheck::False), facts));
    RuleFacts noText = facts;
    noText.set(QStringLiteral("f"), QStringLiteral("twelve"));
    QVERIFY(!RuleChecks::threshold(threshold, noText));
    QVERIFY(!RuleChecks::dateNotPassed(rule(RuleCheck::DateNotPassed), noText));
}

void tst_RuleChecks::endsInArea()
{
    const OperatingArea area(QGeoPolygon(
        QList<QGeoCoordinate>{{18.70, 109.45}, {18.70, 109.60}, {18.85, 109.60}, {18.85, 109.45}}));
    CityRule r = rule(RuleCheck::EndsInArea);
    r.article = QStringLiteral("第二十二条");
    r.area = QStringLiteral("operatingArea");
    r.minInside = 1;
    const QGeoCoordinate inside(18.776, 109.517);
    const QGeoCoordinate outside1(18.639, 109.700);
    const QGeoCoordinate outside2(18.700, 109.686);
    RuleFacts facts = at(QDate(2025, 3, 1));
    facts.points = {outside1, outside2};
    const auto f = RuleChecks::endsInArea(r, facts, area);
    QVERIFY(f);
    QCOMPARE(f->measured.toInt(), 0);
    QCOMPARE(f->limit.toInt(), 1);
    QVERIFY(f->message.startsWith(QStringLiteral("第二十二条")));
    facts.points = {inside, outside1}; // seed 002 Art. 22: one end inside is enough
    QVERIFY(!RuleChecks::endsInArea(r, facts, area));
    facts.points = {outside1, inside};
    QVERIFY(!RuleChecks::endsInArea(r, facts, area));
    r.minInside = 2;
    QVERIFY(RuleChecks::endsInArea(r, facts, area));
    facts.points = {inside, inside};
    QVERIFY(!RuleChecks::endsInArea(r, facts, area));
    facts.points = {inside, QGeoCoordinate()}; // unknown end: not judged
    QVERIFY(!RuleChecks::endsInArea(r, facts, area));
    QVERIFY(!RuleChecks::evaluate(r, facts, nullptr));
}

void tst_RuleChecks::isFalse()
{
    CityRule r = rule(RuleCheck::False, QStringLiteral("driverCarrying"));
    r.article = QStringLiteral("第二十六条(一)");
    RuleFacts facts = at(QDate(2025, 3, 1));
    facts.set(QStringLiteral("driverCarrying"), false);
    QVERIFY(!RuleChecks::isFalse(r, facts));
    facts.set(QStringLiteral("driverCarrying"), true);
    const auto f = RuleChecks::evaluate(r, facts);
    QVERIFY(f);
    QCOMPARE(f->article, QStringLiteral("第二十六条(一)"));
}

void tst_RuleChecks::datesAsTheSpecSendsThem()
{
    QCOMPARE(RuleChecks::toDate(20250131), QDate(2025, 1, 31));
    QCOMPARE(RuleChecks::toDate(QStringLiteral("20250131")), QDate(2025, 1, 31));
    QCOMPARE(RuleChecks::toDate(QDate(2025, 1, 31)), QDate(2025, 1, 31));
    QVERIFY(!RuleChecks::toDate(20250230).isValid());
    QVERIFY(!RuleChecks::toDate(QStringLiteral("soon")).isValid());
    QVERIFY(!RuleChecks::toDate(QVariant()).isValid());
}

QTEST_GUILESS_MAIN(tst_RuleChecks)
#include "tst_rulechecks.moc"
