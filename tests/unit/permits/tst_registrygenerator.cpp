#include "permits/permitsearch.h"
#include "permits/permitstore.h"
#include "permits/registrygenerator.h"
#include "permittestsupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::test;

class tst_RegistryGenerator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(8, 0), QTimeZone::utc())};

private slots:
    void generatesWellFormedUniquePermits()
    {
        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"g.db"_s)));
        RegistryGenerator::Options options;
        options.vehicles = 3000;
        options.drivers = 5000;
        options.companies = 20;
        options.batchRows = 1000;
        RegistryGenerator generator(db, m_clock, options);
        RegistryGenerator::Outcome outcome;
        QStringList phases;
        QVERIFY2(generator.run(
                     [&](const RegistryGenerator::Progress &p) {
                         phases.append(p.phase);
                         return true;
                     },
                     &outcome),
                 qPrintable(generator.error()));
        QCOMPARE(outcome.vehicles, 3000);
        QCOMPARE(outcome.drivers, 5000);
        QVERIFY(phases.contains(u"permit_vehicle_plate"_s));

        // Every identifier valid, plates and ID numbers unique (the unique index would have refused
        // duplicate certificate numbers).
        Statement vehicles = db.prepare(u"SELECT plate, vin FROM permit_vehicle"_s);
        QSet<QString> plates;
        while (vehicles.step()) {
            const QString plate = vehicles.columnText(0);
            QVERIFY2(PermitIdentifiers::isValidPlate(plate), qPrintable(plate));
            QVERIFY2(PermitIdentifiers::isValidVin(vehicles.columnText(1)),
                     qPrintable(vehicles.columnText(1)));
            plates.insert(plate);
        }
        QCOMPARE(plates.size(), 3000);
        // Art. 13(三) facts on every vehicle, a few short of the limits (300 km, 100,000 yuan).
        QCOMPARE(db.queryValue(
                       u"SELECT count(*) FROM permit_vehicle WHERE range_km > 0 AND purchase_price_yuan > 0 "
                       "AND wheelbase_mm >= 2600"_s)
                     .toInt(),
                 3000);
        const int shortRange =
            db.queryValue(u"SELECT count(*) FROM permit_vehicle WHERE range_km < 300"_s).toInt();
        const int cheap =
            db.queryValue(u"SELECT count(*) FROM permit_vehicle WHERE purchase_price_yuan < 100000"_s)
                .toInt();
        QVERIFY2(shortRange > 0 && shortRange < 300, qPrintable(QString::number(shortRange)));
        QVERIFY2(cheap > 0 && cheap < 300, qPrintable(QString::number(cheap)));
        Statement drivers = db.prepare(u"SELECT id_number FROM permit_driver"_s);
        QSet<QString> ids;
        while (drivers.step()) {
            QVERIFY2(PermitIdentifiers::isValidIdNumber(drivers.columnText(0)),
                     qPrintable(drivers.columnText(0)));
            ids.insert(drivers.columnText(0));
        }
        QCOMPARE(ids.size(), 5000);

        // Searchable at once: indexes and FTS are back.
        PermitStore store(db, m_clock);
        QVERIFY(!store.indexesSuspended());
        PermitSearch search(db);
        const QString plate = *plates.begin();
        QCOMPARE(search.search(plate, {}).hits.value(0).vehicle.plate, plate);
        // A second run refuses to mix with the existing registry.
        QVERIFY(!RegistryGenerator(db, m_clock, options).run({}, nullptr));
    }

    void cancelLeavesAConsistentFile()
    {
        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"c.db"_s)));
        RegistryGenerator::Options options;
        options.vehicles = 5000;
        options.drivers = 5000;
        options.companies = 5;
        options.batchRows = 1000;
        RegistryGenerator::Outcome outcome;
        QVERIFY(RegistryGenerator(db, m_clock, options)
                    .run(
                        [](const RegistryGenerator::Progress &p) {
                            return !(p.phase == u"vehicles" && p.done >= 2000);
                        },
                        &outcome));
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.vehicles, 2000);
        QCOMPARE(outcome.drivers, 0);
        PermitStore store(db, m_clock);
        QCOMPARE(store.count(PermitKind::Vehicle), 2000);
        QVERIFY(!store.indexesSuspended());
        QCOMPARE(db.queryValue(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(tst_RegistryGenerator)
#include "tst_registrygenerator.moc"
