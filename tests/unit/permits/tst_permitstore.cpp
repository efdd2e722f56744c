#include "permits/permitimportparser.h"
#include "permits/permitstore.h"
#include "permittestsupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::test;

class tst_PermitStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(8, 0), QTimeZone::utc())};

private slots:
    void importsAndReadsBack()
    {
        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"a.db"_s)));
        PermitStore store(db, m_clock);
        VehiclePermit v = vehicle(u"琼交运管100001"_s, u"琼DD12345"_s, u"CO1"_s);
        v.brand = u"比亚迪"_s;
        const auto summary = store.import(batchOf(QList{v}), {u"officer"_s, u"csv"_s, u"469001"_s});
        QVERIFY2(summary, qPrintable(store.error().toString()));
        QCOMPARE(summary->inserted, 1);
        const std::optional<VehiclePermit> back = store.currentVehicle(v.certificate);
        QVERIFY(back);
        QCOMPARE(back->plate, v.plate);
        QCOMPARE(back->vin, v.vin);
        QCOMPARE(back->firstRegistration, v.firstRegistration);
        QCOMPARE(back->validTo, v.validTo);
        QCOMPARE(back->seats, 5);
        QCOMPARE(back->brand, u"比亚迪"_s);
        QCOMPARE(back->importId, summary->importId);
        QVERIFY(!back->superseded);
        QCOMPARE(store.vehiclesByPlate(u"琼DD12345"_s).size(), 1);
    }

    void storesTheArticleThirteenFacts()
    {
        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"facts.db"_s)));
        PermitStore store(db, m_clock);
        VehiclePermit v = vehicle(u"F1"_s, u"琼DD12345"_s, u"CO1"_s);
        v.rangeKm = 420;
        v.purchasePriceYuan = 129800;
        VehiclePermit unknown = vehicle(u"F2"_s, u"琼DD12346"_s, u"CO1"_s); // facts not given
        QVERIFY2(store.import(batchOf(QList{v, unknown}), {}), qPrintable(store.error().toString()));
        QCOMPARE(store.currentVehicle(u"F1"_s)->rangeKm, 420);
        QCOMPARE(store.currentVehicle(u"F1"_s)->purchasePriceYuan, 129800);
        QCOMPARE(store.currentVehicle(u"F2"_s)->rangeKm, 0);
        QCOMPARE(store.currentVehicle(u"F2"_s)->purchasePriceYuan, 0);
        QVERIFY(db.queryValue(u"SELECT range_km IS NULL FROM permit_vehicle WHERE certificate = 'F2'"_s)
                    .toBool());
        // The same again is unchanged; a new price replaces the row.
        QCOMPARE(store.import(batchOf(QList{v}), {})->unchanged, 1);
        v.purchasePriceYuan = 99999;
        QCOMPARE(store.import(batchOf(QList{v}), {})->replaced, 1);
        QCOMPARE(store.vehicleHistory(u"F1"_s).at(1).purchasePriceYuan, 129800);
        // Search reads them too (PermitStore::selectColumns/readVehicle).
        QCOMPARE(store.vehiclesByPlate(u"琼DD12345"_s).value(0).purchasePriceYuan, 99999);
    }

    void aVersionFourDatabaseKeepsWorking()
    {
        // A registry written before migration 0005: its vehicle rows gain the facts as unknown.
        const QString path = m_dir.filePath(u"v4.db"_s);
        {
            Database db;
            QVERIFY(db.open(path));
            const QList<Migration> migrations = SchemaMigrator::platform().migrations();
            QVERIFY(migrations.size() >= 5);
            QCOMPARE(migrations.at(4).version, 5);
            SchemaMigrator four(migrations.mid(0, 4), SchemaMigrator::PlatformApplicationId);
            QVERIFY2(four.migrate(db), qPrintable(four.error().toString()));
            QCOMPARE(four.currentVersion(db), 4);
            QVERIFY(db.exec(
                u"INSERT INTO permit_import (id, kind, format, imported_ms) VALUES (1, 'vehicle', 'csv', 0)"_s));
            QVERIFY(db.exec(
                u"INSERT INTO permit_vehicle (import_id, certificate, plate, company_id, vin, region_code, "
                "first_registration, valid_from, valid_to, seats, wheelbase_mm, imported_ms) VALUES "
                "(1, 'OLD1', '琼DD11111', 'CO1', 'LGXCE4CB0N0000001', '469001', 20220110, 20220201, "
                "20291231, 5, "
                "2750, 0)"_s));
        }
        Database db;
        QVERIFY(openRegistry(db, path)); // migrates to the latest version
        QCOMPARE(SchemaMigrator::platform().currentVersion(db), SchemaMigrator::platform().latestVersion());
        PermitStore store(db, m_clock);
        const std::optional<VehiclePermit> old = store.currentVehicle(u"OLD1"_s);
        QVERIFY(old);
        QCOMPARE(old->wheelbaseMm, 2750);
        QCOMPARE(old->rangeKm, 0);
        QCOMPARE(old->purchasePriceYuan, 0);
        // The same certificate with the facts filled in: a new current row, the old one kept.
        VehiclePermit renewed = *old;
        renewed.rangeKm = 410;
        renewed.purchasePriceYuan = 119800;
        const auto summary = store.import(batchOf(QList{renewed}), {});
        QVERIFY2(summary, qPrintable(store.error().toString()));
        QCOMPARE(summary->replaced, 1);
        QCOMPARE(store.currentVehicle(u"OLD1"_s)->rangeKm, 410);
        QCOMPARE(store.vehicleHistory(u"OLD1"_s).size(), 2);
    }

    void reimportKeepsHistory()
    {
        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"b.db"_s)));
        PermitStore store(db, m_clock);
        const VehiclePermit first = vehicle(u"C1"_s, u"琼DD12345"_s, u"CO1"_s, QDate(2024, 12, 31));
        QVERIFY(store.import(batchOf(QList{first}), {}));
        // The same content again: unchanged, no new row.
        auto again = store.import(batchOf(QList{first}), {});
        QVERIFY(again);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(again->inserted + again->replaced, 0);
        // A renewal: the new row is current, the old one is history.
        m_clock.advance(std::chrono::minutes(1));
        VehiclePermit renewed = first;
        renewed.validTo = QDate(2029, 12, 31);
        auto third = store.import(batchOf(QList{renewed}), {});
        QVERIFY(third);
        QCOMPARE(third->replaced, 1);
        QCOMPARE(store.currentVehicle(u"C1"_s)->validTo, QDate(2029, 12, 31));
        const QList<VehiclePermit> history = store.vehicleHistory(u"C1"_s);
        QCOMPARE(history.size(), 2);
        QVERIFY(!history.at(0).superseded);
        QVERIFY(history.at(1).superseded);
        QCOMPARE(history.at(1).validTo, QDate(2024, 12, 31));
        QCOMPARE(store.count(PermitKind::Vehicle), 1);
        QCOMPARE(db.queryValue(u"SELECT count(*) FROM permit_vehicle"_s).toInt(), 2);
    }

    void rejectedRowsAreKept()
    {
        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"c.db"_s)));
        PermitStore store(db, m_clock);
        const QByteArray csv =
            "certificate,name,idNumber,companyId,validFrom,validTo\r\n" +
            u"W1,张伟,%1,CO1,20220101,20280101\r\n"_s.arg(idNumber(u"46900119900101123"_s)).toUtf8() +
            "W2,李娜,123,CO1,20220101,20280101\r\n";
        const PermitImportResult parsed =
            PermitImportParser(PermitKind::Driver, {u"469001"_s, {}}).parseCsv(csv);
        const auto summary = store.import(parsed, {u"officer"_s, u"csv"_s, u"469001"_s});
        QVERIFY(summary);
        QCOMPARE(summary->inserted, 1);
        QCOMPARE(summary->rejected, 1);
        const QList<RejectedPermitRow> rejected = store.rejectedRows(summary->importId);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).row, 3);
        QCOMPARE(rejected.at(0).raw, QByteArray("W2,李娜,123,CO1,20220101,20280101"));
        QCOMPARE(rejected.at(0).errors.at(0).field, u"idNumber"_s);
        QCOMPARE(db.queryValue(u"SELECT rejected FROM permit_import WHERE id = %1"_s.arg(summary->importId))
                     .toInt(),
                 1);
        // The name went into the trigram index.
        QCOMPARE(db.queryValue(
                       u"SELECT count(*) FROM permit_driver_fts WHERE permit_driver_fts MATCH '\"张伟\"'"_s)
                     .toInt(),
                 0); // two characters: below the trigram length
        QCOMPARE(store.driversByLicence(idNumber(u"46900119900101123"_s)).size(), 1);
    }

    void bulkLoadSuspendsAndRestoresIndexes()
    {
        Database db;
        QVERIFY(openRegistry(db, m_dir.filePath(u"d.db"_s)));
        PermitStore store(db, m_clock);
        const auto indexCount = [&] {
            return db
                .queryValue(
                    u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                    "tbl_name LIKE 'permit_%'"_s)
                .toInt();
        };
        const int before = indexCount();
        QVERIFY(before >= 10);
        QVERIFY(store.suspendIndexes());
        QVERIFY(store.indexesSuspended());
        QCOMPARE(indexCount(), 1); // permit_rejected's own index stays
        const qint64 importId =
            store.beginBulkImport(PermitKind::Driver, {u"generator"_s, u"generator"_s, {}});
        QVERIFY(importId > 0);
        QVERIFY(store.insertNew(importId,
                                driver(u"W9"_s, u"欧阳娜娜"_s, idNumber(u"46900119900101123"_s), u"CO1"_s)));
        // A second suspend (a load resumed after a crash) keeps what was suspended.
        QVERIFY(store.suspendIndexes());
        QStringList steps;
        QVERIFY(store.resumeIndexes([&](const QString &step) { steps.append(step); }));
        QVERIFY(!store.indexesSuspended());
        QCOMPARE(indexCount(), before);
        QVERIFY(steps.contains(u"permit_driver_fts"_s));
        // The FTS rebuild indexed the bulk-loaded name.
        QCOMPARE(db.queryValue(
                       u"SELECT count(*) FROM permit_driver_fts WHERE permit_driver_fts MATCH '\"阳娜娜\"'"_s)
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(tst_PermitStore)
#include "tst_permitstore.moc"
