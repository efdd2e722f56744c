#include "outages/outagestore.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rw;

namespace {

Outage outage(const QString &company, OutageStream stream, qint64 start, qint64 end = 0)
{
    Outage o;
    o.companyId = company;
    o.stream = stream;
    o.startMs = start;
    o.detectedMs = start + 300'001;
    o.endMs = end;
    o.ratePerMinute = 12.5;
    return o;
}

} // namespace

class tst_OutageStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("platform.db"))));
        SchemaMigrator migrator = SchemaMigrator::platform();
        QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    }

    void saveIsAnUpsertOnTheWindow()
    {
        OutageStore store(*m_db);
        Outage o = outage(QStringLiteral("C1"), OutageStream::Position, 1'000'000);
        const qint64 id = store.save(o);
        QVERIFY2(id > 0, qPrintable(store.lastError().toString()));
        o.endMs = 2'000'000;
        o.backfilledRecords = 40;
        QCOMPARE(store.save(o), id); // the same window: the same row
        o.backfilledRecords = 10;    // a stale copy never lowers the back-fill
        QCOMPARE(store.save(o), id);
        const std::optional<Outage> read = store.byId(id);
        QVERIFY(read);
        QCOMPARE(read->endMs, 2'000'000);
        QCOMPARE(read->backfilledRecords, 40);
        QCOMPARE(read->ratePerMinute, 12.5);
        QCOMPARE(read->stream, OutageStream::Position);
        QCOMPARE(read->detectedMs, 1'300'001);
        QVERIFY(!store.byId(id + 1));
        // Another stream, same start: another outage.
        QVERIFY(store.save(outage(QStringLiteral("C1"), OutageStream::Order, 1'000'000)) != id);
    }

    void recentAndListFilters()
    {
        OutageStore store(*m_db);
        store.save(outage(QStringLiteral("C1"), OutageStream::Position, 1000, 5000)); // old, closed
        store.save(outage(QStringLiteral("C1"), OutageStream::Order, 8000));          // open
        store.save(outage(QStringLiteral("C2"), OutageStream::Position, 6000, 9000)); // closed recently
        QList<Outage> recent = store.recent(7000);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).startMs, 6000); // oldest start first
        QCOMPARE(recent.at(1).startMs, 8000);

        QCOMPARE(store.list({}).size(), 3);
        QCOMPARE(store.list({}).first().startMs, 8000); // newest first
        OutageStore::Filter onlyC1;
        onlyC1.companyId = QStringLiteral("C1");
        QCOMPARE(store.list(onlyC1).size(), 2);
        OutageStore::Filter open;
        open.openOnly = true;
        QCOMPARE(store.list(open).size(), 1);
        // Overlapping [5500, 7000): the C2 one (6000–9000) only; the first ended at 5000, the open one starts
        // at 8000.
        OutageStore::Filter window;
        window.fromMs = 5500;
        window.toMs = 7000;
        const QList<Outage> overlapping = store.list(window);
        QCOMPARE(overlapping.size(), 1);
        QCOMPARE(overlapping.first().companyId, QStringLiteral("C2"));
    }

    void activityFromTheUploadLog()
    {
        const auto batch = [&](const QString &company, const QString &ipcType, qint64 received, int records) {
            QVERIFY(m_db->exec(
                QStringLiteral("INSERT INTO upload_batch (company_id, ipc_type, received_ms, "
                               "record_count, accepted, rejected) VALUES ('%1', '%2', %3, %4, %4, 0)")
                    .arg(company, ipcType)
                    .arg(received)
                    .arg(records)));
        };
        constexpr qint64 kHour = 3'600'000;
        batch(QStringLiteral("C1"), QStringLiteral("positionVehicle"), 10 * kHour, 100);
        batch(QStringLiteral("C1"), QStringLiteral("positionVehicle"), 10 * kHour + 60'000, 50);
        batch(QStringLiteral("C1"), QStringLiteral("positionDriver"), 10 * kHour + 30'000, 5);
        batch(QStringLiteral("C1"), QStringLiteral("positionVehicle"), 8 * kHour, 999); // outside the window
        batch(QStringLiteral("C1"), QStringLiteral("orderCreate"), 9 * kHour, 3);
        OutageStore store(*m_db);
        const QList<OutageStore::StreamActivity> activity = store.activity(kHour);
        QVERIFY2(!store.lastError().isError(), qPrintable(store.lastError().toString()));
        QCOMPARE(activity.size(), 2);
        for (const OutageStore::StreamActivity &a : activity) {
            QCOMPARE(a.companyId, QStringLiteral("C1"));
            if (a.stream == OutageStream::Position) {
                QCOMPARE(a.lastReceivedMs, 10 * kHour + 60'000);
                QCOMPARE(a.recordsInWindow, 155);
            } else {
                QCOMPARE(a.stream, OutageStream::Order);
                QCOMPARE(a.lastReceivedMs, 9 * kHour);
                QCOMPARE(a.recordsInWindow, 3);
            }
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(tst_OutageStore)
#include "tst_outagestore.moc"
