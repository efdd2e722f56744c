#include "permits/permitstore.h"
#include "permits/reconciliation.h"
#include "permittestsupport.h"
#include "simulator/trafficmodel.h"
#include "storage/recordstore.h"

#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::test;

namespace {

const QDateTime kStart(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc());

/** Stores the simulator's records of the interfaces reconciliation reads, as the intake would. */
bool storeRecords(Database &db, const QList<SimRecord> &records, qint64 receivedMs)
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    RecordStore store(db, catalogue);
    for (const SimRecord &r : records) {
        if (!r.isClean() ||
            !QStringList{u"baseInfoVehicle"_s, u"baseInfoDriver"_s, u"positionVehicle"_s, u"positionDriver"_s}
                 .contains(r.ipcType))
            continue;
        const InterfaceSpec *spec = catalogue->byIpcType(r.ipcType);
        Record record = makeRecord(*spec);
        for (auto it = r.fields.begin(); it != r.fields.end(); ++it)
            record.setValue(it.key(), it.value().toVariant());
        IngestBatch batch;
        batch.companyId = r.fields.value(u"CompanyId"_s).toString();
        batch.spec = spec;
        batch.receivedMs = receivedMs;
        batch.accepted.append({record, 0, r.businessTime});
        if (!store.store(batch).ok())
            return false;
    }
    return true;
}

} // namespace

class tst_Reconciliation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};

private slots:
    void findsTheSimulatorsFaults()
    {
        QString error;
        const auto city = SimulatedCity::load(u"469001"_s, &error);
        QVERIFY2(city, qPrintable(error));
        SimulatorConfig config;
        config.companies = 3;
        config.vehiclesPerCompany = 25;
        config.seed = 11;
        config.faults = *FaultPlan::parse(u"unlicensed=0.12,expired=0.12"_s);
        TrafficModel model(config, *city, kStart);
        const QList<SimRecord> records = model.advanceBy(900);

        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"r.db"_s)));
        QVERIFY(storeRecords(db, records, kStart.toMSecsSinceEpoch() + 1000));

        // The city's 运政 feed: what the city issued (unlicensed vehicles and drivers have nothing).
        PermitStore store(db, m_clock);
        QList<VehiclePermit> vehicles;
        QList<DriverPermit> drivers;
        for (const CityPermit &p : model.cityPermits()) {
            if (p.kind == CityPermit::Kind::Vehicle)
                vehicles.append(vehicle(p.number, p.key, p.companyId, p.validTo));
            else if (p.kind == CityPermit::Kind::Driver)
                drivers.append(driver(p.number, u"某某"_s, p.key, p.companyId, p.validTo));
            if (p.kind != CityPermit::Kind::Company) {
                (p.kind == CityPermit::Kind::Vehicle ? vehicles.last().validFrom : drivers.last().validFrom) =
                    p.validFrom;
            }
        }
        for (VehiclePermit &v : vehicles)
            v.firstRegistration = v.validFrom; // the 8-year limit is not what this test is about
        QVERIFY(store.import(batchOf(vehicles), {}));
        QVERIFY(store.import(batchOf(drivers), {}));

        // What reconciliation must find, from the simulator's own flags.
        QSet<QString> expected;
        QSet<QString> expectedOnRoad; // unlicensed and never registered, but sending positions
        QSet<QString> seenOnRoad;
        for (const SimRecord &r : records) {
            if (r.ipcType == u"positionVehicle" && r.isClean())
                seenOnRoad.insert(u"V "_s + r.fields.value(u"VehicleNo"_s).toString());
            if (r.ipcType == u"positionDriver" && r.isClean())
                seenOnRoad.insert(u"D "_s + r.fields.value(u"LicenseId"_s).toString());
        }
        int faults = 0;
        for (const SimulatedCompany &c : model.companies()) {
            for (const SimulatedVehicle &v : c.vehicles) {
                const QString key = u"V "_s + v.plate;
                if (!v.permitted || v.expired)
                    ++faults;
                if (v.sendsBaseInfo && !v.permitted)
                    expected.insert(key + u" noPermit"_s);
                else if (v.sendsBaseInfo && v.expired)
                    expected.insert(key + u" expired"_s);
                else if (!v.sendsBaseInfo && seenOnRoad.contains(key))
                    expectedOnRoad.insert(key + u" noPermit"_s);
            }
            for (const SimulatedDriver &d : c.drivers) {
                const QString key = u"D "_s + d.licenseId;
                if (d.sendsBaseInfo && !d.permitted)
                    expected.insert(key + u" noPermit"_s);
                else if (d.sendsBaseInfo && d.expired)
                    expected.insert(key + u" expired"_s);
                else if (!d.sendsBaseInfo && !d.permitted && seenOnRoad.contains(key))
                    expectedOnRoad.insert(key + u" noPermit"_s);
            }
        }
        QVERIFY2(faults >= 5, "the fault plan should have spoiled several vehicles");
        QVERIFY(!expected.isEmpty());

        const auto found = [](const Reconciliation::Result &result) {
            QSet<QString> keys;
            for (const PermitMismatch &m : result.mismatches) {
                keys.insert((m.subject == PermitMismatch::Subject::Vehicle ? u"V "_s : u"D "_s) + m.key +
                            u' ' + Reconciliation::problemKey(m.problem));
                if (m.reason.isEmpty())
                    qWarning("a mismatch without a reason");
            }
            return keys;
        };

        Reconciliation reconciliation(db);
        Reconciliation::Options options;
        options.today = kStart.date();
        Reconciliation::Result result = reconciliation.run(options);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
        QCOMPARE(found(result), expected);
        QVERIFY(result.vehiclesChecked > 0 && result.driversChecked > 0);
        for (const PermitMismatch &m : result.mismatches) {
            QVERIFY(m.inBaseInfo);
            QVERIFY2(m.reason.contains(m.companyId), qPrintable(m.reason));
            if (m.problem == PermitMismatch::Problem::Expired)
                QVERIFY(m.permitExpiry < options.today);
        }

        // Looking at the road too: cars and drivers never registered but driving are found as well.
        options.onlineSinceMs = kStart.toMSecsSinceEpoch();
        result = reconciliation.run(options);
        QCOMPARE(found(result), expected + expectedOnRoad);
        for (const PermitMismatch &m : result.mismatches) {
            if (!m.inBaseInfo)
                QVERIFY(m.lastSeenMs > 0);
        }

        // Scope and company filters.
        options.onlineSinceMs = 0;
        options.scope = RegionScope::fromCode(u"110000");
        QCOMPARE(reconciliation.run(options).mismatches.size(), 0);
        options.scope = RegionScope::fromCode(u"460000");
        QCOMPARE(found(reconciliation.run(options)), expected);
        options.companyId = model.companies().at(0).companyId;
        for (const PermitMismatch &m : reconciliation.run(options).mismatches)
            QCOMPARE(m.companyId, options.companyId);
    }

    void otherCompanyAndCertificates()
    {
        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"o.db"_s)));
        PermitStore store(db, m_clock);
        QVERIFY(store.import(batchOf(QList{vehicle(u"CERT-A"_s, u"琼DD00001"_s, u"CO2"_s),
                                           vehicle(u"CERT-B"_s, u"琼DD00002"_s, u"CO1"_s),
                                           vehicle(u"CERT-C"_s, u"琼DD00003"_s, u"CO1"_s)}),
                             {}));
        // Company CO1's base-info: a car whose permit is CO2's, one naming a wrong number, one naming
        // another car's certificate while it has none itself.
        QList<SimRecord> records;
        const auto baseInfo = [&](const QString &plate, const QString &certificate) {
            SimRecord r;
            r.ipcType = u"baseInfoVehicle"_s;
            r.fields = QJsonObject{{u"CompanyId"_s, u"CO1"_s},
                                   {u"Address"_s, 469001},
                                   {u"VehicleNo"_s, plate},
                                   {u"Certificate"_s, certificate},
                                   {u"Flag"_s, 1}};
            records.append(r);
        };
        baseInfo(u"琼DD00001"_s, u"CERT-A"_s);
        baseInfo(u"琼DD00002"_s, u"CERT-X"_s);
        baseInfo(u"琼DD00009"_s, u"CERT-C"_s);
        baseInfo(u"琼DD00003"_s, u"CERT-C"_s); // all well
        QVERIFY(storeRecords(db, records, 1));
        Reconciliation::Options options;
        options.today = QDate(2024, 6, 1);
        const Reconciliation::Result result = Reconciliation(db).run(options);
        QCOMPARE(result.mismatches.size(), 3);
        QCOMPARE(result.mismatches.at(0).problem, PermitMismatch::Problem::OtherCompany);
        QCOMPARE(result.mismatches.at(0).permitCompanyId, u"CO2"_s);
        QCOMPARE(result.mismatches.at(1).problem, PermitMismatch::Problem::CertificateMismatch);
        QVERIFY(result.mismatches.at(1).reason.contains(u"CERT-X"_s));
        QCOMPARE(result.mismatches.at(2).problem, PermitMismatch::Problem::CertificateOfAnother);
        QCOMPARE(result.mismatches.at(2).permitHolder, u"琼DD00003"_s);
    }

    void eightYearLimit()
    {
        // Seed 002 Art. 40–41: the certificate says 2030, but the car was first registered in 2016.
        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"e.db"_s)));
        PermitStore store(db, m_clock);
        VehiclePermit old = vehicle(u"CERT-OLD"_s, u"琼DD00100"_s, u"CO1"_s, QDate(2030, 1, 1));
        old.firstRegistration = QDate(2016, 3, 1);
        old.validFrom = QDate(2016, 4, 1);
        QVERIFY(store.import(batchOf(QList{old}), {}));
        SimRecord r;
        r.ipcType = u"baseInfoVehicle"_s;
        r.fields = QJsonObject{{u"CompanyId"_s, u"CO1"_s},
                               {u"Address"_s, 469001},
                               {u"VehicleNo"_s, u"琼DD00100"_s},
                               {u"Certificate"_s, u"CERT-OLD"_s},
                               {u"Flag"_s, 1}};
        QVERIFY(storeRecords(db, {r}, 1));
        Reconciliation::Options options;
        options.today = QDate(2024, 6, 1);
        const auto result = Reconciliation(db).run(options);
        QCOMPARE(result.mismatches.size(), 1);
        QCOMPARE(result.mismatches.at(0).problem, PermitMismatch::Problem::Expired);
        QCOMPARE(result.mismatches.at(0).permitExpiry, QDate(2024, 2, 29));
        QVERIFY(result.mismatches.at(0).reason.contains(u"Art. 40"_s));
        // A deleted record (Flag 3) is no longer the company's vehicle.
        r.fields.insert(u"Flag"_s, 3);
        QVERIFY(storeRecords(db, {r}, 2));
        QCOMPARE(Reconciliation(db).run(options).mismatches.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Reconciliation)
#include "tst_reconciliation.moc"
