#include "protocol/interfacecatalogue.h"
#include "protocol/record.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/recordstore.h"
#include "storage/schemamigrator.h"
#include "storagetestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPoint>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace rw;

namespace {

// CPU time of this thread: a figure that does not depend on how busy the shared machine is.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

const QString kCompany = QStringLiteral("4690WZSCX001");
const qint64 kReceivedMs = 1767225600123; // 2026-01-01T00:00:00.123Z

// A positionVehicle record as the JSON codec would hand it over: values typed as sent, raw JSON kept.
Record positionRecord(const InterfaceSpec &spec, const QString &plate, qint64 positionTime, int i)
{
    Record r = makeRecord(spec);
    r.setValue(u"CompanyId", kCompany);
    r.setValue(u"VehicleNo", plate);
    r.setValue(u"VehicleRegionCode", qint64(469001));
    r.setValue(u"PositionTime", positionTime);
    r.setValue(u"Longitude", qint64(109516000 + i));
    r.setValue(u"Latitude", qint64(18776000 + i));
    r.setValue(u"Speed", qint64(i % 80));
    r.setValue(u"Direction", qint64(i % 360));
    r.setValue(u"Mileage", 1234.5 + i);
    r.setValue(u"Encrypt", qint64(1));
    r.setValue(u"BizStatus", qint64(1 + i % 4));
    r.setValue(u"OrderId", i % 4 == 2 ? QStringLiteral("0") : QStringLiteral("ORD-%1").arg(i));
    QJsonObject json;
    for (const FieldSpec &field : spec.fields) {
        if (r.has(field.index))
            json.insert(field.name, QJsonValue::fromVariant(r.values.at(field.index)));
    }
    r.raw = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return r;
}

IngestBatch positionBatch(const InterfaceSpec &spec)
{
    IngestBatch batch;
    batch.companyId = kCompany;
    batch.source = QStringLiteral("0");
    batch.spec = &spec;
    batch.receivedMs = kReceivedMs;
    batch.peer = QStringLiteral("127.0.0.1:53412");
    batch.contentType = QStringLiteral("application/json");
    return batch;
}

// Five records: 0, 2, 4 accepted; 1 and 3 rejected with reasons.
IngestBatch mixedBatch(const InterfaceSpec &spec)
{
    IngestBatch batch = positionBatch(spec);
    for (int i = 0; i < 5; ++i) {
        Record record = positionRecord(spec, QStringLiteral("琼D%1").arg(10000 + i), 1767225590 + i, i);
        if (i % 2 == 0) {
            batch.accepted.append({record, i, 1767225590 + i});
        } else {
            record.setValue(u"Speed", qint64(999));
            record.raw = QByteArray("{\"VehicleNo\":\"琼D1000") + QByteArray::number(i) + "\",\"Speed\":999}";
            FieldViolations violations = {
                {QStringLiteral("Speed"), ValidationRule::Range, QStringLiteral("999"),
                 QStringLiteral("Speed: 999 km/h 超出 0–300")},
                {QStringLiteral("Encrypt"), ValidationRule::Code, QStringLiteral("9"),
                 QStringLiteral("Encrypt: 9 is not one of 0, 1, 2, 3, 4")},
            };
            batch.rejected.append({record, i, violations});
        }
    }
    return batch;
}

qint64 tableCount(Database &db, const QString &table)
{
    return db.queryValue(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

// Child mode for reopenedAfterCrashHasEverything: store, then die without closing anything.
int crashChild(const QString &path)
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    Database db;
    if (!test::openPlatformDatabase(db, path, catalogue))
        return 2;
    RecordStore store(db, catalogue);
    const StoreResult result = store.store(mixedBatch(*catalogue->byIpcType(u"positionVehicle")));
    if (!result.ok())
        return 3;
    // The platform would now answer 2xx. Then the process dies: no close, no checkpoint.
    std::printf("%lld\n", static_cast<long long>(result.batchId));
    std::fflush(stdout);
    std::_Exit(42);
}

} // namespace

class tst_RecordStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void goodAndBadRecordsLand();
    void smallCatalogueInterface();
    void failureMidBatchLeavesNothing_data();
    void failureMidBatchLeavesNothing();
    void reopenedFileHasEverything();
    void reopenedAfterCrashHasEverything();
    void rejectedBodyIsQuarantined();
    void oddValuesAreStoredNotCrashed();
    void misuseIsRefusedClearly();
    void reasonsJsonRoundTrip();
    void storeThroughput_data();
    void storeThroughput();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("platform.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_RecordStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_RecordStore::goodAndBadRecordsLand()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *spec = catalogue->byIpcType(u"positionVehicle");
    QVERIFY(spec);
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    RecordStore store(db, catalogue);

    IngestBatch batch = mixedBatch(*spec);
    batch.accepted[1].businessTime = 0; // unknown business time → NULL
    const StoreResult result = store.store(batch);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(result.batchId > 0);
    QCOMPARE(result.accepted, 3);
    QCOMPARE(result.rejected, 2);
    QVERIFY(!db.inTransaction());

    Statement upload =
        db.prepare(QStringLiteral("SELECT company_id, ipc_type, source, content_type, peer, received_ms,"
                                  " record_count, accepted, rejected FROM upload_batch WHERE id = ?1"));
    upload.bind(1, result.batchId);
    QVERIFY(upload.step());
    QCOMPARE(upload.columnText(0), kCompany);
    QCOMPARE(upload.columnText(1), QStringLiteral("positionVehicle"));
    QCOMPARE(upload.columnText(2), QStringLiteral("0"));
    QCOMPARE(upload.columnText(3), QStringLiteral("application/json"));
    QCOMPARE(upload.columnText(4), QStringLiteral("127.0.0.1:53412"));
    QCOMPARE(upload.columnInt64(5), kReceivedMs);
    QCOMPARE(upload.columnInt(6), 5);
    QCOMPARE(upload.columnInt(7), 3);
    QCOMPARE(upload.columnInt(8), 2);

    QCOMPARE(store.count(*spec, kCompany), 3);
    QCOMPARE(store.count(*spec), 3);
    QCOMPARE(store.count(*spec, QStringLiteral("OTHER")), 0);

    Statement rows = db.prepare(QStringLiteral(
        "SELECT rw_batch, rw_company, rw_received_ms, rw_business_time, VehicleNo, Longitude, "
        "typeof(Longitude),"
        " Mileage, typeof(Mileage), WarnStatus, OrderId, CompanyId FROM ipc_positionvehicle ORDER BY rw_id"));
    const int expectedIndex[] = {0, 2, 4};
    for (int n = 0; n < 3; ++n) {
        QVERIFY(rows.step());
        const int i = expectedIndex[n];
        QCOMPARE(rows.columnInt64(0), result.batchId);
        QCOMPARE(rows.columnText(1), kCompany);
        QCOMPARE(rows.columnInt64(2), kReceivedMs);
        if (n == 1)
            QVERIFY(rows.isNull(3));
        else
            QCOMPARE(rows.columnInt64(3), 1767225590 + i);
        QCOMPARE(rows.columnText(4), QStringLiteral("琼D%1").arg(10000 + i));
        QCOMPARE(rows.columnInt64(5), 109516000 + i);
        QCOMPARE(rows.columnText(6), QStringLiteral("integer"));
        QCOMPARE(rows.columnDouble(7), 1234.5 + i);
        QCOMPARE(rows.columnText(8), QStringLiteral("real"));
        QVERIFY(rows.isNull(9)); // absent in the upload
        QCOMPARE(rows.columnText(10), i % 4 == 2 ? QStringLiteral("0") : QStringLiteral("ORD-%1").arg(i));
        QCOMPARE(rows.columnText(11), kCompany);
    }
    QVERIFY(!rows.step());

    QCOMPARE(store.quarantineCount(kCompany), 2);
    const QList<QuarantineEntry> entries = store.quarantine(kCompany);
    QCOMPARE(entries.size(), 2);
    for (int n = 0; n < 2; ++n) {
        const QuarantineEntry &entry = entries.at(n);
        const RejectedRecord &rejected = batch.rejected.at(n);
        QCOMPARE(entry.batchId, result.batchId);
        QCOMPARE(entry.companyId, kCompany);
        QCOMPARE(entry.ipcType, QStringLiteral("positionVehicle"));
        QCOMPARE(entry.recordIndex, rejected.index);
        QCOMPARE(entry.receivedMs, kReceivedMs);
        QCOMPARE(entry.contentType, QStringLiteral("application/json"));
        QCOMPARE(entry.peer, QStringLiteral("127.0.0.1:53412"));
        QCOMPARE(entry.raw, rejected.record.raw); // byte for byte
        QVERIFY(entry.envelopeError.isEmpty());
        QCOMPARE(entry.reasons.size(), 2);
        QCOMPARE(entry.reasons.at(0).field, QStringLiteral("Speed"));
        QCOMPARE(entry.reasons.at(0).rule, ValidationRule::Range);
        QCOMPARE(entry.reasons.at(0).value, QStringLiteral("999"));
        QCOMPARE(entry.reasons.at(0).message, QStringLiteral("Speed: 999 km/h 超出 0–300"));
        QCOMPARE(entry.reasons.at(1).rule, ValidationRule::Code);
        QVERIFY(entry.reasonsJson.contains("\"rule\":\"range\""));
    }
    QCOMPARE(store.quarantine(kCompany, entries.at(0).id).size(), 1); // paging
    QVERIFY(store.quarantine(QStringLiteral("OTHER")).isEmpty());
    QCOMPARE(db.queryValue(QStringLiteral("SELECT typeof(raw) FROM quarantine LIMIT 1")).toString(),
             QStringLiteral("blob"));
}

void tst_RecordStore::smallCatalogueInterface()
{
    const auto catalogue = test::smallCatalogue();
    const InterfaceSpec *spec = catalogue->byIpcType(u"positionDriver");
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    RecordStore store(db, catalogue);
    IngestBatch batch;
    batch.companyId = QStringLiteral("C1");
    batch.spec = spec;
    batch.receivedMs = 5000;
    for (int i = 0; i < 10; ++i) {
        Record record = makeRecord(*spec);
        record.setValue(u"CompanyId", QStringLiteral("C1"));
        record.setValue(u"LicenseId", QStringLiteral("460001199001011234"));
        record.setValue(u"PositionTime", qint64(1000 + i));
        record.setValue(u"Mileage", 0.25 * i);
        batch.accepted.append({record, i, 1000 + i});
    }
    const StoreResult result = store.store(batch);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(store.count(*spec, QStringLiteral("C1")), 10);
    QCOMPARE(db.queryValue(QStringLiteral("SELECT sum(Mileage) FROM ipc_positiondriver")).toDouble(), 11.25);
    QCOMPARE(store.quarantineCount(), 0);
}

void tst_RecordStore::failureMidBatchLeavesNothing_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("expectedContext");
    // A failure on the third accepted record, and one on a rejected record after all accepted ones.
    QTest::newRow("accepted record")
        << QStringLiteral(
               "CREATE TEMP TRIGGER inject BEFORE INSERT ON ipc_positionvehicle WHEN NEW.VehicleNo = 'FAIL'"
               " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
        << QStringLiteral("accepted record 4");
    QTest::newRow("quarantine") << QStringLiteral("CREATE TEMP TRIGGER inject BEFORE INSERT ON quarantine"
                                                  " WHEN NEW.record_index = 3"
                                                  " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                                << QStringLiteral("rejected record 3");
}

void tst_RecordStore::failureMidBatchLeavesNothing()
{
    QFETCH(QString, trigger);
    QFETCH(QString, expectedContext);
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *spec = catalogue->byIpcType(u"positionVehicle");
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    RecordStore store(db, catalogue);
    QVERIFY(store.store(mixedBatch(*spec)).ok()); // earlier, committed data must survive

    IngestBatch batch = mixedBatch(*spec);
    batch.accepted[2].record.setValue(u"VehicleNo", QStringLiteral("FAIL"));
    QVERIFY(db.exec(trigger));
    const StoreResult failed = store.store(batch);
    QVERIFY(!failed.ok());
    const QString message = failed.error.toString();
    QVERIFY2(message.contains(QStringLiteral("injected failure")), qPrintable(message));
    QVERIFY2(message.contains(expectedContext), qPrintable(message));
    QVERIFY2(
        message.contains(QStringLiteral("store an upload of positionVehicle from company %1").arg(kCompany)),
        qPrintable(message));
    QVERIFY(!db.inTransaction());

    QCOMPARE(tableCount(db, QStringLiteral("upload_batch")), 1);
    QCOMPARE(tableCount(db, QStringLiteral("ipc_positionvehicle")), 3);
    QCOMPARE(tableCount(db, QStringLiteral("quarantine")), 2);

    // Once the fault is gone, the cached statements still work and the same upload goes in whole.
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER temp.inject")));
    const StoreResult retried = store.store(batch);
    QVERIFY2(retried.ok(), qPrintable(retried.error.toString()));
    QCOMPARE(tableCount(db, QStringLiteral("upload_batch")), 2);
    QCOMPARE(tableCount(db, QStringLiteral("ipc_positionvehicle")), 6);
    QCOMPARE(tableCount(db, QStringLiteral("quarantine")), 4);
}

void tst_RecordStore::reopenedFileHasEverything()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *spec = catalogue->byIpcType(u"positionVehicle");
    QList<qint64> batchIds;
    {
        Database db;
        QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
        RecordStore store(db, catalogue);
        for (int i = 0; i < 3; ++i) {
            const StoreResult result = store.store(mixedBatch(*spec));
            QVERIFY(result.ok());
            batchIds.append(result.batchId);
        }
        QVERIFY(store
                    .storeRejectedBody(kCompany, QStringLiteral("/position/vehicle"),
                                       QStringLiteral("application/json"), QStringLiteral("127.0.0.1:1"),
                                       kReceivedMs, QByteArray("{"), QStringLiteral("unterminated object"))
                    .ok());
    }
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    RecordStore store(db, catalogue);
    QCOMPARE(store.count(*spec, kCompany), 9);
    QCOMPARE(store.quarantineCount(kCompany), 7);
    QCOMPARE(tableCount(db, QStringLiteral("upload_batch")), 3);
    QCOMPARE(db.queryValue(QStringLiteral(
                               "SELECT VehicleNo FROM ipc_positionvehicle WHERE rw_batch = %1 ORDER BY rw_id"
                               " LIMIT 1 OFFSET 2")
                               .arg(batchIds.constLast()))
                 .toString(),
             QStringLiteral("琼D10004"));
    QCOMPARE(store.quarantine(kCompany).constLast().envelopeError, QStringLiteral("unterminated object"));
}

void tst_RecordStore::reopenedAfterCrashHasEverything()
{
    // A real process stores an upload and dies right after store() returned, as if it crashed
    // just after answering 2xx. Everything store() reported must be there on the next open.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RW_RECORDSTORE_CRASH_CHILD"), path());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 42);
    const qint64 batchId = child.readAllStandardOutput().trimmed().toLongLong();
    QVERIFY(batchId > 0);
    QVERIFY(QFile::exists(path() + QStringLiteral("-wal"))); // never checkpointed or closed

    const auto catalogue = InterfaceCatalogue::builtIn();
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    RecordStore store(db, catalogue);
    QCOMPARE(store.count(*catalogue->byIpcType(u"positionVehicle"), kCompany), 3);
    QCOMPARE(store.quarantineCount(kCompany), 2);
    QCOMPARE(
        db.queryValue(QStringLiteral("SELECT accepted FROM upload_batch WHERE id = %1").arg(batchId)).toInt(),
        3);
}

void tst_RecordStore::rejectedBodyIsQuarantined()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    RecordStore store(db, catalogue);
    const QByteArray body("\x0a\x03\xff\xfe garbage", 13);
    const StoreResult known = store.storeRejectedBody(
        kCompany, QStringLiteral("/position/vehicle"), QStringLiteral("application/x-protobuf"),
        QStringLiteral("127.0.0.1:40000"), kReceivedMs, body,
        QStringLiteral("body is not an OTIpc message: truncated field 1"));
    QVERIFY2(known.ok(), qPrintable(known.error.toString()));
    QVERIFY(known.batchId > 0);
    const StoreResult unknown =
        store.storeRejectedBody(kCompany, QStringLiteral("/no/such/path"), QStringLiteral("text/plain"),
                                QStringLiteral("127.0.0.1:40001"), kReceivedMs + 1, QByteArray(),
                                QStringLiteral("no interface at /no/such/path"));
    QVERIFY(unknown.ok());

    const QList<QuarantineEntry> entries = store.quarantine(kCompany);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, known.batchId);
    QCOMPARE(entries.at(0).batchId, 0);
    QCOMPARE(entries.at(0).recordIndex, -1);
    QCOMPARE(entries.at(0).ipcType, QStringLiteral("positionVehicle"));
    QCOMPARE(entries.at(0).path, QStringLiteral("/position/vehicle"));
    QCOMPARE(entries.at(0).peer, QStringLiteral("127.0.0.1:40000"));
    QCOMPARE(entries.at(0).contentType, QStringLiteral("application/x-protobuf"));
    QCOMPARE(entries.at(0).raw, body);
    QCOMPARE(entries.at(0).envelopeError, QStringLiteral("body is not an OTIpc message: truncated field 1"));
    QVERIFY(entries.at(0).reasons.isEmpty());
    QVERIFY(entries.at(1).ipcType.isEmpty());
    QVERIFY(entries.at(1).raw.isEmpty());
    QCOMPARE(
        db.queryValue(QStringLiteral("SELECT typeof(raw) FROM quarantine WHERE id = %1").arg(unknown.batchId))
            .toString(),
        QStringLiteral("blob")); // an empty body is kept as an empty blob, not NULL
    QCOMPARE(tableCount(db, QStringLiteral("upload_batch")), 0);
}

void tst_RecordStore::oddValuesAreStoredNotCrashed()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *spec = catalogue->byIpcType(u"positionVehicle");
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    RecordStore store(db, catalogue);

    IngestBatch batch = positionBatch(*spec);
    Record odd = positionRecord(*spec, QStringLiteral("ODD"), 1, 0);
    odd.setValue(u"VehicleNo", QVariantList{QStringLiteral("a"), 1});
    odd.setValue(u"OrderId", QVariantMap{{QStringLiteral("nested"), true}});
    odd.setValue(u"Speed", true);
    odd.setValue(u"Direction", QVariant::fromValue(QPoint(1, 2)));
    odd.setValue(u"Longitude", QStringLiteral("109.5")); // text where a number belongs: kept as text
    batch.accepted.append({odd, 0, 0});
    Record shortRecord = makeRecord(*spec);
    shortRecord.values.resize(3); // fewer values than fields: the rest are NULL
    shortRecord.values[1] = QStringLiteral("SHORT");
    batch.accepted.append({shortRecord, 1, 0});
    Record longRecord = positionRecord(*spec, QStringLiteral("LONG"), 1, 2);
    longRecord.values.append(QStringLiteral("beyond the catalogue"));
    batch.accepted.append({longRecord, 2, 0});

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("QPoint value cannot be stored")));
    const StoreResult result = store.store(batch);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    Statement rows = db.prepare(QStringLiteral("SELECT VehicleNo, OrderId, Speed, Direction, Longitude, "
                                               "typeof(Longitude) FROM ipc_positionvehicle ORDER BY rw_id"));
    QVERIFY(rows.step());
    QCOMPARE(rows.columnText(0), QStringLiteral("[\"a\",1]"));
    QCOMPARE(rows.columnText(1), QStringLiteral("{\"nested\":true}"));
    QCOMPARE(rows.columnInt(2), 1);
    QVERIFY(rows.isNull(3));
    QCOMPARE(rows.columnText(5), QStringLiteral("real")); // INTEGER affinity converted the numeric text
    QVERIFY(rows.step());
    QCOMPARE(rows.columnText(0), QStringLiteral("SHORT"));
    QVERIFY(rows.isNull(1));
    QVERIFY(rows.step());
    QCOMPARE(rows.columnText(0), QStringLiteral("LONG"));
}

void tst_RecordStore::misuseIsRefusedClearly()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    const auto other = test::smallCatalogue();
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    RecordStore store(db, catalogue);

    IngestBatch noSpec;
    noSpec.companyId = kCompany;
    StoreResult result = store.store(noSpec);
    QVERIFY(!result.ok());
    QVERIFY(result.error.toString().contains(QStringLiteral("names no interface")));

    IngestBatch foreign = positionBatch(*other->byIpcType(u"positionDriver"));
    result = store.store(foreign);
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error.toString().contains(QStringLiteral("positionDriver is not from this store's catalogue")),
        qPrintable(result.error.toString()));

    const InterfaceSpec *spec = catalogue->byIpcType(u"positionVehicle");
    IngestBatch anonymous = positionBatch(*spec);
    anonymous.companyId.clear();
    QVERIFY(store.store(anonymous).error.toString().contains(QStringLiteral("no company")));

    IngestBatch mixed = positionBatch(*spec);
    mixed.accepted.append({positionRecord(*spec, QStringLiteral("A"), 1, 0), 0, 0});
    mixed.accepted.append({makeRecord(*other->byIpcType(u"positionDriver")), 1, 0});
    result = store.store(mixed);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.toString().contains(QStringLiteral("record 1 is a positionDriver record")),
             qPrintable(result.error.toString()));
    QCOMPARE(tableCount(db, QStringLiteral("ipc_positionvehicle")), 0);
    QCOMPARE(tableCount(db, QStringLiteral("upload_batch")), 0);

    // Tables missing (ensure() not run): a clear error naming the table.
    Database bare;
    QVERIFY(bare.open(m_dir->filePath(QStringLiteral("bare.db"))));
    RecordStore bareStore(bare, catalogue);
    IngestBatch batch = positionBatch(*spec);
    batch.accepted.append({positionRecord(*spec, QStringLiteral("A"), 1, 0), 0, 0});
    result = bareStore.store(batch);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.toString().contains(QStringLiteral("no such table")),
             qPrintable(result.error.toString()));
}

void tst_RecordStore::reasonsJsonRoundTrip()
{
    const FieldViolations violations = {
        {QStringLiteral("VehicleNo"), ValidationRule::Length, QStringLiteral("琼D123456789"),
         QStringLiteral("too long")},
        {QStringLiteral("CompanyId"), ValidationRule::Identity, QStringLiteral("X"),
         QStringLiteral("not yours")},
        {QStringLiteral("UpdateTime"), ValidationRule::Date, QStringLiteral("20260230000000"),
         QStringLiteral("no 30 Feb")},
        {QStringLiteral("Seats"), ValidationRule::Required, QString(), QStringLiteral("missing")},
        {QStringLiteral("Seats"), ValidationRule::Type, QStringLiteral("\"5\""), QStringLiteral("text")},
    };
    const QByteArray json = RecordStore::reasonsToJson(violations);
    QVERIFY(json.startsWith("[{"));
    for (const char *rule : {"\"length\"", "\"identity\"", "\"date\"", "\"required\"", "\"type\""})
        QVERIFY2(json.contains(rule), rule);
    const FieldViolations back = RecordStore::reasonsFromJson(json);
    QCOMPARE(back.size(), violations.size());
    for (int i = 0; i < back.size(); ++i) {
        QCOMPARE(back.at(i).field, violations.at(i).field);
        QCOMPARE(back.at(i).rule, violations.at(i).rule);
        QCOMPARE(back.at(i).value, violations.at(i).value);
        QCOMPARE(back.at(i).message, violations.at(i).message);
    }
    QCOMPARE(RecordStore::reasonsToJson({}), QByteArray("[]"));
}

void tst_RecordStore::storeThroughput_data()
{
    QTest::addColumn<bool>("shuffled");
    // Uploads carry fixes of whichever vehicles reported: each batch a random 1,000 of 10,000
    // vehicles. "in order" sends the same vehicles together every time, which is kinder to the
    // (VehicleNo, PositionTime) index; it shows the best case.
    QTest::newRow("random vehicles per batch") << true;
    QTest::newRow("vehicles in order") << false;
}

void tst_RecordStore::storeThroughput()
{
    // Not a timed test: prints rows/s for store() against bare sqlite3 inserts of the same rows into
    // the same table layout (same indexes), both with synchronous=NORMAL, batches of 1,000.
    QFETCH(bool, shuffled);
    const int totalRows =
        qEnvironmentVariableIsSet("RW_BENCH_ROWS") ? qEnvironmentVariableIntValue("RW_BENCH_ROWS") : 100000;
    constexpr int batchSize = 1000;
    constexpr int vehicles = 10000;
    const int batches = qMax(1, totalRows / batchSize);
    const qint64 rows = qint64(batches) * batchSize;
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *spec = catalogue->byIpcType(u"positionVehicle");
    const int timeField = spec->fieldIndex(u"PositionTime");

    QList<Record> pool;
    for (int v = 0; v < vehicles; ++v) {
        Record record = positionRecord(*spec, QStringLiteral("琼D%1").arg(10000 + v), 1767225600, v);
        record.raw.clear(); // accepted records do not store raw
        pool.append(record);
    }
    // Which vehicle is the i-th record of the upload stream: every vehicle reports once per round
    // of 10 s, in random order (fixed seed) or in plate order.
    std::vector<int> stream(static_cast<size_t>(rows));
    std::mt19937 random(20260101);
    for (qint64 round = 0; round * vehicles < rows; ++round) {
        std::vector<int> order(vehicles);
        std::iota(order.begin(), order.end(), 0);
        if (shuffled)
            std::shuffle(order.begin(), order.end(), random);
        for (int i = 0; i < vehicles && round * vehicles + i < rows; ++i)
            stream[static_cast<size_t>(round * vehicles + i)] = order[static_cast<size_t>(i)];
    }
    const auto timeOf = [](qint64 row) { return 1767225600 + 10 * (row / vehicles); };

    DatabaseOptions options;
    options.synchronous = DatabaseOptions::Synchronous::Normal;
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue, options));
    RecordStore store(db, catalogue);
    qint64 storeNs = 0;
    qint64 storeCpuNs = 0;
    QElapsedTimer timer;
    for (int b = 0; b < batches; ++b) {
        // The upload as the intake would hand it over (built outside the timing).
        IngestBatch batch = positionBatch(*spec);
        batch.accepted.reserve(batchSize);
        for (int i = 0; i < batchSize; ++i) {
            const qint64 row = qint64(b) * batchSize + i;
            AcceptedRecord accepted{pool.at(stream[static_cast<size_t>(row)]), i, timeOf(row)};
            accepted.record.values[timeField] = timeOf(row);
            batch.accepted.append(accepted);
        }
        batch.receivedMs = timeOf(qint64(b) * batchSize) * 1000 + 500;
        const qint64 cpu = threadCpuNs();
        timer.start();
        const StoreResult result = store.store(batch);
        storeNs += timer.nsecsElapsed();
        storeCpuNs += threadCpuNs() - cpu;
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    }
    QCOMPARE(store.count(*spec), rows);

    // Baseline: the same rows through the bare C API, text already UTF-8, no QVariant, no batch row.
    Database baseDb;
    QVERIFY(test::openPlatformDatabase(baseDb, m_dir->filePath(QStringLiteral("baseline.db")), catalogue,
                                       options));
    QStringList columns = {QStringLiteral("rw_batch"), QStringLiteral("rw_company"),
                           QStringLiteral("rw_received_ms"), QStringLiteral("rw_business_time")};
    QStringList params;
    for (const FieldSpec &f : spec->fields)
        columns.append(Database::quoteIdentifier(f.name));
    for (int i = 1; i <= columns.size(); ++i)
        params.append(QStringLiteral("?%1").arg(i));
    const QByteArray sql = QStringLiteral("INSERT INTO ipc_positionvehicle (%1) VALUES (%2)")
                               .arg(columns.join(u','), params.join(u','))
                               .toUtf8();
    sqlite3 *raw = baseDb.handle();
    sqlite3_stmt *insert = nullptr;
    QCOMPARE(sqlite3_prepare_v2(raw, sql.constData(), -1, &insert, nullptr), SQLITE_OK);
    // Per field: where its value comes from, decided once.
    enum class Source { Company, Text, Time, Integer, Real, Null };
    struct Plain
    {
        std::vector<std::string> text;
        std::vector<qint64> integer;
        std::vector<double> real;
    };
    std::vector<Source> sources;
    for (const FieldSpec &f : spec->fields) {
        const QVariant sample = pool.at(0).values.at(f.index);
        if (f.name == QLatin1String("CompanyId"))
            sources.push_back(Source::Company);
        else if (f.index == timeField)
            sources.push_back(Source::Time);
        else if (!sample.isValid())
            sources.push_back(Source::Null);
        else if (sample.typeId() == QMetaType::QString)
            sources.push_back(Source::Text);
        else if (sample.typeId() == QMetaType::Double)
            sources.push_back(Source::Real);
        else
            sources.push_back(Source::Integer);
    }
    std::vector<Plain> plain(vehicles);
    for (int v = 0; v < vehicles; ++v) {
        for (const FieldSpec &f : spec->fields) {
            const QVariant value = pool.at(v).values.at(f.index);
            plain[v].text.push_back(value.toString().toStdString());
            plain[v].integer.push_back(value.toLongLong());
            plain[v].real.push_back(value.toDouble());
        }
    }
    const std::string company = kCompany.toStdString();
    qint64 baselineNs = 0;
    qint64 baselineCpuNs = 0;
    for (int b = 0; b < batches; ++b) {
        const qint64 cpu = threadCpuNs();
        timer.start();
        sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (int i = 0; i < batchSize; ++i) {
            const qint64 row = qint64(b) * batchSize + i;
            const Plain &values = plain[static_cast<size_t>(stream[static_cast<size_t>(row)])];
            sqlite3_bind_int64(insert, 1, b + 1);
            sqlite3_bind_text(insert, 2, company.data(), int(company.size()), SQLITE_STATIC);
            sqlite3_bind_int64(insert, 3, timeOf(qint64(b) * batchSize) * 1000 + 500);
            sqlite3_bind_int64(insert, 4, timeOf(row));
            for (size_t f = 0; f < sources.size(); ++f) {
                const int p = 5 + int(f);
                switch (sources[f]) {
                case Source::Company:
                    sqlite3_bind_text(insert, p, company.data(), int(company.size()), SQLITE_STATIC);
                    break;
                case Source::Text:
                    sqlite3_bind_text(insert, p, values.text[f].data(), int(values.text[f].size()),
                                      SQLITE_STATIC);
                    break;
                case Source::Time:
                    sqlite3_bind_int64(insert, p, timeOf(row));
                    break;
                case Source::Integer:
                    sqlite3_bind_int64(insert, p, values.integer[f]);
                    break;
                case Source::Real:
                    sqlite3_bind_double(insert, p, values.real[f]);
                    break;
                case Source::Null:
                    sqlite3_bind_null(insert, p);
                    break;
                }
            }
            QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
            sqlite3_reset(insert);
        }
        QCOMPARE(sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        baselineNs += timer.nsecsElapsed();
        baselineCpuNs += threadCpuNs() - cpu;
    }
    sqlite3_finalize(insert);
    QCOMPARE(baseDb.queryValue(QStringLiteral("SELECT count(*) FROM ipc_positionvehicle")).toLongLong(),
             rows);

    const auto rate = [rows](qint64 ns) { return rows / (ns / 1e9); };
    qInfo(
        "RecordStore::store, %lld position rows (%s) in batches of %d, synchronous=NORMAL: %.0f rows/s wall "
        "(%.0f rows/s on CPU time); bare sqlite3 baseline %.0f rows/s wall (%.0f CPU); store/baseline = %.2f "
        "wall, %.2f CPU",
        static_cast<long long>(rows), QTest::currentDataTag(), batchSize, rate(storeNs), rate(storeCpuNs),
        rate(baselineNs), rate(baselineCpuNs), rate(storeNs) / rate(baselineNs),
        rate(storeCpuNs) / rate(baselineCpuNs));
}

int main(int argc, char **argv)
{
    const QString crashPath = qEnvironmentVariable("RW_RECORDSTORE_CRASH_CHILD");
    if (!crashPath.isEmpty()) {
        QCoreApplication app(argc, argv);
        return crashChild(crashPath);
    }
    QCoreApplication app(argc, argv);
    tst_RecordStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recordstore.moc"
