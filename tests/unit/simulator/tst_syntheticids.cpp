#include "simulator/syntheticids.h"

#include <QRegularExpression>
#include <QTest>

using namespace rw;

class tst_SyntheticIds : public QObject
{
    Q_OBJECT

private slots:
    void checkCharactersOfPublishedExamples()
    {
        // The standards' own examples.
        QCOMPARE(SyntheticIds::socialCreditCheck(u"91350100M000100Y4"), QLatin1Char('3'));
        QCOMPARE(SyntheticIds::idNumberCheck(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(SyntheticIds::vinCheck(u"1M8GDM9AXKP042788"), QLatin1Char('X'));
    }

    void socialCreditCodes()
    {
        SimRandom rng(1);
        for (int i = 0; i < 200; ++i) {
            const QString code = SyntheticIds::socialCreditCode(469001, rng);
            QCOMPARE(code.size(), 18);
            QVERIFY(code.startsWith(QStringLiteral("91469001")));
            QCOMPARE(SyntheticIds::socialCreditCheck(code.left(17)), code.at(17));
        }
    }

    void idNumbers()
    {
        const QString male = SyntheticIds::idNumber(469001, QDate(1985, 3, 9), 123, true);
        QCOMPARE(male.size(), 18);
        QVERIFY(male.startsWith(QStringLiteral("46900119850309")));
        QCOMPARE(male.at(16).digitValue() % 2, 1);
        QCOMPARE(SyntheticIds::idNumberCheck(male.left(17)), male.at(17));
        const QString female = SyntheticIds::idNumber(469001, QDate(1990, 12, 31), 123, false);
        QCOMPARE(female.at(16).digitValue() % 2, 0);
    }

    void vinsAndImeis()
    {
        SimRandom rng(7);
        for (int i = 0; i < 100; ++i) {
            const QString vin = SyntheticIds::vin(u"LGX", 2022, rng);
            QCOMPARE(vin.size(), 17);
            QVERIFY(!vin.contains(QRegularExpression(QStringLiteral("[IOQ]"))));
            QCOMPARE(vin.at(9), QLatin1Char('N')); // model year 2022
            QCOMPARE(SyntheticIds::vinCheck(vin), vin.at(8));
            const QString imei = SyntheticIds::imei(rng);
            QCOMPARE(imei.size(), 15);
            int sum = 0;
            for (int k = 0; k < 15; ++k) {
                int d = imei.at(k).digitValue();
                if (k % 2 == 1)
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                sum += d;
            }
            QCOMPARE(sum % 10, 0);
        }
    }

    void companyIdsAndPhones()
    {
        SimRandom rng(3);
        const QRegularExpression id(QStringLiteral("^4690[0-9A-Z]{8}$"));
        for (int i = 0; i < 50; ++i)
            QVERIFY(id.match(SyntheticIds::companyId(u"4690", rng)).hasMatch());
        QCOMPARE(SyntheticIds::phone(0, 2, 42), QStringLiteral("19902000042"));
    }
};

QTEST_GUILESS_MAIN(tst_SyntheticIds)
#include "tst_syntheticids.moc"
