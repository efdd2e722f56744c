#include "simulator/simulatedcity.h"
#include "simulator/simulatedcompany.h"
#include "simulator/syntheticids.h"

#include <QRegularExpression>
#include <QTest>

using namespace rw;

class tst_SimulatedCompany : public QObject
{
    Q_OBJECT

private:
    SimulatedCity m_city = *SimulatedCity::load(QStringLiteral("469001"), nullptr);
    const QDate m_today{2024, 6, 1};

    SimulatedCompany make(int index, int vehicles, double unlicensed = 0, double expired = 0,
                          double junior = 0, quint64 seed = 11)
    {
        CompanyGeneration params;
        params.index = index;
        params.vehicles = vehicles;
        params.drivers = vehicles + vehicles / 5;
        params.passengers = vehicles * 2;
        params.today = m_today;
        params.unlicensed = unlicensed;
        params.expired = expired;
        params.junior = junior;
        SimRandom rng(seed);
        SimRandom faults(seed + 1);
        QSet<QString> used;
        return SimulatedCompany::generate(m_city, params, rng, faults, used);
    }

private slots:
    void identity()
    {
        const SimulatedCompany c = make(0, 10);
        QVERIFY(QRegularExpression(QStringLiteral("^4690[0-9A-Z]{8}$")).match(c.companyId).hasMatch());
        QCOMPARE(c.identifier.size(), 18);
        QCOMPARE(SyntheticIds::socialCreditCheck(c.identifier.left(17)), c.identifier.at(17));
        QVERIFY(c.name.endsWith(QStringLiteral("有限公司")));
        QCOMPARE(c.address, 469001);
        QCOMPARE(c.encrypt, 1);
        QCOMPARE(make(1, 1).encrypt, 2);
        QVERIFY(make(1, 1).name != c.name);
        // Seed 002 Art. 11: four-year permit, valid today.
        QCOMPARE(c.permitStop, c.permitStart.addYears(4).addDays(-1));
        QVERIFY(c.permitStart <= m_today && m_today <= c.permitStop);
        QVERIFY(c.permitOrganization.contains(QStringLiteral("行政审批服务局")));
    }

    void vehiclesMeetArticle13()
    {
        const SimulatedCompany c = make(0, 300);
        QCOMPARE(c.vehicles.size(), 300);
        const QRegularExpression plate(QStringLiteral("^琼D[DF][0-9]{5}$"));
        QSet<QString> plates;
        for (const SimulatedVehicle &v : c.vehicles) {
            QVERIFY2(plate.match(v.plate).hasMatch(), qPrintable(v.plate));
            plates.insert(v.plate);
            QVERIFY(v.seats >= 5 && v.seats <= 7);                                           // Art. 13(一)
            QVERIFY(v.fuelType == QStringLiteral("C") || v.fuelType == QStringLiteral("O")); // new-energy
            QCOMPARE(v.plate.at(2) == QLatin1Char('D'), v.fuelType == QStringLiteral("C"));
            QCOMPARE(v.vin.size(), 17);
            QCOMPARE(SyntheticIds::vinCheck(v.vin), v.vin.at(8));
            QVERIFY(v.certifyDateB.addYears(8) > m_today);         // Art. 40: under 8 years
            QCOMPARE(v.transDateStop, v.certifyDateB.addYears(8)); // Art. 41
            QVERIFY(v.odometerKm > 0 && v.odometerKm < 600000);    // Art. 40
            QVERIFY(!v.certificate.isEmpty() && v.permitted && !v.expired && v.sendsBaseInfo);
            QCOMPARE(v.insurances.size(), 2);
            QVERIFY(!v.drivers.isEmpty());
        }
        QCOMPARE(plates.size(), 300);
    }

    void driversMeetArticle15()
    {
        const SimulatedCompany c = make(2, 200);
        QCOMPARE(c.drivers.size(), 240);
        const QRegularExpression phone(QStringLiteral("^1990[0-9]{7}$"));
        for (const SimulatedDriver &d : c.drivers) {
            QVERIFY(d.getLicenseDate.addYears(3) <= m_today); // Art. 15(一)
            const int age = d.birthday.daysTo(m_today) / 365;
            QVERIFY(age >= 25 && age <= (d.gender == QStringLiteral("1") ? 56 : 46)); // Art. 15(五)
            QVERIFY2(phone.match(d.phone).hasMatch(), qPrintable(d.phone));
            QCOMPARE(d.licenseId.size(), 18);
            QCOMPARE(d.licenseId.mid(6, 8), d.birthday.toString(QStringLiteral("yyyyMMdd")));
            QCOMPARE(SyntheticIds::idNumberCheck(d.licenseId.left(17)), d.licenseId.at(17));
            QVERIFY(d.proofOn <= m_today && m_today <= d.proofOff);
            QVERIFY(d.vehicle >= 0 && d.vehicle < c.vehicles.size());
            QVERIFY(!d.junior && d.permitted && !d.expired);
        }
    }

    void entityFaultsAtTheirRates()
    {
        const SimulatedCompany c = make(0, 2000, 0.1, 0.05, 0.2);
        int unlicensedVehicles = 0, ghosts = 0, expiredVehicles = 0, juniors = 0, unlicensedDrivers = 0;
        for (const SimulatedVehicle &v : c.vehicles) {
            unlicensedVehicles += v.permitted ? 0 : 1;
            ghosts += v.sendsBaseInfo ? 0 : 1;
            expiredVehicles += v.expired ? 1 : 0;
            if (!v.permitted)
                QVERIFY(v.certificate.isEmpty());
            if (v.expired)
                QVERIFY(v.transDateStop < m_today);
        }
        for (const SimulatedDriver &d : c.drivers) {
            unlicensedDrivers += d.permitted ? 0 : 1;
            juniors += d.junior ? 1 : 0;
            if (d.junior)
                QVERIFY(d.getLicenseDate.addYears(3) > m_today);
            if (d.expired)
                QVERIFY(d.proofOff < m_today);
        }
        // Binomial: 2000 × 0.1 = 200 ± 4σ (σ ≈ 13.4).
        QVERIFY2(qAbs(unlicensedVehicles - 200) < 54, qPrintable(QString::number(unlicensedVehicles)));
        QVERIFY(ghosts > 50 && ghosts < unlicensedVehicles);
        QVERIFY2(qAbs(expiredVehicles - 100) < 40, qPrintable(QString::number(expiredVehicles)));
        QVERIFY2(qAbs(unlicensedDrivers - 240) < 60, qPrintable(QString::number(unlicensedDrivers)));
        QVERIFY2(qAbs(juniors - 480) < 80, qPrintable(QString::number(juniors)));
    }

    void faultsDoNotChangeTheFleet()
    {
        const SimulatedCompany clean = make(0, 50);
        const SimulatedCompany faulty = make(0, 50, 0.3, 0.3, 0.3);
        QCOMPARE(faulty.companyId, clean.companyId);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(faulty.vehicles.at(i).plate, clean.vehicles.at(i).plate);
            QCOMPARE(faulty.vehicles.at(i).speedFactor, clean.vehicles.at(i).speedFactor);
            QCOMPARE(faulty.drivers.at(i).licenseId, clean.drivers.at(i).licenseId);
        }
    }

    void sameSeedSameCompany()
    {
        QCOMPARE(make(0, 20, 0, 0, 0, 5).vehicles.last().vin, make(0, 20, 0, 0, 0, 5).vehicles.last().vin);
        QVERIFY(make(0, 20, 0, 0, 0, 5).companyId != make(0, 20, 0, 0, 0, 6).companyId);
    }
};

QTEST_GUILESS_MAIN(tst_SimulatedCompany)
#include "tst_simulatedcompany.moc"
