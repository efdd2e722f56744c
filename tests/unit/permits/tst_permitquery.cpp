// PermitQuery classifies and normalises a query; the platform's PermitSearch and the offline cache both use
// it, so the offline cache answers with the same queryClass and looks the query up in the same form.

#include "permits/permitquery.h"

#include "permits/permitsearch.h"

#include "../offline/offlinetestsupport.h"

#include <QTest>

using namespace rw;

class tst_PermitQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameClassAsThePlatform_data();
    void sameClassAsThePlatform();
    void normalised();
    void blindIndexForms();
};

void tst_PermitQuery::sameClassAsThePlatform_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    const QString id = offlinetest::idNumber(QStringLiteral("46900119900101123"));
    QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("plate") << QStringLiteral("琼DD12345") << QStringLiteral("plate");
    QTest::newRow("plate spaced, lower case") << QStringLiteral(" 琼 d·d12345 ") << QStringLiteral("plate");
    QTest::newRow("plate prefix") << QStringLiteral("琼D123") << QStringLiteral("platePrefix");
    QTest::newRow("id number") << id << QStringLiteral("idNumber");
    QTest::newRow("id number lower x") << QStringLiteral("11010519491231002x") << QStringLiteral("idNumber");
    QTest::newRow("id number bad check")
        << id.left(17) + (id.endsWith(u'1') ? u'2' : u'1') << QStringLiteral("certificate");
    QTest::newRow("vin") << offlinetest::vin(42) << QStringLiteral("vin");
    QTest::newRow("vin lower case") << offlinetest::vin(42).toLower() << QStringLiteral("vin");
    QTest::newRow("name") << QStringLiteral("张伟") << QStringLiteral("name");
    QTest::newRow("minority name") << QStringLiteral("买买提·艾力") << QStringLiteral("name");
    QTest::newRow("long han text") << QStringLiteral("五指山市示例出行") << QStringLiteral("company");
    QTest::newRow("company word") << QStringLiteral("滴滴出行") << QStringLiteral("company");
    QTest::newRow("latin company") << QStringLiteral("Example 科技") << QStringLiteral("company");
    QTest::newRow("certificate") << QStringLiteral("469001000001") << QStringLiteral("certificate");
    QTest::newRow("company id") << QStringLiteral("C1") << QStringLiteral("certificate");
}

void tst_PermitQuery::sameClassAsThePlatform()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const PermitQuery q = PermitQuery::parse(query);
    QCOMPARE(PermitQuery::classKey(q.queryClass), expected);
    QCOMPARE(PermitQuery::classKey(q.queryClass), PermitSearch::classKey(PermitSearch::classify(query)));
}

void tst_PermitQuery::normalised()
{
    QCOMPARE(PermitQuery::parse(u" 琼 d·d12345 ").normalised, QStringLiteral("琼DD12345"));
    QCOMPARE(PermitQuery::parse(u"11010519491231002x").normalised, QStringLiteral("11010519491231002X"));
    QCOMPARE(PermitQuery::parse(offlinetest::vin(7).toLower()).normalised, offlinetest::vin(7));
    QCOMPARE(PermitQuery::parse(u" 张伟 ").normalised, QStringLiteral("张伟"));
    QCOMPARE(PermitQuery::parse(u" 469001000001 ").normalised, QStringLiteral("469001000001"));
}

void tst_PermitQuery::blindIndexForms()
{
    QCOMPARE(PermitQuery::normaliseName(u" 买买提•艾力 "), QStringLiteral("买买提·艾力"));
    QCOMPARE(PermitQuery::normaliseName(u"张 伟"), QStringLiteral("张伟"));
    QCOMPARE(PermitQuery::normaliseNumber(u" 11010519491231002x "), QStringLiteral("11010519491231002X"));
}

QTEST_GUILESS_MAIN(tst_PermitQuery)
#include "tst_permitquery.moc"
