// CityRule: parsing one rule of a rules file; every refusal names the key.

#include "rules/cityrule.h"

#include <QJsonDocument>
#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

class tst_CityRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEachKindOfCheck();
    void parsesThePermitChecks();
    void sourcesAndConditions();
    void refusals_data();
    void refusals();
};

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void tst_CityRule::parsesEachKindOfCheck()
{
    QString error;
    auto r = CityRule::fromJson(object(R"J({"id":"vehicle.retirement.mileage","article":"第四十条",
        "subject":"vehicle","check":"threshold","fact":"odometerKm","operator":"<","limit":600000,"unit":"km"})J"),
                                0, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->subject, RuleSubject::Vehicle);
    QCOMPARE(r->check, RuleCheck::Threshold);
    QCOMPARE(r->op, QStringLiteral("<"));
    QCOMPARE(r->limit, 600000.0);
    QCOMPARE(r->unit, QStringLiteral("km"));

    r = CityRule::fromJson(object(R"J({"id":"a","article":"第四十一条","subject":"vehicle","check":"period",
        "fact":"firstRegistration","years":8,"ends":"afterAnniversary"})J"),
                           1, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->years, 8);
    QVERIFY(!r->endsOnAnniversary);

    r = CityRule::fromJson(object(R"J({"id":"t","article":"第二十二条","subject":"trip","check":"endsInArea",
        "area":"operatingArea","minInside":1})J"),
                           2, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->subject, RuleSubject::Trip);
    QCOMPARE(r->area, QStringLiteral("operatingArea"));
    QCOMPARE(r->minInside, 1);

    r = CityRule::fromJson(
        object(
            R"J({"id":"d","article":"第二十六条(一)","subject":"dispatch","check":"false","fact":"driverCarrying"})J"),
        3, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->subject, RuleSubject::Dispatch);
    QCOMPARE(CityRule::checkKey(r->check), QStringLiteral("false"));
    QCOMPARE(CityRule::subjectKey(RuleSubject::Driver), QStringLiteral("driver"));
}

void tst_CityRule::parsesThePermitChecks()
{
    QString error;
    auto r = CityRule::fromJson(object(R"J({"id":"vehicle.seats","article":"第十三条(一)","subject":"vehicle",
        "source":"permit","check":"between","fact":"seats","min":5,"max":7})J"),
                                0, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->check, RuleCheck::Between);
    QCOMPARE(r->min, 5.0);
    QCOMPARE(r->max, 7.0);

    r = CityRule::fromJson(object(R"J({"id":"f","article":"第十三条(一)","subject":"vehicle","check":"oneOf",
        "fact":"fuelType","values":["C","O"]})J"),
                           1, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->values, (QStringList{u"C"_s, u"O"_s}));

    r = CityRule::fromJson(
        object(R"J({"id":"x","article":"第十五条(一)","subject":"driver","check":"minYears",
        "fact":"licenceFirstIssue","years":3})J"),
        2, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->check, RuleCheck::MinYears);
    QCOMPARE(r->years, 3);

    r = CityRule::fromJson(
        object(R"J({"id":"a","article":"第十五条(五)","subject":"driver","check":"belowAge",
        "fact":"birthDate","age":{"years":60,"raisedFrom":"1965-01","everyMonths":4,"byMonths":1,"upToYears":63}})J"),
        3, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->age.years, 60);
    QCOMPARE(r->age.raisedFrom, QDate(1965, 1, 1));
    QCOMPARE(r->age.everyMonths, 4);
    QCOMPARE(r->age.byMonths, 1);
    QCOMPARE(r->age.upToYears, 63);

    r = CityRule::fromJson(object(R"J({"id":"a","article":"x","subject":"driver","check":"belowAge",
        "fact":"birthDate","age":{"years":60}})J"),
                           4, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(!r->age.raisedFrom.isValid());
    QCOMPARE(r->age.ageMonths(QDate(1990, 1, 1)), 720);
}

void tst_CityRule::sourcesAndConditions()
{
    QString error;
    // No source: the uploads (every rule written before permits had rules).
    auto r = CityRule::fromJson(
        object(
            R"J({"id":"a","article":"第十八条","subject":"vehicle","check":"present","fact":"baseInfo"})J"),
        0, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->appliesTo(RuleSource::Upload));
    QVERIFY(!r->appliesTo(RuleSource::Permit));
    QVERIFY(r->when.isEmpty());

    r = CityRule::fromJson(
        object(R"J({"id":"a","article":"x","subject":"vehicle","source":["upload","permit"],
        "check":"false","fact":"badRecord"})J"),
        0, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->appliesTo(RuleSource::Upload));
    QVERIFY(r->appliesTo(RuleSource::Permit));

    r = CityRule::fromJson(
        object(R"J({"id":"w","article":"第十三条(三)","subject":"vehicle","source":"permit",
        "when":{"fact":"seats","equals":7},"check":"threshold","fact":"wheelbaseMm","operator":">=","limit":2700})J"),
        0, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(!r->appliesTo(RuleSource::Upload));
    QCOMPARE(r->when.size(), 1);
    QCOMPARE(r->when.first().fact, u"seats"_s);
    QCOMPARE(r->when.first().op, CityRule::Condition::Op::Equals);
    QCOMPARE(r->when.first().values.first().toInt(), 7);

    r = CityRule::fromJson(object(R"J({"id":"w","article":"x","subject":"driver","when":[
        {"fact":"gender","notEquals":"2"},{"fact":"driverType","oneOf":["C1","C2",true]}],
        "check":"false","fact":"f"})J"),
                           0, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->when.size(), 2);
    QCOMPARE(r->when.at(0).op, CityRule::Condition::Op::NotEquals);
    QCOMPARE(r->when.at(1).op, CityRule::Condition::Op::OneOf);
    QCOMPARE(r->when.at(1).values.size(), 3);
    RuleFacts facts;
    facts.set(u"gender"_s, u"1"_s).set(u"driverType"_s, u"C2"_s);
    QVERIFY(r->applies(facts));
    facts.set(u"gender"_s, 2); // a number equals the text "2"
    QVERIFY(!r->applies(facts));
    QCOMPARE(CityRule::sourceKey(RuleSource::Permit), u"permit"_s);
    QCOMPARE(CityRule::checkKey(RuleCheck::BelowAge), u"belowAge"_s);
}

void tst_CityRule::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("no id") << QByteArray(
                                  R"J({"article":"x","subject":"vehicle","check":"present","fact":"f"})J")
                           << u"rules[4].id"_s;
    QTest::newRow("no article") << QByteArray(
                                       R"J({"id":"a","subject":"vehicle","check":"present","fact":"f"})J")
                                << u"rules[4].article"_s;
    QTest::newRow("subject")
        << QByteArray(R"J({"id":"a","article":"x","subject":"boat","check":"present","fact":"f"})J")
        << u"rules[4].subject"_s;
    QTest::newRow("check")
        << QByteArray(R"J({"id":"a","article":"x","subject":"vehicle","check":"maybe","fact":"f"})J")
        << u"rules[4].check"_s;
    QTest::newRow("fact") << QByteArray(R"J({"id":"a","article":"x","subject":"vehicle","check":"present"})J")
                          << u"rules[4].fact"_s;
    QTest::newRow("years")
        << QByteArray(
               R"J({"id":"a","article":"x","subject":"vehicle","check":"period","fact":"f","years":8.5,"ends":"onAnniversary"})J")
        << u"rules[4].years"_s;
    QTest::newRow("ends")
        << QByteArray(
               R"J({"id":"a","article":"x","subject":"vehicle","check":"period","fact":"f","years":8,"ends":"later"})J")
        << u"rules[4].ends"_s;
    QTest::newRow("operator")
        << QByteArray(
               R"J({"id":"a","article":"x","subject":"vehicle","check":"threshold","fact":"f","operator":"=","limit":1})J")
        << u"rules[4].operator"_s;
    QTest::newRow("limit")
        << QByteArray(
               R"J({"id":"a","article":"x","subject":"vehicle","check":"threshold","fact":"f","operator":"<","limit":"600000"})J")
        << u"rules[4].limit"_s;
    QTest::newRow("area")
        << QByteArray(R"J({"id":"a","article":"x","subject":"trip","check":"endsInArea","minInside":1})J")
        << u"rules[4].area"_s;
    QTest::newRow("minInside")
        << QByteArray(
               R"J({"id":"a","article":"x","subject":"trip","check":"endsInArea","area":"a","minInside":3})J")
        << u"rules[4].minInside"_s;

    // The permit checks and the keys every rule may have.
    auto rule = [](const char *rest) {
        return QByteArray(R"J({"id":"a","article":"x","subject":"vehicle",)J") + rest + '}';
    };
    QTest::newRow("source") << rule(R"J("source":"registry","check":"false","fact":"f")J")
                            << u"rules[4].source"_s;
    QTest::newRow("source empty") << rule(R"J("source":[],"check":"false","fact":"f")J")
                                  << u"rules[4].source"_s;
    QTest::newRow("source[1]") << rule(R"J("source":["permit",7],"check":"false","fact":"f")J")
                               << u"rules[4].source[1]"_s;
    QTest::newRow("when not object") << rule(R"J("when":"seats=7","check":"false","fact":"f")J")
                                     << u"rules[4].when"_s;
    QTest::newRow("when.fact") << rule(R"J("when":{"equals":7},"check":"false","fact":"f")J")
                               << u"rules[4].when.fact"_s;
    QTest::newRow("when no operator")
        << rule(R"J("when":{"fact":"seats"},"check":"false","fact":"f")J") << u"rules[4].when"_s;
    QTest::newRow("when two operators")
        << rule(R"J("when":{"fact":"seats","equals":7,"notEquals":5},"check":"false","fact":"f")J")
        << u"rules[4].when"_s;
    QTest::newRow("when.equals")
        << rule(R"J("when":{"fact":"seats","equals":[7]},"check":"false","fact":"f")J")
        << u"rules[4].when.equals"_s;
    QTest::newRow("when.notEquals")
        << rule(R"J("when":{"fact":"seats","notEquals":null},"check":"false","fact":"f")J")
        << u"rules[4].when.notEquals"_s;
    QTest::newRow("when.oneOf") << rule(R"J("when":{"fact":"seats","oneOf":[]},"check":"false","fact":"f")J")
                                << u"rules[4].when.oneOf"_s;
    QTest::newRow("when.oneOf[1]")
        << rule(R"J("when":{"fact":"seats","oneOf":[5,{"x":1}]},"check":"false","fact":"f")J")
        << u"rules[4].when.oneOf[1]"_s;
    QTest::newRow("when[1].fact")
        << rule(R"J("when":[{"fact":"seats","equals":7},{"fact":"","equals":1}],"check":"false","fact":"f")J")
        << u"rules[4].when[1].fact"_s;
    QTest::newRow("min") << rule(R"J("check":"between","fact":"seats","max":7)J") << u"rules[4].min"_s;
    QTest::newRow("max") << rule(R"J("check":"between","fact":"seats","min":5,"max":"7")J")
                         << u"rules[4].max"_s;
    QTest::newRow("max below min") << rule(R"J("check":"between","fact":"seats","min":7,"max":5)J")
                                   << u"rules[4].max"_s;
    QTest::newRow("values") << rule(R"J("check":"oneOf","fact":"fuelType","values":[])J")
                            << u"rules[4].values"_s;
    QTest::newRow("values[1]") << rule(R"J("check":"oneOf","fact":"fuelType","values":["C",3])J")
                               << u"rules[4].values[1]"_s;
    QTest::newRow("minYears years") << rule(R"J("check":"minYears","fact":"d","years":0)J")
                                    << u"rules[4].years"_s;
    QTest::newRow("age") << rule(R"J("check":"belowAge","fact":"birthDate","age":60)J") << u"rules[4].age"_s;
    QTest::newRow("age.years") << rule(R"J("check":"belowAge","fact":"birthDate","age":{"years":"60"})J")
                               << u"rules[4].age.years"_s;
    QTest::newRow("age.raisedFrom")
        << rule(
               R"J("check":"belowAge","fact":"birthDate","age":{"years":60,"raisedFrom":"1965-13","everyMonths":4,"byMonths":1,"upToYears":63})J")
        << u"rules[4].age.raisedFrom"_s;
    QTest::newRow("age.everyMonths")
        << rule(
               R"J("check":"belowAge","fact":"birthDate","age":{"years":60,"raisedFrom":"1965-01","byMonths":1,"upToYears":63})J")
        << u"rules[4].age.everyMonths"_s;
    QTest::newRow("age.byMonths")
        << rule(
               R"J("check":"belowAge","fact":"birthDate","age":{"years":60,"raisedFrom":"1965-01","everyMonths":4,"byMonths":0,"upToYears":63})J")
        << u"rules[4].age.byMonths"_s;
    QTest::newRow("age.upToYears")
        << rule(
               R"J("check":"belowAge","fact":"birthDate","age":{"years":60,"raisedFrom":"1965-01","everyMonths":4,"byMonths":1,"upToYears":59})J")
        << u"rules[4].age.upToYears"_s;
}

void tst_CityRule::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QString error;
    QVERIFY(!CityRule::fromJson(QJsonDocument::fromJson(json).object(), 4, &error));
    QVERIFY2(error.startsWith(key + QStringLiteral(": ")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_CityRule)
#include "tst_cityrule.moc"
