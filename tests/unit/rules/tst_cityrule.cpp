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
