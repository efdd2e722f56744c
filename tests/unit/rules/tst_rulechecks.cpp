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
    void betweenIncludesBothBounds_data();
    void betweenIncludesBothBounds();
    void oneOfIgnoresCaseAndSpaces();
    void minYearsIsHeldFromTheAnniversary();
    void minYearsFromTheTwentyNinthOfFebruary();
    void retirementScheduleOfTheTwentyTwentyFourDecision_data();
    void retirementScheduleOfTheTwentyTwentyFourDecision();
    void belowAgeIsOverOnTheDayTheAgeIsReached();
    void completedMonths();
    void whenConditionsGateTheRule();
    void messagesAreRebuiltFromMeasuredAndLimit();
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

namespace {

/** The retirement schedules of resources/rules/469001.json (the 2024 NPC Standing Committee decision). */
CityRule::AgeSchedule men()
{
    return {60, QDate(1965, 1, 1), 4, 1, 63};
}

CityRule::AgeSchedule women()
{
    return {55, QDate(1970, 1, 1), 4, 1, 58};
}

} // namespace

void tst_RuleChecks::betweenIncludesBothBounds_data()
{
    // Seed 002 Art. 13(一): "5座及以上，7座及以下".
    QTest::addColumn<int>("seats");
    QTest::addColumn<bool>("finding");
    QTest::addColumn<double>("limit");
    QTest::newRow("4") << 4 << true << 5.0;
    QTest::newRow("5") << 5 << false << 0.0;
    QTest::newRow("6") << 6 << false << 0.0;
    QTest::newRow("7") << 7 << false << 0.0;
    QTest::newRow("8") << 8 << true << 7.0;
}

void tst_RuleChecks::betweenIncludesBothBounds()
{
    QFETCH(int, seats);
    QFETCH(bool, finding);
    QFETCH(double, limit);
    CityRule r = rule(RuleCheck::Between, QStringLiteral("seats"));
    r.article = QStringLiteral("第十三条(一)");
    r.min = 5;
    r.max = 7;
    RuleFacts facts = at(QDate(2025, 3, 1));
    facts.set(QStringLiteral("seats"), seats);
    const auto f = RuleChecks::evaluate(r, facts);
    QCOMPARE(bool(f), finding);
    if (f) {
        QCOMPARE(f->measured.toDouble(), double(seats));
        QCOMPARE(f->limit.toDouble(), limit); // the bound that was crossed
        QVERIFY2(
            f->message.contains(QStringLiteral("第十三条(一): seats %1, must be from 5 to 7").arg(seats)),
            qPrintable(f->message));
    }
}

void tst_RuleChecks::oneOfIgnoresCaseAndSpaces()
{
    CityRule r = rule(RuleCheck::OneOf, QStringLiteral("fuelType"));
    r.article = QStringLiteral("第十三条(一)");
    r.values = {QStringLiteral("C"), QStringLiteral("O"), QStringLiteral("纯电动")};
    RuleFacts facts = at(QDate(2025, 3, 1));
    QVERIFY(!RuleChecks::oneOf(r, facts)); // unknown
    facts.set(QStringLiteral("fuelType"), QStringLiteral(" "));
    QVERIFY(!RuleChecks::oneOf(r, facts)); // empty is unknown too
    facts.set(QStringLiteral("fuelType"), QStringLiteral(" c "));
    QVERIFY(!RuleChecks::oneOf(r, facts));
    facts.set(QStringLiteral("fuelType"), QStringLiteral("纯电动"));
    QVERIFY(!RuleChecks::oneOf(r, facts));
    facts.set(QStringLiteral("fuelType"), QStringLiteral("A")); // 汽油
    const auto f = RuleChecks::oneOf(r, facts);
    QVERIFY(f);
    QCOMPARE(f->measured.toString(), QStringLiteral("A"));
    QCOMPARE(f->limit.toStringList(), r.values);
    QVERIFY2(f->message.contains(QStringLiteral("fuel type \"A\" is not one of C, O, 纯电动")),
             qPrintable(f->message));
}

void tst_RuleChecks::minYearsIsHeldFromTheAnniversary()
{
    // Seed 002 Art. 15(一) "3年以上驾驶经历": 以上 includes 3 years; they are held on the anniversary.
    CityRule r = rule(RuleCheck::MinYears, QStringLiteral("licenceFirstIssue"));
    r.article = QStringLiteral("第十五条(一)");
    r.years = 3;
    RuleFacts facts = at(QDate(2025, 3, 9)); // 3 years minus a day
    facts.set(QStringLiteral("licenceFirstIssue"), QDate(2022, 3, 10));
    const auto f = RuleChecks::minYears(r, facts);
    QVERIFY(f);
    QCOMPARE(f->measured.toDate(), QDate(2022, 3, 10));
    QCOMPARE(f->limit.toDate(), QDate(2025, 3, 10));
    QVERIFY2(f->message.contains(QStringLiteral("2022-03-10")) &&
                 f->message.contains(QStringLiteral("2025-03-10")) &&
                 f->message.contains(QStringLiteral("3 years")),
             qPrintable(f->message));
    facts.asOf = at(QDate(2025, 3, 10)).asOf; // exactly 3 years
    QVERIFY(!RuleChecks::minYears(r, facts));
    facts.asOf = at(QDate(2025, 3, 11)).asOf; // 3 years and a day
    QVERIFY(!RuleChecks::minYears(r, facts));
    // Midnight in Beijing decides, not in UTC: 2025-03-09 16:00 UTC is the anniversary in China.
    facts.asOf = QDateTime(QDate(2025, 3, 9), QTime(15, 59, 59), QTimeZone::utc());
    QVERIFY(RuleChecks::minYears(r, facts));
    facts.asOf = QDateTime(QDate(2025, 3, 9), QTime(16, 0), QTimeZone::utc());
    QVERIFY(!RuleChecks::minYears(r, facts));
}

void tst_RuleChecks::minYearsFromTheTwentyNinthOfFebruary()
{
    // 民法典 Art. 202: without a corresponding day the period ends on the month's last day.
    CityRule r = rule(RuleCheck::MinYears, QStringLiteral("licenceFirstIssue"));
    r.years = 3;
    RuleFacts facts = at(QDate(2023, 2, 27));
    facts.set(QStringLiteral("licenceFirstIssue"), QDate(2020, 2, 29));
    QVERIFY(RuleChecks::minYears(r, facts));
    facts.asOf = at(QDate(2023, 2, 28)).asOf;
    QVERIFY(!RuleChecks::minYears(r, facts));
}

void tst_RuleChecks::retirementScheduleOfTheTwentyTwentyFourDecision_data()
{
    QTest::addColumn<bool>("male");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("months");
    QTest::newRow("man 1964-12") << true << QDate(1964, 12, 31) << 60 * 12;
    QTest::newRow("man 1965-01") << true << QDate(1965, 1, 1) << 60 * 12 + 1;
    QTest::newRow("man 1965-04") << true << QDate(1965, 4, 30) << 60 * 12 + 1;
    QTest::newRow("man 1965-05") << true << QDate(1965, 5, 1) << 60 * 12 + 2;
    QTest::newRow("man 1976-08") << true << QDate(1976, 8, 15) << 62 * 12 + 11;
    QTest::newRow("man 1976-09") << true << QDate(1976, 9, 1) << 63 * 12;
    QTest::newRow("man 1990") << true << QDate(1990, 6, 1) << 63 * 12;
    QTest::newRow("woman 1969-12") << false << QDate(1969, 12, 31) << 55 * 12;
    QTest::newRow("woman 1970-01") << false << QDate(1970, 1, 1) << 55 * 12 + 1;
    QTest::newRow("woman 1970-05") << false << QDate(1970, 5, 20) << 55 * 12 + 2;
    QTest::newRow("woman 1981-08") << false << QDate(1981, 8, 1) << 57 * 12 + 11;
    QTest::newRow("woman 1981-09") << false << QDate(1981, 9, 1) << 58 * 12;
}

void tst_RuleChecks::retirementScheduleOfTheTwentyTwentyFourDecision()
{
    QFETCH(bool, male);
    QFETCH(QDate, birth);
    QFETCH(int, months);
    QCOMPARE((male ? men() : women()).ageMonths(birth), months);
    // Without a raise the age is the base age for everyone.
    CityRule::AgeSchedule flat;
    flat.years = 60;
    QCOMPARE(flat.ageMonths(birth), 60 * 12);
}

void tst_RuleChecks::belowAgeIsOverOnTheDayTheAgeIsReached()
{
    CityRule r = rule(RuleCheck::BelowAge, QStringLiteral("birthDate"));
    r.article = QStringLiteral("第十五条(五)");
    r.age = men();
    RuleFacts facts;
    // Born 1964-12-15: 60 years, reached on 2024-12-15.
    facts.set(QStringLiteral("birthDate"), QDate(1964, 12, 15));
    facts.asOf = at(QDate(2024, 12, 14)).asOf;
    QVERIFY(!RuleChecks::belowAge(r, facts));
    facts.asOf = at(QDate(2024, 12, 15)).asOf;
    auto f = RuleChecks::belowAge(r, facts);
    QVERIFY(f);
    // The ages, not the birth date (personal data the lookup masks).
    QCOMPARE(f->measured.toInt(), 720);
    QCOMPARE(f->limit.toInt(), 720);
    QCOMPARE(f->unit, QStringLiteral("months"));
    QCOMPARE(f->message, QStringLiteral("第十五条(五): age 60 years has reached the limit of 60 years"));
    facts.asOf = at(QDate(2025, 1, 14)).asOf;
    QCOMPARE(RuleChecks::belowAge(r, facts)->measured.toInt(), 720);
    facts.asOf = at(QDate(2025, 1, 15)).asOf;
    QCOMPARE(RuleChecks::belowAge(r, facts)->measured.toInt(), 721);

    // Born 1965-05-10: 60 years 2 months, reached on 2025-07-10 (60 alone would have been 2025-05-10).
    facts.set(QStringLiteral("birthDate"), QDate(1965, 5, 10));
    facts.asOf = at(QDate(2025, 5, 10)).asOf;
    QVERIFY(!RuleChecks::belowAge(r, facts));
    facts.asOf = at(QDate(2025, 7, 9)).asOf;
    QVERIFY(!RuleChecks::belowAge(r, facts));
    facts.asOf = at(QDate(2025, 7, 10)).asOf;
    f = RuleChecks::belowAge(r, facts);
    QVERIFY(f);
    QCOMPARE(f->limit.toInt(), 60 * 12 + 2);
    QCOMPARE(
        f->message,
        QStringLiteral("第十五条(五): age 60 years 2 months has reached the limit of 60 years 2 months"));

    // A woman born 1970-03-20: 55 years 1 month, reached on 2025-04-20.
    r.age = women();
    facts.set(QStringLiteral("birthDate"), QDate(1970, 3, 20));
    facts.asOf = at(QDate(2025, 4, 19)).asOf;
    QVERIFY(!RuleChecks::belowAge(r, facts));
    facts.asOf = at(QDate(2025, 4, 20)).asOf;
    f = RuleChecks::belowAge(r, facts);
    QVERIFY(f);
    QVERIFY2(f->message.endsWith(QStringLiteral("the limit of 55 years 1 month")), qPrintable(f->message));

    // Born on the 31st: the age is reached on the last day of a shorter month (QDate::addMonths).
    r.age = men();
    facts.set(QStringLiteral("birthDate"), QDate(1965, 1, 31)); // 60 years 1 month → 2025-02-28
    facts.asOf = at(QDate(2025, 2, 27)).asOf;
    QVERIFY(!RuleChecks::belowAge(r, facts));
    facts.asOf = at(QDate(2025, 2, 28)).asOf;
    QVERIFY(RuleChecks::belowAge(r, facts));
    // Unknown birth date: nothing.
    facts.values.remove(QStringLiteral("birthDate"));
    QVERIFY(!RuleChecks::belowAge(r, facts));
}

void tst_RuleChecks::completedMonths()
{
    QCOMPARE(RuleChecks::completedMonths(QDate(1965, 5, 10), QDate(2025, 7, 9)), 60 * 12 + 1);
    QCOMPARE(RuleChecks::completedMonths(QDate(1965, 5, 10), QDate(2025, 7, 10)), 60 * 12 + 2);
    QCOMPARE(RuleChecks::completedMonths(QDate(1965, 1, 31), QDate(2025, 2, 27)), 60 * 12);
    QCOMPARE(RuleChecks::completedMonths(QDate(1965, 1, 31), QDate(2025, 2, 28)), 60 * 12 + 1);
    QCOMPARE(RuleChecks::completedMonths(QDate(2025, 3, 1), QDate(2025, 2, 1)), 0);
}

void tst_RuleChecks::whenConditionsGateTheRule()
{
    // Seed 002 Art. 13(三): 7-seat cars need a wheelbase of 2700 mm.
    CityRule r = rule(RuleCheck::Threshold, QStringLiteral("wheelbaseMm"));
    r.article = QStringLiteral("第十三条(三)");
    r.op = QStringLiteral(">=");
    r.limit = 2700;
    r.unit = QStringLiteral("mm");
    r.when = {{QStringLiteral("seats"), CityRule::Condition::Op::Equals, {7}}};
    RuleFacts facts = at(QDate(2025, 3, 1));
    facts.set(QStringLiteral("wheelbaseMm"), 2650);
    QVERIFY(!RuleChecks::evaluate(r, facts)); // seats unknown: the rule does not apply
    facts.set(QStringLiteral("seats"), 6);
    QVERIFY(!RuleChecks::evaluate(r, facts));
    facts.set(QStringLiteral("seats"), QStringLiteral("7")); // as text: compared as a number
    auto f = RuleChecks::evaluate(r, facts);
    QVERIFY(f);
    QVERIFY2(f->message.endsWith(QStringLiteral("(applies when seats is 7)")), qPrintable(f->message));
    facts.set(QStringLiteral("wheelbaseMm"), 2700);
    QVERIFY(!RuleChecks::evaluate(r, facts));

    // notEquals and oneOf, and a list that must all hold.
    facts.set(QStringLiteral("wheelbaseMm"), 2650);
    r.when = {{QStringLiteral("seats"), CityRule::Condition::Op::NotEquals, {5}},
              {QStringLiteral("fuelType"),
               CityRule::Condition::Op::OneOf,
               {QStringLiteral("C"), QStringLiteral("O")}}};
    QVERIFY(!RuleChecks::evaluate(r, facts)); // fuelType unknown
    facts.set(QStringLiteral("fuelType"), QStringLiteral("A"));
    QVERIFY(!RuleChecks::evaluate(r, facts));
    facts.set(QStringLiteral("fuelType"), QStringLiteral("O"));
    f = RuleChecks::evaluate(r, facts);
    QVERIFY(f);
    QVERIFY2(
        f->message.endsWith(QStringLiteral("(applies when seats is not 5 and fuel type is one of C, O)")),
        qPrintable(f->message));
    facts.set(QStringLiteral("seats"), 5);
    QVERIFY(!RuleChecks::evaluate(r, facts));
}

void tst_RuleChecks::messagesAreRebuiltFromMeasuredAndLimit()
{
    // Whoever holds the rule words the finding the same way from measured and limit alone.
    RuleFacts facts = at(QDate(2025, 3, 16));
    facts.set(QStringLiteral("f"), QDate(2017, 3, 15));
    QList<CityRule> rules;
    CityRule period = rule(RuleCheck::Period);
    period.years = 8;
    rules.append(period);
    period.endsOnAnniversary = false;
    rules.append(period);
    rules.append(rule(RuleCheck::DateNotPassed));
    CityRule minYears = rule(RuleCheck::MinYears);
    minYears.years = 9;
    rules.append(minYears);
    CityRule age = rule(RuleCheck::BelowAge);
    age.age.years = 8;
    rules.append(age);
    rules.append(rule(RuleCheck::Present, QStringLiteral("missing")));
    for (const CityRule &r : std::as_const(rules)) {
        const auto f = RuleChecks::evaluate(r, facts);
        QVERIFY2(f, qPrintable(CityRule::checkKey(r.check)));
        QCOMPARE(RuleChecks::message(r, f->measured, f->limit), f->message);
    }
}

QTEST_GUILESS_MAIN(tst_RuleChecks)
#include "tst_rulechecks.moc"
