#include "geo/datum.h"

#include <QTest>

using namespace rw;

class tst_Datum : public QObject
{
    Q_OBJECT

private slots:
    void encryptCodes()
    {
        // platform-interface.md §4: 1 GCJ-02, 2 WGS84, 3 BD-09, 4 CGCS2000, 0 other.
        QCOMPARE(datumFromEncrypt(1), Datum::Gcj02);
        QCOMPARE(datumFromEncrypt(2), Datum::Wgs84);
        QCOMPARE(datumFromEncrypt(3), Datum::Bd09);
        QCOMPARE(datumFromEncrypt(4), Datum::Cgcs2000);
        QCOMPARE(datumFromEncrypt(0), Datum::Unknown);
        QCOMPARE(datumFromEncrypt(5), Datum::Unknown);
        QCOMPARE(datumFromEncrypt(-1), Datum::Unknown);
        QCOMPARE(int(Datum::Cgcs2000), 4);
    }

    void wgs84LikeIsWgs84AndCgcs2000Only()
    {
        QVERIFY(isWgs84Like(Datum::Wgs84));
        QVERIFY(isWgs84Like(Datum::Cgcs2000));
        QVERIFY(!isWgs84Like(Datum::Gcj02));
        QVERIFY(!isWgs84Like(Datum::Bd09));
        QVERIFY(!isWgs84Like(Datum::Unknown));
    }

    void names()
    {
        QCOMPARE(datumName(Datum::Gcj02), QStringLiteral("GCJ-02"));
        QCOMPARE(datumName(Datum::Wgs84), QStringLiteral("WGS-84"));
        QCOMPARE(datumName(Datum::Bd09), QStringLiteral("BD-09"));
        QCOMPARE(datumName(Datum::Cgcs2000), QStringLiteral("CGCS2000"));
        QCOMPARE(datumName(Datum::Unknown), QStringLiteral("unknown datum"));
    }
};

QTEST_GUILESS_MAIN(tst_Datum)
#include "tst_datum.moc"
