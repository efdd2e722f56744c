// DriverPermit: the birth date and gender Art. 15(五) is judged on come from the ID number.

#include "permits/driverpermit.h"
#include "permits/permitidentifiers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using rw::DriverPermit;
using rw::PermitIdentifiers;

class tst_DriverPermit : public QObject
{
    Q_OBJECT

private slots:
    void birthDateFromTheIdNumber()
    {
        DriverPermit p;
        const QString first17 = u"46900119650510123"_s;
        p.idNumber = first17 + PermitIdentifiers::idNumberCheck(first17);
        QCOMPARE(p.birthDate(), QDate(1965, 5, 10));
        p.idNumber = u"469001196505"_s; // not 18 characters: unknown
        QVERIFY(!p.birthDate().isValid());
    }

    void genderFromTheIdNumberFirst()
    {
        DriverPermit p;
        p.idNumber = u"469001197003201244"_s; // 17th character 4: a woman
        p.gender = u"1"_s;                    // as sent, contradicting it
        QCOMPARE(p.genderCode(), u"2"_s);
        p.idNumber = u"469001197003201234"_s; // 3: a man
        QCOMPARE(p.genderCode(), u"1"_s);
    }

    void genderFieldWhenTheIdNumberTellsNothing_data()
    {
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QString>("code");
        QTest::newRow("1") << u"1"_s << u"1"_s;
        QTest::newRow("2") << u"2"_s << u"2"_s;
        QTest::newRow("男") << u"男"_s << u"1"_s;
        QTest::newRow("女") << u"女"_s << u"2"_s;
        QTest::newRow("F") << u" F "_s << u"2"_s;
        QTest::newRow("male") << u"Male"_s << u"1"_s;
        QTest::newRow("9 unstated") << u"9"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void genderFieldWhenTheIdNumberTellsNothing()
    {
        QFETCH(QString, gender);
        QFETCH(QString, code);
        DriverPermit p;
        p.idNumber = u"unknown"_s;
        p.gender = gender;
        QCOMPARE(p.genderCode(), code);
    }
};

QTEST_GUILESS_MAIN(tst_DriverPermit)
#include "tst_driverpermit.moc"
