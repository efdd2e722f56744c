// CityRules: the built-in Wuzhishan rules (seed 002) loaded from resources/rules/469001.json with the
// operating area of resources/cities/469001.json, their findings at the boundaries, and refusals of
// bad files naming the key.

#include "geo/coordinatetransform.h"
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
