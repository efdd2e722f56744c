// CityRules: the built-in Wuzhishan rules (seed 002) loaded from resources/rules/469001.json with the
// operating area of resources/cities/469001.json, their findings at the boundaries, and refusals of
// bad files naming the key.

#include "geo/coordinatetransform.h"
#include "permits/permitidentifiers.h"
#include "rules/cityrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace Qt::StringLiterals;

class tst_CityRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInWuzhishanRules();
    void theAreaIsTheCityFilesBoundary();
    void vehicleFindings();
    void vehicleRetirementBoundaries();
    void driverFindings();
    void tripsOutsideTheArea();
    void dispatchWhileCarrying();
    void theArticleThirteenAndFifteenRules();
    void vehiclePermitBoundaries_data();
    void vehiclePermitBoundaries();
    void vehiclePermitRetirement();
    void driverPermitExperience();
    void driverPermitRetirementAge_data();
    void driverPermitRetirementAge();
    void badRecord();
    void sourcesKeepPermitsAndUploadsApart();
    void describeWordsAFindingFromTheRules();
    void loadsAFileByPath();
    void refusals_data();
    void refusals();

private:
    std::optional<CityRules> m_rules;
};

namespace {

QDateTime cst(QDate date, QTime time = QTime(12, 0))
{
    return QDateTime(date, time, QTimeZone(8 * 3600));
}

QStringList ids(const QList<RuleFinding> &findings)
{
    QStringList out;
    for (const RuleFinding &f : findings)
        out.append(f.ruleId);
    return out;
}

/** A valid vehicle first registered on 2019-06-01, certificate until 2027-06-01, 200,000 km. */
RuleFacts goodVehicle(const QDateTime &asOf)
{
    RuleFacts facts;
    facts.asOf = asOf;
    facts.set(QStringLiteral("baseInfo"), true)
        .set(QStringLiteral("certificate"), QStringLiteral("琼交运管五指字123456号"))
        .set(QStringLiteral("certificateStop"), 20270601)
        .set(QStringLiteral("firstRegistration"), 20190601)
        .set(QStringLiteral("odometerKm"), 200000.0);
    return facts;
}

/** A vehicle permit that meets every condition of seed 002 Art. 13. */
VehiclePermit goodPermit()
{
    VehiclePermit p;
    p.certificate = QStringLiteral("琼交运管五指字100001号");
    p.plate = QStringLiteral("琼DD12345");
    p.regionCode = QStringLiteral("469001");
    p.firstRegistration = QDate(2022, 1, 10);
    p.validFrom = QDate(2022, 2, 1);
    p.validTo = QDate(2030, 1, 9);
    p.seats = 5;
    p.wheelbaseMm = 2700;
    p.rangeKm = 400;
    p.purchasePriceYuan = 120000;
    p.fuelType = QStringLiteral("C");
    return p;
}

/** An ID number of region 469001 for \a birth, male or female, with its check character. */
QString idNumber(QDate birth, bool male)
{
    const QString first17 =
        QStringLiteral("469001%1%2").arg(birth.toString(QStringLiteral("yyyyMMdd"))).arg(male ? 123 : 124);
    return first17 + PermitIdentifiers::idNumberCheck(first17);
}

DriverPermit goodDriver(QDate birth = QDate(1985, 6, 1), bool male = true)
{
    DriverPermit p;
    p.certificate = QStringLiteral("469001W1234567");
    p.idNumber = idNumber(birth, male);
    p.licenceNumber = p.idNumber;
    p.regionCode = QStringLiteral("469001");
    p.licenceFirstIssue = QDate(2010, 5, 1);
    p.validFrom = QDate(2022, 1, 1);
    p.validTo = QDate(2028, 1, 1);
    return p;
}

QByteArray minimalFile()
{
    return R"J({"format":1,"regionCode":469001,"name":"五指山市",
        "areas":{"a":{"polygon":[[109.4,18.7],[109.6,18.7],[109.6,18.9],[109.4,18.9]]}},
        "rules":[{"id":"trip","article":"第二十二条","subject":"trip","check":"endsInArea","area":"a","minInside":1}]})J";
}

} // namespace

void tst_CityRules::initTestCase()
{
    QString error;
    m_rules = CityRules::load(QStringLiteral("469001"), &error);
    QVERIFY2(m_rules, qPrintable(error));
}

void tst_CityRules::builtInWuzhishanRules()
{
    QVERIFY(CityRules::hasBuiltIn(QStringLiteral("469001")));
    QVERIFY(!CityRules::hasBuiltIn(QStringLiteral("460100")));
    QVERIFY(!CityRules::hasBuiltIn(QStringLiteral("../x")));
    QCOMPARE(m_rules->regionCode(), QStringLiteral("469001"));
    QCOMPARE(m_rules->name(), QStringLiteral("五指山市"));
    QVERIFY(m_rules->regulation().contains(QStringLiteral("五府规〔2024〕10号")));
    const CityRule *area = m_rules->rule(QStringLiteral("trip.operatingArea"));
    QVERIFY(area);
    QCOMPARE(area->article, QStringLiteral("第二十二条"));
    QCOMPARE(area->minInside, 1);
    const CityRule *mileage = m_rules->rule(QStringLiteral("vehicle.retirement.mileage"));
    QVERIFY(mileage);
    QCOMPARE(mileage->article, QStringLiteral("第四十条"));
    QCOMPARE(mileage->limit, 600000.0);
    const CityRule *age = m_rules->rule(QStringLiteral("vehicle.retirement.age"));
    QVERIFY(age);
    QCOMPARE(age->years, 8);
    QVERIFY(age->endsOnAnniversary);
    const CityRule *term = m_rules->rule(QStringLiteral("vehicle.certificate.term"));
    QVERIFY(term);
    QCOMPARE(term->article, QStringLiteral("第四十一条"));
    QVERIFY(!term->endsOnAnniversary);
    const CityRule *dispatch = m_rules->rule(QStringLiteral("dispatch.whileCarrying"));
    QVERIFY(dispatch);
    QCOMPARE(dispatch->article, QStringLiteral("第二十六条(一)"));
    QVERIFY(!m_rules->rule(QStringLiteral("no.such.rule")));
}

void tst_CityRules::theAreaIsTheCityFilesBoundary()
{
    QString error;
    const auto city = CityRules::builtInCityFile(QStringLiteral("469001"), &error);
    QVERIFY2(city, qPrintable(error));
    const QJsonArray boundary =
        QJsonDocument::fromJson(*city).object().value(QStringLiteral("operatingArea")).toArray();
    const OperatingArea area = m_rules->area(QStringLiteral("operatingArea"));
    QVERIFY(area.isValid());
    QCOMPARE(area.polygon().perimeter().size(), boundary.size());
    QCOMPARE(area.polygon().perimeter().first().longitude(), boundary.first().toArray().at(0).toDouble());
    QVERIFY(area.contains(QGeoCoordinate(18.776, 109.517)));  // 通什
    QVERIFY(!area.contains(QGeoCoordinate(18.639, 109.700))); // 保亭县城
    QVERIFY(!m_rules->area(QStringLiteral("nowhere")).isValid());
}

void tst_CityRules::vehicleFindings()
{
    const QDateTime asOf = cst(QDate(2025, 3, 1));
    RuleFacts facts = goodVehicle(asOf);
    QCOMPARE(m_rules->evaluate(RuleSubject::Vehicle, facts), QList<RuleFinding>());

    facts.values.remove(QStringLiteral("certificate"));
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Vehicle, facts)),
             QStringList{u"vehicle.certificate.present"_s});

    facts = goodVehicle(asOf);
    facts.set(QStringLiteral("certificateStop"), 20250228); // TransDateStop passed yesterday
    const QList<RuleFinding> expired = m_rules->evaluate(RuleSubject::Vehicle, facts);
    QCOMPARE(ids(expired), QStringList{u"vehicle.certificate.validity"_s});
    QCOMPARE(expired.first().article, QStringLiteral("第十八条"));

    // A vehicle never filed: no base-info, so nothing else is known.
    RuleFacts unknown;
    unknown.asOf = asOf;
    unknown.set(QStringLiteral("baseInfo"), false);
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Vehicle, unknown)),
             (QStringList{u"vehicle.registered"_s, u"vehicle.certificate.present"_s}));
}

void tst_CityRules::vehicleRetirementBoundaries()
{
    // First registration 2017-03-15: Art. 40 retires it on 2025-03-15; Art. 41 lets the certificate
    // run through 2025-03-15 (届满日) and not a day longer.
    RuleFacts facts = goodVehicle(cst(QDate(2025, 3, 14), QTime(23, 59, 59)));
    facts.set(QStringLiteral("firstRegistration"), 20170315);
    facts.set(QStringLiteral("certificateStop"), 20250315);
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Vehicle, facts)), QStringList());
    facts.asOf = cst(QDate(2025, 3, 15), QTime(0, 0));
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Vehicle, facts)), QStringList{u"vehicle.retirement.age"_s});
    facts.asOf = cst(QDate(2025, 3, 16), QTime(0, 0));
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Vehicle, facts)),
             (QStringList{u"vehicle.certificate.validity"_s, u"vehicle.certificate.term"_s,
                          u"vehicle.retirement.age"_s}));

    facts = goodVehicle(cst(QDate(2025, 3, 1)));
    facts.set(QStringLiteral("odometerKm"), 599999.9);
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Vehicle, facts)), QStringList());
    facts.set(QStringLiteral("odometerKm"), 600000);
    const QList<RuleFinding> mileage = m_rules->evaluate(RuleSubject::Vehicle, facts);
    QCOMPARE(ids(mileage), QStringList{u"vehicle.retirement.mileage"_s});
    QCOMPARE(mileage.first().article, QStringLiteral("第四十条"));
    QCOMPARE(mileage.first().measured.toDouble(), 600000.0);
    QCOMPARE(mileage.first().limit.toDouble(), 600000.0);
    QCOMPARE(mileage.first().unit, QStringLiteral("km"));
    QVERIFY2(mileage.first().message.startsWith(QStringLiteral("第四十条: odometer 600000 km")),
             qPrintable(mileage.first().message));
}

void tst_CityRules::driverFindings()
{
    RuleFacts facts;
    facts.asOf = cst(QDate(2025, 3, 1));
    facts.set(QStringLiteral("baseInfo"), true)
        .set(QStringLiteral("certificate"), QStringLiteral("469001W1234567"))
        .set(QStringLiteral("certificateStop"), 20250301);
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Driver, facts)), QStringList());
    facts.set(QStringLiteral("certificateStop"), 20250228);
    const QList<RuleFinding> expired = m_rules->evaluate(RuleSubject::Driver, facts);
    QCOMPARE(ids(expired), QStringList{u"driver.certificate.validity"_s});
    QCOMPARE(expired.first().article, QStringLiteral("第十九条"));
    facts.set(QStringLiteral("certificate"), QString());
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Driver, facts)),
             (QStringList{u"driver.certificate.present"_s, u"driver.certificate.validity"_s}));
}

void tst_CityRules::tripsOutsideTheArea()
{
    const QDateTime asOf = cst(QDate(2025, 3, 1));
    const QGeoCoordinate town(18.776, 109.517);
    const QGeoCoordinate baoting(18.639, 109.700);
    const QGeoCoordinate qixianling(18.700, 109.686);
    QCOMPARE(m_rules->checkTrip(town, town, Datum::Wgs84, asOf), QList<RuleFinding>());
    QCOMPARE(m_rules->checkTrip(town, baoting, Datum::Wgs84, asOf), QList<RuleFinding>());
    QCOMPARE(m_rules->checkTrip(qixianling, town, Datum::Wgs84, asOf), QList<RuleFinding>());
    const QList<RuleFinding> both = m_rules->checkTrip(baoting, qixianling, Datum::Wgs84, asOf);
    QCOMPARE(ids(both), QStringList{u"trip.operatingArea"_s});
    QCOMPARE(both.first().article, QStringLiteral("第二十二条"));
    // The same trip reported in GCJ-02 (Encrypt 1).
    auto gcj = [](const QGeoCoordinate &c) {
        const LonLat p = CoordinateTransform::wgs84ToGcj02({c.longitude(), c.latitude()});
        return QGeoCoordinate(p.latitude, p.longitude);
    };
    QCOMPARE(ids(m_rules->checkTrip(gcj(baoting), gcj(qixianling), Datum::Gcj02, asOf)),
             QStringList{u"trip.operatingArea"_s});
    QCOMPARE(m_rules->checkTrip(gcj(town), gcj(baoting), Datum::Gcj02, asOf), QList<RuleFinding>());
}

void tst_CityRules::dispatchWhileCarrying()
{
    const QDateTime asOf = cst(QDate(2025, 3, 1));
    QCOMPARE(m_rules->checkDispatch(false, asOf), QList<RuleFinding>());
    const QList<RuleFinding> findings = m_rules->checkDispatch(true, asOf);
    QCOMPARE(ids(findings), QStringList{u"dispatch.whileCarrying"_s});
    QCOMPARE(findings.first().article, QStringLiteral("第二十六条(一)"));
}

void tst_CityRules::theArticleThirteenAndFifteenRules()
{
    const QStringList permitRules = {u"vehicle.seats"_s,
                                     u"vehicle.newEnergy"_s,
                                     u"vehicle.purchasePrice"_s,
                                     u"vehicle.wheelbase"_s,
                                     u"vehicle.wheelbase.sevenSeats"_s,
                                     u"vehicle.range"_s,
                                     u"driver.experience"_s,
                                     u"driver.retirementAge.male"_s,
                                     u"driver.retirementAge.female"_s};
    for (const QString &id : permitRules) {
        const CityRule *r = m_rules->rule(id);
        QVERIFY2(r, qPrintable(id));
        QVERIFY2(r->appliesTo(RuleSource::Permit) && !r->appliesTo(RuleSource::Upload), qPrintable(id));
    }
    QCOMPARE(m_rules->rule(u"vehicle.seats"_s)->article, u"第十三条(一)"_s);
    QCOMPARE(m_rules->rule(u"vehicle.newEnergy"_s)->article, u"第十三条(一)"_s);
    QCOMPARE(m_rules->rule(u"vehicle.wheelbase"_s)->article, u"第十三条(三)"_s);
    QCOMPARE(m_rules->rule(u"vehicle.range"_s)->article, u"第十三条(三)"_s);
    QCOMPARE(m_rules->rule(u"driver.experience"_s)->article, u"第十五条(一)"_s);
    QCOMPARE(m_rules->rule(u"driver.retirementAge.male"_s)->article, u"第十五条(五)"_s);
    QCOMPARE(m_rules->rule(u"driver.retirementAge.male"_s)->age.upToYears, 63);
    QCOMPARE(m_rules->rule(u"driver.retirementAge.female"_s)->age.years, 55);
    QCOMPARE(m_rules->rule(u"driver.badRecord"_s)->check, RuleCheck::False);
    QCOMPARE(m_rules->rule(u"vehicle.badRecord"_s)->fact, u"badRecord"_s);
    // Both sources carry the first registration: Art. 40–41 judge the permit too.
    QVERIFY(m_rules->rule(u"vehicle.retirement.age"_s)->appliesTo(RuleSource::Permit));
    QVERIFY(m_rules->rule(u"vehicle.retirement.age"_s)->appliesTo(RuleSource::Upload));
    QVERIFY(!m_rules->rule(u"vehicle.registered"_s)->appliesTo(RuleSource::Permit));
}

void tst_CityRules::vehiclePermitBoundaries_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QStringList>("findings");
    const QStringList none;
    // Art. 13(三) "车轴距在2600mm及以上": 及以上 includes 2600.
    QTest::newRow("wheelbase 2599") << u"wheelbase"_s << QVariant(2599)
                                    << QStringList{u"vehicle.wheelbase"_s};
    QTest::newRow("wheelbase 2600") << u"wheelbase"_s << QVariant(2600) << none;
    // "7座新能源乘用车轴距2700mm及以上".
    QTest::newRow("7 seats 2699") << u"seven"_s << QVariant(2699)
                                  << QStringList{u"vehicle.wheelbase.sevenSeats"_s};
    QTest::newRow("7 seats 2700") << u"seven"_s << QVariant(2700) << none;
    QTest::newRow("7 seats 2599") << u"seven"_s << QVariant(2599)
                                  << QStringList{u"vehicle.wheelbase"_s, u"vehicle.wheelbase.sevenSeats"_s};
    QTest::newRow("6 seats 2650") << u"six"_s << QVariant(2650) << none;
    // "续航能力300公里以上": 以上 includes 300 (民法典 Art. 1259).
    QTest::newRow("range 299") << u"range"_s << QVariant(299) << QStringList{u"vehicle.range"_s};
    QTest::newRow("range 300") << u"range"_s << QVariant(300) << none;
    // "购置税价格不低于10万元".
    QTest::newRow("price 99999") << u"price"_s << QVariant(99999) << QStringList{u"vehicle.purchasePrice"_s};
    QTest::newRow("price 100000") << u"price"_s << QVariant(100000) << none;
    // Art. 13(一) "5座及以上，7座及以下".
    QTest::newRow("seats 4") << u"seats"_s << QVariant(4) << QStringList{u"vehicle.seats"_s};
    QTest::newRow("seats 5") << u"seats"_s << QVariant(5) << none;
    QTest::newRow("seats 7") << u"seats"_s << QVariant(7) << none; // with 2700 mm
    QTest::newRow("seats 8") << u"seats"_s << QVariant(8) << QStringList{u"vehicle.seats"_s};
    // "新能源车型": JT/T 697.7 (GA 24.9) C 电, O 混合动力; A 汽油 is not.
    QTest::newRow("fuel C") << u"fuel"_s << QVariant(u"C"_s) << none;
    QTest::newRow("fuel O") << u"fuel"_s << QVariant(u"O"_s) << none;
    QTest::newRow("fuel 纯电动") << u"fuel"_s << QVariant(u"纯电动"_s) << none;
    QTest::newRow("fuel A") << u"fuel"_s << QVariant(u"A"_s) << QStringList{u"vehicle.newEnergy"_s};
    QTest::newRow("fuel B") << u"fuel"_s << QVariant(u"B"_s) << QStringList{u"vehicle.newEnergy"_s};
    // Not given (0, empty): unknown, no finding.
    QTest::newRow("no wheelbase") << u"wheelbase"_s << QVariant(0) << none;
    QTest::newRow("no range") << u"range"_s << QVariant(0) << none;
    QTest::newRow("no price") << u"price"_s << QVariant(0) << none;
    QTest::newRow("no seats") << u"seats"_s << QVariant(0) << none;
    QTest::newRow("no fuel") << u"fuel"_s << QVariant(QString()) << none;
}

void tst_CityRules::vehiclePermitBoundaries()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QStringList, findings);
    VehiclePermit p = goodPermit();
    if (field == u"wheelbase")
        p.wheelbaseMm = value.toInt();
    else if (field == u"seven") {
        p.seats = 7;
        p.wheelbaseMm = value.toInt();
    } else if (field == u"six") {
        p.seats = 6;
        p.wheelbaseMm = value.toInt();
    } else if (field == u"range")
        p.rangeKm = value.toInt();
    else if (field == u"price")
        p.purchasePriceYuan = value.toLongLong();
    else if (field == u"seats") {
        p.seats = value.toInt();
        p.wheelbaseMm = 2700;
    } else if (field == u"fuel")
        p.fuelType = value.toString();
    const QList<RuleFinding> found = m_rules->checkVehiclePermit(p, cst(QDate(2025, 3, 1)));
    QCOMPARE(ids(found), findings);
    for (const RuleFinding &f : found) {
        QVERIFY2(f.message.startsWith(f.article + u": "_s), qPrintable(f.message));
        QCOMPARE(m_rules->describe(f), f.message);
    }
    if (field == u"wheelbase" && !found.isEmpty()) {
        QCOMPARE(found.first().article, u"第十三条(三)"_s);
        QCOMPARE(found.first().measured.toDouble(), 2599.0);
        QCOMPARE(found.first().limit.toDouble(), 2600.0);
        QCOMPARE(found.first().unit, u"mm"_s);
        QCOMPARE(found.first().message, u"第十三条(三): wheelbase 2599 mm, must be >= 2600 mm"_s);
    }
    if (field == u"price" && !found.isEmpty())
        QVERIFY2(found.first().message.contains(u"purchase-tax price 99999 yuan, must be >= 100000 yuan"_s),
                 qPrintable(found.first().message));
}

void tst_CityRules::vehiclePermitRetirement()
{
    // Art. 40–41 judge the permit's first registration too: 8 years to the day.
    VehiclePermit p = goodPermit();
    p.firstRegistration = QDate(2017, 3, 15);
    QCOMPARE(ids(m_rules->checkVehiclePermit(p, cst(QDate(2025, 3, 14)))), QStringList());
    QCOMPARE(ids(m_rules->checkVehiclePermit(p, cst(QDate(2025, 3, 15)))),
             QStringList{u"vehicle.retirement.age"_s});
    QCOMPARE(ids(m_rules->checkVehiclePermit(p, cst(QDate(2025, 3, 16)))),
             (QStringList{u"vehicle.certificate.term"_s, u"vehicle.retirement.age"_s}));
    // The odometer is not on a permit: Art. 40's 600,000 km is judged on the uploads only.
    const RuleFacts facts = CityRules::factsOf(p, cst(QDate(2025, 3, 1)));
    QVERIFY(!facts.has(u"odometerKm"_s));
}

void tst_CityRules::driverPermitExperience()
{
    // Art. 15(一) "3年以上驾驶经历": the licence first issued 2022-03-10 is 3 years old on 2025-03-10.
    DriverPermit p = goodDriver();
    p.licenceFirstIssue = QDate(2022, 3, 10);
    const QList<RuleFinding> short_ = m_rules->checkDriverPermit(p, cst(QDate(2025, 3, 9)));
    QCOMPARE(ids(short_), QStringList{u"driver.experience"_s});
    QCOMPARE(short_.first().article, u"第十五条(一)"_s);
    QCOMPARE(short_.first().measured.toDate(), QDate(2022, 3, 10));
    QCOMPARE(short_.first().limit.toDate(), QDate(2025, 3, 10));
    QCOMPARE(ids(m_rules->checkDriverPermit(p, cst(QDate(2025, 3, 10)))), QStringList());
    QCOMPARE(ids(m_rules->checkDriverPermit(p, cst(QDate(2025, 3, 11)))), QStringList());
    p.licenceFirstIssue = QDate();
    QCOMPARE(ids(m_rules->checkDriverPermit(p, cst(QDate(2025, 3, 9)))), QStringList());
}

void tst_CityRules::driverPermitRetirementAge_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("male");
    QTest::addColumn<QDate>("reached");
    QTest::addColumn<QString>("rule");
    // A man born before 1965: 60 as before the 2024 decision.
    QTest::newRow("man 1964-12") << QDate(1964, 12, 15) << true << QDate(2024, 12, 15)
                                 << u"driver.retirementAge.male"_s;
    // Born 1965-05: 60 years 2 months.
    QTest::newRow("man 1965-05") << QDate(1965, 5, 10) << true << QDate(2025, 7, 10)
                                 << u"driver.retirementAge.male"_s;
    // A woman born 1970-03: 55 years 1 month (the 55 → 58 schedule).
    QTest::newRow("woman 1970-03") << QDate(1970, 3, 20) << false << QDate(2025, 4, 20)
                                   << u"driver.retirementAge.female"_s;
    QTest::newRow("woman 1969-07") << QDate(1969, 7, 1) << false << QDate(2024, 7, 1)
                                   << u"driver.retirementAge.female"_s;
}

void tst_CityRules::driverPermitRetirementAge()
{
    QFETCH(QDate, birth);
    QFETCH(bool, male);
    QFETCH(QDate, reached);
    QFETCH(QString, rule);
    DriverPermit p = goodDriver(birth, male);
    QCOMPARE(p.birthDate(), birth);
    QCOMPARE(p.genderCode(), male ? u"1"_s : u"2"_s);
    QCOMPARE(ids(m_rules->checkDriverPermit(p, cst(reached.addDays(-1), QTime(23, 59, 59)))), QStringList());
    const QList<RuleFinding> found = m_rules->checkDriverPermit(p, cst(reached, QTime(0, 0)));
    QCOMPARE(ids(found), QStringList{rule});
    QCOMPARE(found.first().article, u"第十五条(五)"_s);
    // On the day it is reached, the age equals the limit; no birth date in the finding.
    QCOMPARE(found.first().measured.toInt(), found.first().limit.toInt());
    QCOMPARE(birth.addMonths(found.first().limit.toInt()), reached);
    QVERIFY2(!found.first().message.contains(birth.toString(Qt::ISODate)), qPrintable(found.first().message));
    QCOMPARE(m_rules->describe(found.first()), found.first().message);
    // An ID number without a birth date or gender: nothing is known, nothing is found.
    p.idNumber = u"X"_s;
    QCOMPARE(ids(m_rules->checkDriverPermit(p, cst(reached.addYears(10)))), QStringList());
}

void tst_CityRules::badRecord()
{
    // Art. 34: the platform sets "badRecord" when the plate or licence is on the city's list.
    const QDateTime asOf = cst(QDate(2025, 3, 1));
    QCOMPARE(ids(m_rules->checkVehiclePermit(goodPermit(), asOf, {{u"badRecord"_s, false}})), QStringList());
    const QList<RuleFinding> vehicle =
        m_rules->checkVehiclePermit(goodPermit(), asOf, {{u"badRecord"_s, true}});
    QCOMPARE(ids(vehicle), QStringList{u"vehicle.badRecord"_s});
    QCOMPARE(vehicle.first().article, u"第三十四条"_s);
    QCOMPARE(vehicle.first().message, u"第三十四条: on the city's bad-record list"_s);
    QCOMPARE(ids(m_rules->checkDriverPermit(goodDriver(), asOf, {{u"badRecord"_s, true}})),
             QStringList{u"driver.badRecord"_s});
    QCOMPARE(ids(m_rules->checkDriverPermit(goodDriver(), asOf)), QStringList());
}

void tst_CityRules::sourcesKeepPermitsAndUploadsApart()
{
    const QDateTime asOf = cst(QDate(2025, 3, 1));
    // A permit has no base-info: the uploads' "present" rules (Art. 18, 19) do not judge it.
    QCOMPARE(ids(m_rules->checkVehiclePermit(goodPermit(), asOf)), QStringList());
    QCOMPARE(ids(m_rules->checkDriverPermit(goodDriver(), asOf)), QStringList());
    RuleFacts nothing;
    nothing.asOf = asOf;
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Vehicle, RuleSource::Permit, nothing)), QStringList());

    // The uploads' evaluation (the live alerts) never runs the Art. 13/15 permit rules, whatever facts
    // it is given.
    RuleFacts facts = goodVehicle(asOf);
    facts.set(u"wheelbaseMm"_s, 2000).set(u"seats"_s, 9).set(u"fuelType"_s, u"A"_s).set(u"rangeKm"_s, 10);
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Vehicle, facts)), QStringList());
    RuleFacts driver;
    driver.asOf = asOf;
    driver.set(u"baseInfo"_s, true)
        .set(u"certificate"_s, u"469001W1234567"_s)
        .set(u"certificateStop"_s, 20280101)
        .set(u"licenceFirstIssue"_s, QDate(2025, 1, 1))
        .set(u"birthDate"_s, QDate(1940, 1, 1))
        .set(u"gender"_s, u"1"_s);
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Driver, driver)), QStringList());
    // The same facts through the permit source are judged.
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Driver, RuleSource::Permit, driver)),
             (QStringList{u"driver.experience"_s, u"driver.retirementAge.male"_s}));
    // A shared rule (Art. 40 on the first registration) runs in both.
    facts.set(u"firstRegistration"_s, QDate(2016, 1, 1));
    QCOMPARE(ids(m_rules->evaluate(RuleSubject::Vehicle, facts)),
             (QStringList{u"vehicle.certificate.term"_s, u"vehicle.retirement.age"_s}));
}

void tst_CityRules::describeWordsAFindingFromTheRules()
{
    VehiclePermit p = goodPermit();
    p.seats = 7;
    p.wheelbaseMm = 2650;
    const QList<RuleFinding> found = m_rules->checkVehiclePermit(p, cst(QDate(2025, 3, 1)));
    QCOMPARE(ids(found), QStringList{u"vehicle.wheelbase.sevenSeats"_s});
    QCOMPARE(found.first().message,
             u"第十三条(三): wheelbase 2650 mm, must be >= 2700 mm (applies when seats is 7)"_s);
    // As the console receives it: worded from its own rules, whatever the platform wrote.
    RuleFinding received = found.first();
    received.message = u"platform wording"_s;
    QCOMPARE(m_rules->describe(received), found.first().message);
    // A rule this city does not have: the platform's message stays.
    received.ruleId = u"vehicle.colour"_s;
    QCOMPARE(m_rules->describe(received), u"platform wording"_s);
}

void tst_CityRules::loadsAFileByPath()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("rules.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(minimalFile());
    file.close();
    QString error;
    const auto rules = CityRules::load(file.fileName(), &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->rules().size(), 1);
    QVERIFY(rules->area(QStringLiteral("a")).contains(QGeoCoordinate(18.8, 109.5)));
    QVERIFY(!CityRules::load(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
}

void tst_CityRules::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    const QByteArray good = minimalFile();
    auto edit = [&](const char *from, const char *to) { return QByteArray(good).replace(from, to); };
    QTest::newRow("not json") << QByteArray("{") << u"not a JSON object"_s;
    QTest::newRow("format") << edit(R"("format":1)", R"("format":2)") << u"format:"_s;
    QTest::newRow("regionCode") << edit("469001", "46900") << u"regionCode:"_s;
    QTest::newRow("name") << edit(R"("name":"五指山市",)", "") << u"name:"_s;
    QTest::newRow("polygon") << edit("[109.4,18.7],[109.6,18.7],", "") << u"areas.a.polygon:"_s;
    QTest::newRow("polygon point") << edit("[109.6,18.7]", R"([109.6,"north"])") << u"areas.a.polygon[1]:"_s;
    QTest::newRow("area kind") << edit(R"({"polygon":)", R"({"shape":)") << u"areas.a:"_s;
    QTest::newRow("city file") << edit(R"({"polygon":[[109.4,18.7],[109.6,18.7],[109.6,18.9],[109.4,18.9]]})",
                                       R"({"cityFile":"460100"})")
                               << u"areas.a.cityFile:"_s;
    QTest::newRow("city key") << edit(R"({"polygon":[[109.4,18.7],[109.6,18.7],[109.6,18.9],[109.4,18.9]]})",
                                      R"({"cityFile":"469001","key":"centre"})")
                              << u"areas.a.key"_s;
    QTest::newRow("no rules") << edit(R"("rules":[)", R"("rulez":[)") << u"rules:"_s;
    QTest::newRow("rule not object") << edit(R"("rules":[)", R"("rules":[7,)") << u"rules[0]:"_s;
    QTest::newRow("rule key") << edit(R"("minInside":1)", R"("minInside":0)") << u"rules[0].minInside:"_s;
    QTest::newRow("unknown area") << edit(R"("area":"a")", R"("area":"b")") << u"rules[0].area:"_s;
    QTest::newRow("duplicate id")
        << edit(R"("rules":[)",
                R"("rules":[{"id":"trip","article":"x","subject":"dispatch","check":"false","fact":"f"},)")
        << u"rules[1].id:"_s;
}

void tst_CityRules::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QString error;
    QVERIFY(!CityRules::fromJson(json, &error));
    QVERIFY2(error.startsWith(key), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_CityRules)
#include "tst_cityrules.moc"
