#include "security/regionscope.h"

#include <QTest>

using namespace rw;

class tst_RegionScope : public QObject
{
    Q_OBJECT

private slots:
    void codeHelpers();
    void levels();
    void invalidCodes_data();
    void invalidCodes();
    void covers_data();
    void covers();
    void coversScopes();
    void noneCoversNothing();
};

void tst_RegionScope::codeHelpers()
{
    QCOMPARE(RegionScope::provinceOf(u"469001"), QStringLiteral("460000"));
    QCOMPARE(RegionScope::provinceOf(u"460105"), QStringLiteral("460000"));
    QCOMPARE(RegionScope::prefectureOf(u"460105"), QStringLiteral("460100"));
    QCOMPARE(RegionScope::prefectureOf(u"469001"), QStringLiteral("469000"));
    QCOMPARE(RegionScope::provinceOf(u"4600"), QString());
    QVERIFY(RegionScope::isProvinceGovernedCounty(u"469001")); // 五指山市
    QVERIFY(RegionScope::isProvinceGovernedCounty(u"429004")); // 仙桃市
    QVERIFY(!RegionScope::isProvinceGovernedCounty(u"460105"));
    QVERIFY(!RegionScope::isProvinceGovernedCounty(u"469000"));
    QVERIFY(RegionScope::isMunicipality(u"110000"));
    QVERIFY(RegionScope::isMunicipality(u"500101"));
    QVERIFY(!RegionScope::isMunicipality(u"460000"));
}

void tst_RegionScope::levels()
{
    QCOMPARE(RegionScope::levelOf(u"460000"), RegionScope::Level::Province);
    QCOMPARE(RegionScope::levelOf(u"460100"), RegionScope::Level::Prefecture);
    QCOMPARE(RegionScope::levelOf(u"460105"), RegionScope::Level::County);
    QCOMPARE(RegionScope::levelOf(u"469001"), RegionScope::Level::County);
    QCOMPARE(RegionScope::levelOf(u"46000"), RegionScope::Level::None);
    const RegionScope scope = RegionScope::fromCode(u"469001");
    QCOMPARE(scope.level(), RegionScope::Level::County);
    QCOMPARE(scope.code(), QStringLiteral("469001"));
    QVERIFY(!scope.isNone());
}

void tst_RegionScope::invalidCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("five digits") << QStringLiteral("46900");
    QTest::newRow("seven digits") << QStringLiteral("4690011");
    QTest::newRow("leading zero") << QStringLiteral("069001");
    QTest::newRow("letter") << QStringLiteral("46900A");
    QTest::newRow("full-width digits") << QStringLiteral("４６９００１");
}

void tst_RegionScope::invalidCodes()
{
    QFETCH(QString, code);
    QString error;
    const RegionScope scope = RegionScope::fromCode(code, &error);
    QVERIFY(scope.isNone());
    QVERIFY2(error.contains(QStringLiteral("GB/T 2260")) && error.contains(u'"' + code + u'"'),
             qPrintable(error));
    QVERIFY(!RegionScope::isValidCode(code));
}

void tst_RegionScope::covers_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("covered");
    // A province covers all its cities and counties, including those it governs directly.
    QTest::newRow("Hainan ⊇ Wuzhishan") << QStringLiteral("460000") << QStringLiteral("469001") << true;
    QTest::newRow("Hainan ⊇ Haikou") << QStringLiteral("460000") << QStringLiteral("460100") << true;
    QTest::newRow("Hainan ⊇ Xiuying") << QStringLiteral("460000") << QStringLiteral("460105") << true;
    QTest::newRow("Hainan ⊇ Hainan") << QStringLiteral("460000") << QStringLiteral("460000") << true;
    QTest::newRow("Hainan ⊉ Guangdong") << QStringLiteral("460000") << QStringLiteral("440100") << false;
    QTest::newRow("Hainan ⊉ Xiantao") << QStringLiteral("460000") << QStringLiteral("429004") << false;
    // A prefecture-level city covers itself and its districts.
    QTest::newRow("Haikou ⊇ Xiuying") << QStringLiteral("460100") << QStringLiteral("460105") << true;
    QTest::newRow("Haikou ⊇ Meilan") << QStringLiteral("460100") << QStringLiteral("460108") << true;
    QTest::newRow("Haikou ⊇ Haikou") << QStringLiteral("460100") << QStringLiteral("460100") << true;
    QTest::newRow("Haikou ⊉ Sanya") << QStringLiteral("460100") << QStringLiteral("460200") << false;
    QTest::newRow("Haikou ⊉ Sanya district") << QStringLiteral("460100") << QStringLiteral("460202") << false;
    QTest::newRow("Haikou ⊉ Wuzhishan") << QStringLiteral("460100") << QStringLiteral("469001") << false;
    QTest::newRow("Haikou ⊉ Hainan") << QStringLiteral("460100") << QStringLiteral("460000") << false;
    // A county-level city governed by the province covers itself only.
    QTest::newRow("Wuzhishan ⊇ Wuzhishan") << QStringLiteral("469001") << QStringLiteral("469001") << true;
    QTest::newRow("Wuzhishan ⊉ Qionghai") << QStringLiteral("469001") << QStringLiteral("469002") << false;
    QTest::newRow("Wuzhishan ⊉ Hainan") << QStringLiteral("469001") << QStringLiteral("460000") << false;
    QTest::newRow("Wuzhishan ⊉ 469000") << QStringLiteral("469001") << QStringLiteral("469000") << false;
    // Town and village codes (GB/T 10114) by their first six digits.
    QTest::newRow("Wuzhishan ⊇ a town (9)")
        << QStringLiteral("469001") << QStringLiteral("469001100") << true;
    QTest::newRow("Wuzhishan ⊇ a village (12)")
        << QStringLiteral("469001") << QStringLiteral("469001100001") << true;
    QTest::newRow("Hainan ⊇ a village") << QStringLiteral("460000") << QStringLiteral("469001100001") << true;
    QTest::newRow("Wuzhishan ⊉ a Qionghai town")
        << QStringLiteral("469001") << QStringLiteral("469002101") << false;
    // Garbage is never covered.
    QTest::newRow("Hainan ⊉ 46") << QStringLiteral("460000") << QStringLiteral("46") << false;
    QTest::newRow("Hainan ⊉ 4601xx") << QStringLiteral("460000") << QStringLiteral("4601xx") << false;
    QTest::newRow("Hainan ⊉ 8 digits") << QStringLiteral("460000") << QStringLiteral("46010000") << false;
    QTest::newRow("Hainan ⊉ 12 with letter")
        << QStringLiteral("460000") << QStringLiteral("46900110000X") << false;
}

void tst_RegionScope::covers()
{
    QFETCH(QString, scope);
    QFETCH(QString, region);
    QFETCH(bool, covered);
    QCOMPARE(RegionScope::fromCode(scope).covers(region), covered);
}

void tst_RegionScope::coversScopes()
{
    const RegionScope hainan = RegionScope::fromCode(u"460000");
    const RegionScope haikou = RegionScope::fromCode(u"460100");
    const RegionScope wuzhishan = RegionScope::fromCode(u"469001");
    QVERIFY(hainan.covers(haikou));
    QVERIFY(hainan.covers(wuzhishan));
    QVERIFY(hainan.covers(hainan));
    QVERIFY(!haikou.covers(hainan));
    QVERIFY(!wuzhishan.covers(hainan));
    QVERIFY(!haikou.covers(wuzhishan));
    QVERIFY(!hainan.covers(RegionScope()));
}

void tst_RegionScope::noneCoversNothing()
{
    const RegionScope none;
    QVERIFY(none.isNone());
    QCOMPARE(none.level(), RegionScope::Level::None);
    QVERIFY(!none.covers(u"469001"));
    QVERIFY(!none.covers(u"460000"));
}

QTEST_GUILESS_MAIN(tst_RegionScope)
#include "tst_regionscope.moc"
