#include "protocol/interfacecatalogue.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/retentionpolicy.h"
#include "storage/transaction.h"
#include "storagetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace rw;

namespace {

const qint64 kNowMs = 1767225600000; // 2026-01-01T00:00:00Z
const qint64 kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

class tst_RetentionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void keepDaysDefaultsTo730();
    void refusesLessThan730Days();
    void tooSmallStoredValueReadsAs730();
    void boundaryAtExactly730Days();
    void longerRetentionKeepsMore();
    void chunkedPurgeReportsProgress();
    void cancelStopsBetweenChunks();
    void purgesTablesOfDroppedInterfaces();
    void refusesToRunInsideATransaction();

private:
    // Stores \a count records of \a ipcType for \a company received at \a receivedMs, plus one
    // rejected record (quarantine) in the same upload.
    void storeBatch(const QString &ipcType, const QString &company, qint64 receivedMs, int count,
                    bool withRejected = true);
    qint64 count(const QString &table) const
    {
        return m_db->queryValue(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    std::unique_ptr<Database> m_db;
};

void tst_RetentionPolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_catalogue = test::smallCatalogue();
    m_db = std::make_unique<Database>();
    QVERIFY(test::openPlatformDatabase(*m_db, m_dir->filePath(QStringLiteral("platform.db")), m_catalogue));
}

void tst_RetentionPolicy::storeBatch(const QString &ipcType, const QString &company, qint64 receivedMs,
                                     int count, bool withRejected)
{
    const InterfaceSpec *spec = m_catalogue->byIpcType(ipcType);
    QVERIFY(spec);
    IngestBatch batch;
    batch.companyId = company;
    batch.spec = spec;
    batch.receivedMs = receivedMs;
    for (int i = 0; i < count; ++i) {
        Record record = makeRecord(*spec);
        record.setValue(u"CompanyId", company);
        record.setValue(u"LicenseId", QStringLiteral("L%1").arg(i));
        record.setValue(u"VehicleNo", QStringLiteral("V%1").arg(i));
        batch.accepted.append({record, i, receivedMs / 1000});
    }
    if (withRejected) {
        Record bad = makeRecord(*spec);
        bad.raw = "{\"bad\":true}";
        batch.rejected.append(
            {bad,
             count,
             {{QStringLiteral("CompanyId"), ValidationRule::Required, {}, QStringLiteral("missing")}}});
    }
    RecordStore store(*m_db, m_catalogue);
    const StoreResult result = store.store(batch);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
}

void tst_RetentionPolicy::keepDaysDefaultsTo730()
{
    RetentionPolicy policy(*m_db);
    QCOMPARE(policy.keepDays(), 730);
    QCOMPARE(RetentionPolicy::MinimumKeepDays, 730);
    QCOMPARE(RetentionPolicy::cutoffMs(kNowMs, 730), kNowMs - 730 * kDayMs);
}

void tst_RetentionPolicy::refusesLessThan730Days()
{
    RetentionPolicy policy(*m_db);
    QVERIFY(!policy.setKeepDays(729));
    const QString message = policy.error().toString();
    QVERIFY2(message.contains(QStringLiteral("729 days is below the minimum of 730 days")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Art. 9")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("retention.keep_days")), qPrintable(message));
    QCOMPARE(policy.keepDays(), 730);
    QVERIFY(!policy.setKeepDays(0));
    QVERIFY(!policy.setKeepDays(-5));

    QVERIFY2(policy.setKeepDays(730), qPrintable(policy.error().toString()));
    QVERIFY(policy.setKeepDays(1000));
    QCOMPARE(policy.keepDays(), 1000);
    // Stored in the settings table, so another connection (another thread) sees it.
    Database other;
    QVERIFY(other.open(m_db->path()));
    QCOMPARE(RetentionPolicy(other).keepDays(), 1000);
    QCOMPARE(other.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = 'retention.keep_days'"))
                 .toString(),
             QStringLiteral("1000"));
}

void tst_RetentionPolicy::tooSmallStoredValueReadsAs730()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO settings VALUES ('retention.keep_days', '30')")));
    RetentionPolicy policy(*m_db);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("30 days, below the minimum of 730")));
    QCOMPARE(policy.keepDays(), 730);
    QVERIFY(m_db->exec(
        QStringLiteral("UPDATE settings SET value = 'forever' WHERE key = 'retention.keep_days'")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a number of days")));
    QCOMPARE(policy.keepDays(), 730);
}

void tst_RetentionPolicy::boundaryAtExactly730Days()
{
    const qint64 cutoff = kNowMs - 730 * kDayMs;
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C1"), cutoff - 1,
               3);                                                                 // 730 days and 1 ms: due
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C1"), cutoff, 5); // exactly 730 days: kept
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C1"), kNowMs, 7);
    storeBatch(QStringLiteral("baseInfoVehicle"), QStringLiteral("C2"), cutoff - kDayMs, 2);
    RecordStore store(*m_db, m_catalogue);
    QVERIFY(store
                .storeRejectedBody(QStringLiteral("C1"), QStringLiteral("/position/driver"), QString(),
                                   QString(), cutoff - 1, QByteArray("x"), QStringLiteral("bad"))
                .ok());
    QVERIFY(store
                .storeRejectedBody(QStringLiteral("C1"), QStringLiteral("/position/driver"), QString(),
                                   QString(), cutoff, QByteArray("y"), QStringLiteral("bad"))
                .ok());

    RetentionPolicy policy(*m_db);
    const PurgeResult result = policy.purge(kNowMs);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(!result.cancelled);
    QCOMPARE(result.cutoffMs, cutoff);
    QCOMPARE(result.interfaceRows, 3 + 2);
    QCOMPARE(result.quarantineRows, 2 + 1); // one rejected record per old upload, one old body
    QCOMPARE(result.batchRows, 2);
    QCOMPARE(result.deletedByTable.value(QStringLiteral("ipc_positiondriver")), 3);
    QCOMPARE(result.deletedByTable.value(QStringLiteral("ipc_baseinfovehicle")), 2);
    QCOMPARE(result.total(), 10);

    QCOMPARE(count(QStringLiteral("ipc_positiondriver")), 12);
    QCOMPARE(
        m_db->queryValue(QStringLiteral("SELECT min(rw_received_ms) FROM ipc_positiondriver")).toLongLong(),
        cutoff);
    QCOMPARE(count(QStringLiteral("ipc_baseinfovehicle")), 0);
    QCOMPARE(count(QStringLiteral("quarantine")), 3);
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT min(received_ms) FROM quarantine")).toLongLong(),
             cutoff);
    QCOMPARE(count(QStringLiteral("upload_batch")), 2);

    // Nothing more is due: a second purge deletes nothing.
    QCOMPARE(policy.purge(kNowMs).total(), 0);
}

void tst_RetentionPolicy::longerRetentionKeepsMore()
{
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C1"), kNowMs - 800 * kDayMs, 4);
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C1"), kNowMs - 1001 * kDayMs, 6);
    RetentionPolicy policy(*m_db);
    QVERIFY(policy.setKeepDays(1000));
    const PurgeResult result = policy.purge(kNowMs);
    QVERIFY(result.ok());
    QCOMPARE(result.interfaceRows, 6);
    QCOMPARE(count(QStringLiteral("ipc_positiondriver")), 4);
}

void tst_RetentionPolicy::chunkedPurgeReportsProgress()
{
    const qint64 old = kNowMs - 800 * kDayMs;
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C1"), old, 1200, false);
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C2"), old + 1, 1300, false);
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C2"), kNowMs, 500, false);

    RetentionPolicy policy(*m_db);
    policy.setChunkRows(300);
    QList<PurgeProgress> reports;
    // A reader on another connection during the purge: each chunk is its own short transaction, so
    // the rows it sees shrink chunk by chunk.
    Database reader;
    QVERIFY(reader.open(m_db->path()));
    QList<qint64> seenByReader;
    const PurgeResult result = policy.purge(kNowMs, nullptr, [&](const PurgeProgress &p) {
        reports.append(p);
        seenByReader.append(
            reader.queryValue(QStringLiteral("SELECT count(*) FROM ipc_positiondriver")).toLongLong());
        QVERIFY(!m_db->inTransaction());
    });
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.interfaceRows, 2500);
    QCOMPARE(result.batchRows, 2);
    QCOMPARE(count(QStringLiteral("ipc_positiondriver")), 500);

    // A first report with the total, then one per chunk: ceil(1200/300) + ceil(1300/300) + 1 (batches).
    QCOMPARE(reports.constFirst().deleted, 0);
    QCOMPARE(reports.constFirst().total, 2502);
    QCOMPARE(reports.size(), 1 + 4 + 5 + 1);
    for (int i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).deleted > reports.at(i - 1).deleted);
        QVERIFY(reports.at(i).deleted - reports.at(i - 1).deleted <= 300);
        QCOMPARE(reports.at(i).total, 2502);
    }
    QCOMPARE(reports.constLast().deleted, 2502);
    QCOMPARE(reports.constLast().table, QStringLiteral("upload_batch"));
    QCOMPARE(reports.at(1).table, QStringLiteral("ipc_positiondriver"));
    QCOMPARE(seenByReader.at(1), 3000 - 300);
    QCOMPARE(seenByReader.at(2), 3000 - 600);
}

void tst_RetentionPolicy::cancelStopsBetweenChunks()
{
    const qint64 old = kNowMs - 800 * kDayMs;
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C1"), old, 1000, false);
    RetentionPolicy policy(*m_db);
    policy.setChunkRows(250);
    std::atomic_bool cancel = false;
    int chunks = 0;
    const PurgeResult result = policy.purge(kNowMs, &cancel, [&](const PurgeProgress &p) {
        if (p.deleted > 0 && ++chunks == 2)
            cancel = true; // e.g. the user pressed Cancel while the second chunk was reported
    });
    QVERIFY(result.ok());
    QVERIFY(result.cancelled);
    QCOMPARE(result.interfaceRows, 500);
    QCOMPARE(count(QStringLiteral("ipc_positiondriver")), 500); // the committed chunks stay deleted
    QCOMPARE(count(QStringLiteral("upload_batch")), 1);

    // Cancelled before the first chunk: nothing is deleted.
    const PurgeResult none = policy.purge(kNowMs, &cancel);
    QVERIFY(none.cancelled);
    QCOMPARE(none.total(), 0);

    cancel = false;
    const PurgeResult rest = policy.purge(kNowMs, &cancel);
    QVERIFY(!rest.cancelled);
    QCOMPARE(rest.interfaceRows, 500);
    QCOMPARE(count(QStringLiteral("ipc_positiondriver")), 0);
    QCOMPARE(count(QStringLiteral("upload_batch")), 0);
}

void tst_RetentionPolicy::purgesTablesOfDroppedInterfaces()
{
    // ratedDriver was in an older catalogue; the current one no longer lists it, its rows still age out.
    const auto older = test::smallCatalogue(false, true);
    InterfaceTables tables(*m_db, older);
    QVERIFY(tables.ensure());
    QVERIFY(m_db->exec(
        QStringLiteral("INSERT INTO ipc_rateddriver (rw_batch, rw_company, rw_received_ms, LicenseId)"
                       " VALUES (1, 'C1', %1, 'L1'), (1, 'C1', %2, 'L2')")
            .arg(kNowMs - 731 * kDayMs)
            .arg(kNowMs)));
    RetentionPolicy policy(*m_db);
    const PurgeResult result = policy.purge(kNowMs);
    QVERIFY(result.ok());
    QCOMPARE(result.deletedByTable.value(QStringLiteral("ipc_rateddriver")), 1);
    QCOMPARE(count(QStringLiteral("ipc_rateddriver")), 1);
}

void tst_RetentionPolicy::refusesToRunInsideATransaction()
{
    storeBatch(QStringLiteral("positionDriver"), QStringLiteral("C1"), kNowMs - 800 * kDayMs, 10);
    Transaction transaction(*m_db);
    RetentionPolicy policy(*m_db);
    const PurgeResult result = policy.purge(kNowMs);
    QVERIFY(!result.ok());
    QVERIFY(result.error.toString().contains(QStringLiteral("inside a transaction")));
    QVERIFY(transaction.rollback());
    QCOMPARE(count(QStringLiteral("ipc_positiondriver")), 10);
}

QTEST_GUILESS_MAIN(tst_RetentionPolicy)
#include "tst_retentionpolicy.moc"
