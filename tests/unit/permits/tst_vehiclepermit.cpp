#include "permits/vehiclepermit.h"

#include <QTest>

using rw::VehiclePermit;

class tst_VehiclePermit : public QObject
{
    Q_OBJECT

private slots:
    void expiryIsCappedAtEightYears()
    {
        // Seed 002 Art. 41: the certificate ends 8 years after the first registration, whatever it says.
        VehiclePermit p;
        p.firstRegistration = QDate(2018, 3, 15);
        p.validFrom = QDate(2018, 4, 1);
        p.validTo = QDate(2030, 1, 1);
        QCOMPARE(p.effectiveExpiry(), QDate(2026, 3, 14));
        QVERIFY(p.isValidOn(QDate(2026, 3, 14)));
        QVERIFY(!p.isValidOn(QDate(2026, 3, 15)));
        QVERIFY(!p.isValidOn(QDate(2018, 3, 31))); // before issue
    }

    void earlierValidToWins()
    {
        VehiclePermit p;
        p.firstRegistration = QDate(2020, 1, 1);
        p.validFrom = QDate(2020, 2, 1);
        p.validTo = QDate(2024, 1, 31);
        QCOMPARE(p.effectiveExpiry(), QDate(2024, 1, 31));
        QVERIFY(!p.isValidOn(QDate(2024, 2, 1)));
    }

    void unknownDates()
    {
        VehiclePermit p;
        QVERIFY(!p.effectiveExpiry().isValid());
        QVERIFY(!p.isValidOn(QDate(2024, 1, 1)));
        p.validTo = QDate(2025, 1, 1);
        QCOMPARE(p.effectiveExpiry(), QDate(2025, 1, 1));
    }
};

QTEST_GUILESS_MAIN(tst_VehiclePermit)
#include "tst_vehiclepermit.moc"
