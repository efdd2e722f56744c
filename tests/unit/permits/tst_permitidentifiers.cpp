#include "permits/permitidentifiers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using rw::PermitIdentifiers;

class tst_PermitIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void plates_data()
    {
        QTest::addColumn<QString>("plate");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ordinary") << u"琼D12345"_s << true;
        QTest::newRow("new energy small") << u"琼DD12345"_s << true;
        QTest::newRow("ordinary with a letter") << u"京AF0236"_s << true;
        QTest::newRow("new energy large") << u"粤B12345D"_s << true;
        QTest::newRow("six without D/F") << u"琼D123456"_s << false;
        QTest::newRow("no province") << u"DD12345"_s << false;
        QTest::newRow("unknown province") << u"港D12345"_s << false;
        QTest::newRow("letter I") << u"琼DI2345"_s << false;
        QTest::newRow("trailer") << u"琼D1234挂"_s << true;
        QTest::newRow("too short") << u"琼D1234"_s << false;
        QTest::newRow("lower case not normalised") << u"琼d12345"_s << false;
    }
    void plates()
    {
        QFETCH(QString, plate);
        QFETCH(bool, valid);
        QCOMPARE(PermitIdentifiers::isValidPlate(plate), valid);
    }

    void normalisesPlates()
    {
        QCOMPARE(PermitIdentifiers::normalisePlate(u" 琼 d·dＦ123-45 "), u"琼DDF12345"_s);
        QVERIFY(PermitIdentifiers::isPlatePrefix(u"琼D"));
        QVERIFY(PermitIdentifiers::isPlatePrefix(u"琼DD12"));
        QVERIFY(!PermitIdentifiers::isPlatePrefix(u"琼"));
        QVERIFY(!PermitIdentifiers::isPlatePrefix(u"张伟"));
    }

    void idNumbers()
    {
        // The worked example of GB 11643-1999.
        QVERIFY(PermitIdentifiers::isValidIdNumber(u"11010519491231002X"));
        QCOMPARE(PermitIdentifiers::idNumberCheck(u"11010519491231002"), QChar(u'X'));
        QVERIFY(!PermitIdentifiers::isValidIdNumber(u"110105194912310021")); // wrong check
        QVERIFY(!PermitIdentifiers::isValidIdNumber(u"11010519491231002x")); // lower-case x is not stored
        QVERIFY(!PermitIdentifiers::isValidIdNumber(u"1101051949123100"));   // short
        // 1949-02-30 is no date, even with a matching check character.
        const QString first17 = u"11010519490230002"_s;
        QVERIFY(!PermitIdentifiers::isValidIdNumber(first17 + PermitIdentifiers::idNumberCheck(first17)));
    }

    void birthDateAndGenderFromTheIdNumber()
    {
        // GB 11643-1999: characters 7–14 the birth date, the 17th odd for men and even for women.
        QCOMPARE(PermitIdentifiers::birthDateOf(u"11010519491231002X"), QDate(1949, 12, 31));
        QCOMPARE(PermitIdentifiers::genderCodeOf(u"11010519491231002X"), u"2"_s); // 2: even, a woman
        QCOMPARE(PermitIdentifiers::genderCodeOf(u"110105194912310011"), u"1"_s);
        QVERIFY(!PermitIdentifiers::birthDateOf(u"11010519490230002X").isValid()); // 30 February
        QVERIFY(!PermitIdentifiers::birthDateOf(u"1101051949123100").isValid());   // short
        QVERIFY(!PermitIdentifiers::birthDateOf(u"110105194A1231002X").isValid());
        QVERIFY(PermitIdentifiers::genderCodeOf(u"1101051949123100").isEmpty());
        QVERIFY(PermitIdentifiers::genderCodeOf(u"1101051949123100X1").isEmpty());
    }

    void vins()
    {
        // The well-known example VIN with check digit X (ISO 3779 / GB 16735 algorithm).
        QVERIFY(PermitIdentifiers::isValidVin(u"1M8GDM9AXKP042788"));
        QVERIFY(!PermitIdentifiers::isValidVin(u"1M8GDM9A1KP042788"));
        QVERIFY(!PermitIdentifiers::isValidVin(u"1M8GDM9AXKP04278"));
        QVERIFY(PermitIdentifiers::vinCheck(u"1M8GDM9AXKP04278O").isNull()); // O is not allowed
    }

    void regionCodes()
    {
        QVERIFY(PermitIdentifiers::isRegionCode(u"469001"));
        QVERIFY(!PermitIdentifiers::isRegionCode(u"069001"));
        QVERIFY(!PermitIdentifiers::isRegionCode(u"46900"));
        QVERIFY(!PermitIdentifiers::isRegionCode(u"46900a"));
    }
};

QTEST_GUILESS_MAIN(tst_PermitIdentifiers)
#include "tst_permitidentifiers.moc"
