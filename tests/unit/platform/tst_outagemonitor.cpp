#include "domain/manualclock.h"
#include "intake/uploadoutcome.h"
#include "outages/outagemonitor.h"
#include "protocol/interfacecatalogue.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rw;

namespace {

constexpr qint64 kMinute = 60'000;
const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-11-02T01:00:00Z"), Qt::ISODate);

} // namespace

/**
 * OutageMonitor on a real SQLite file: outages found from uploads and silence are stored, and a restart
 * (a new monitor on the same file) neither loses nor duplicates an open one.
 */
class tst_OutageMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        openDatabase();
        m_clock = std::make_unique<ManualClock>(kStart);
    }

    void silenceOpensAndDataClosesAStoredOutage()
    {
        OutageMonitor monitor(*m_db, *m_clock);
        QString error;
        QVERIFY2(monitor.start(&error, 60'000), qPrintable(error));
        QSignalSpy opened(&monitor, &OutageMonitor::outageOpened);
        QSignalSpy changed(&monitor, &OutageMonitor::outageChanged);

        feedPositions(monitor, 30); // 30 minutes, 20 a minute
        const qint64 last = m_clock->nowMs();
        m_clock->advance(std::chrono::minutes(6));
        monitor.tick();
        QCOMPARE(opened.size(), 1);
        const Outage o = opened.first().first().value<Outage>();
        QVERIFY(o.id > 0);
        QCOMPARE(o.startMs, last);
        QCOMPARE(monitor.store().list({}).size(), 1);
        QVERIFY(monitor.store().list({}).first().isOpen());

        monitor.tick(); // again: nothing new
        QCOMPARE(opened.size(), 1);

        m_clock->advance(std::chrono::minutes(4));
        monitor.observe(
            upload(QStringLiteral("positionVehicle"), {last / 1000 + 30, m_clock->nowMs() / 1000}));
        QCOMPARE(changed.size(), 1);
        const std::optional<Outage> stored = monitor.store().byId(o.id);
        QVERIFY(stored);
        QCOMPARE(stored->endMs, m_clock->nowMs());
        QCOMPARE(stored->backfilledRecords, 1); // the one made 30 s after the last record
    }

    void restartKeepsTheOpenOutage()
    {
        qint64 id = 0;
        qint64 last = 0;
        {
            OutageMonitor before(*m_db, *m_clock);
            QVERIFY(before.start(nullptr, 60'000));
            feedPositions(before, 30);
            last = m_clock->nowMs();
            m_clock->advance(std::chrono::minutes(6));
            before.tick();
            QCOMPARE(before.store().list({}).size(), 1);
            id = before.store().list({}).first().id;
        }
        // The platform process ends; it comes back ten minutes later on the same database file.
        m_db.reset();
        openDatabase();
        m_clock->advance(std::chrono::minutes(10));
        OutageMonitor after(*m_db, *m_clock);
        QSignalSpy opened(&after, &OutageMonitor::outageOpened);
        QString error;
        QVERIFY2(after.start(&error, 60'000), qPrintable(error));
        after.tick();
        QCOMPARE(opened.size(), 0); // not opened a second time
        QCOMPARE(after.store().list({}).size(), 1);
        QCOMPARE(after.detector().outages().size(), 1);
        QCOMPARE(after.detector().outages().first().id, id);

        after.observe(upload(QStringLiteral("positionVehicle"), {m_clock->nowMs() / 1000}));
        const QList<Outage> all = after.store().list({});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, id);
        QCOMPARE(all.first().startMs, last);
        QCOMPARE(all.first().endMs, m_clock->nowMs());
    }

    void restartDuringSilenceDetectsFromTheUploadLog()
    {
        // Uploads logged while no monitor ran (e.g. the platform stopped right after them): the next start
        // primes from upload_batch and opens the outage from the real last upload.
        const qint64 t = m_clock->nowMs();
        for (int m = 0; m < 30; ++m) {
            QVERIFY(m_db->exec(QStringLiteral("INSERT INTO upload_batch (company_id, ipc_type, received_ms, "
                                              "record_count, accepted, rejected) VALUES ('C1', "
                                              "'positionVehicle', %1, 20, 20, 0)")
                                   .arg(t + m * kMinute)));
        }
        m_clock->setMSecsSinceEpoch(t + 29 * kMinute + 20 * kMinute);
        OutageMonitor monitor(*m_db, *m_clock);
        QSignalSpy opened(&monitor, &OutageMonitor::outageOpened);
        QVERIFY(monitor.start(nullptr, 60'000));
        monitor.tick();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<Outage>().startMs, t + 29 * kMinute);
    }

    void quietCompanyIsNotAnOutage()
    {
        OutageMonitor monitor(*m_db, *m_clock);
        QVERIFY(monitor.start(nullptr, 60'000));
        QSignalSpy opened(&monitor, &OutageMonitor::outageOpened);
        monitor.observe(upload(QStringLiteral("orderCreate"), {m_clock->nowMs() / 1000}));
        m_clock->advance(std::chrono::hours(5));
        monitor.tick();
        QCOMPARE(opened.size(), 0);
        QVERIFY(monitor.store().list({}).isEmpty());
    }

private:
    void openDatabase()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("platform.db"))));
        SchemaMigrator migrator = SchemaMigrator::platform();
        QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    }

    UploadOutcome upload(const QString &ipcType, const QList<qint64> &businessTimes)
    {
        UploadOutcome u;
        u.spec = m_catalogue->byIpcType(ipcType);
        u.companyId = QStringLiteral("C1");
        u.accepted = int(businessTimes.size());
        u.businessTimes = businessTimes;
        u.receivedMs = m_clock->nowMs();
        // As the intake logs it: the monitor primes from this table after a restart.
        [[maybe_unused]] const bool logged = m_db->exec(
            QStringLiteral(
                "INSERT INTO upload_batch (company_id, ipc_type, received_ms, record_count, accepted, "
                "rejected) VALUES ('C1', '%1', %2, %3, %3, 0)")
                .arg(ipcType)
                .arg(u.receivedMs)
                .arg(businessTimes.size()));
        return u;
    }

    /** \a minutes of positions, 20 a minute; the clock ends at the last upload. */
    void feedPositions(OutageMonitor &monitor, int minutes)
    {
        for (int m = 0; m < minutes; ++m) {
            if (m > 0)
                m_clock->advance(std::chrono::minutes(1));
            monitor.observe(
                upload(QStringLiteral("positionVehicle"), QList<qint64>(20, m_clock->nowMs() / 1000 - 2)));
        }
    }

    std::shared_ptr<const InterfaceCatalogue> m_catalogue = InterfaceCatalogue::builtIn();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
};

QTEST_GUILESS_MAIN(tst_OutageMonitor)
#include "tst_outagemonitor.moc"
