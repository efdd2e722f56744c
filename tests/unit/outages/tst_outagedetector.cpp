#include "outages/outagedetector.h"

#include <QTest>

using namespace rw;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kT0 = 1'790'000'000'000; // 2026-09-21, a whole minute
const QString kCompany = QStringLiteral("C1");

/** \a perMinute records of \a stream each minute for \a minutes, received at the minute's 30th second;
 *  business times 2 s before receipt. Returns the last receipt. */
qint64 feed(OutageDetector &d, qint64 from, int minutes, int perMinute,
            OutageStream stream = OutageStream::Position)
{
    qint64 last = 0;
    for (int m = 0; m < minutes; ++m) {
        last = from + m * kMinute + 30'000;
        d.observe(kCompany, stream, last, QList<qint64>(perMinute, last - 2000));
    }
    return last;
}

} // namespace

class tst_OutageDetector : public QObject
{
    Q_OBJECT

private slots:
    void silenceBeyondThresholdOpensOnceAndDataCloses()
    {
        OutageDetector d;
        const qint64 last = feed(d, kT0, 60, 10);
        QVERIFY(d.isActive(kCompany, OutageStream::Position));

        // Positions: 5 minutes. Exactly 5 minutes of silence is not beyond it.
        QVERIFY(d.tick(last + 5 * kMinute).isEmpty());
        const QList<Outage> opened = d.tick(last + 5 * kMinute + 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().companyId, kCompany);
        QCOMPARE(opened.first().stream, OutageStream::Position);
        QCOMPARE(opened.first().startMs, last);
        QCOMPARE(opened.first().detectedMs, last + 5 * kMinute + 1);
        QVERIFY(opened.first().isOpen());
        // 600 records in the hour before: 10 a minute.
        QCOMPARE(opened.first().ratePerMinute, 10.0);
        // A stream that began 30 minutes before its silence: its rate over those 30 minutes.
        OutageDetector young;
        const qint64 youngLast = feed(young, kT0, 30, 20);
        QCOMPARE(young.tick(youngLast + 6 * kMinute).first().ratePerMinute, 20.0);

        QVERIFY(d.tick(last + 20 * kMinute).isEmpty()); // still the same outage

        const qint64 back = last + 30 * kMinute;
        const QList<Outage> changed = d.observe(kCompany, OutageStream::Position, back, {back - 1000});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().endMs, back);
        QVERIFY(!changed.first().isOpen());
        QCOMPARE(changed.first().durationMs(back), 30 * kMinute);
        QCOMPARE(d.outages().size(), 1);
        QVERIFY(!d.outages().first().isOpen());
    }

    void quietStreamIsNotAnOutage()
    {
        OutageDetector d;
        // 9 base-info records in an hour: below the 10 an active stream has.
        qint64 last = 0;
        for (int i = 0; i < 9; ++i) {
            last = kT0 + i * 5 * kMinute;
            d.observe(kCompany, OutageStream::Order, last, {last});
        }
        QVERIFY(!d.isActive(kCompany, OutageStream::Order));
        QVERIFY(d.tick(last + 10 * 60 * kMinute).isEmpty());
        // The tenth makes it active.
        d.observe(kCompany, OutageStream::Order, last + kMinute, {last + kMinute});
        QVERIFY(d.isActive(kCompany, OutageStream::Order));
        QCOMPARE(d.tick(last + kMinute + 30 * kMinute + 1).size(), 1);
    }

    void unwatchedStreamNeverOpens()
    {
        OutageDetector::Options options = OutageDetector::defaultOptions();
        options.silenceMs[int(OutageStream::Rated)] = 0;
        OutageDetector d(options);
        const qint64 last = feed(d, kT0, 60, 10, OutageStream::Rated);
        QVERIFY(d.tick(last + 100 * 60 * kMinute).isEmpty());
    }

    void streamsAndCompaniesAreSeparate()
    {
        OutageDetector d;
        const qint64 last = feed(d, kT0, 60, 10);
        // Orders keep flowing: positions still go silent.
        d.observe(kCompany, OutageStream::Order, last + 10 * kMinute, QList<qint64>(20, last));
        d.observe(QStringLiteral("C2"), OutageStream::Position, last + 10 * kMinute, QList<qint64>(20, last));
        const QList<Outage> opened = d.tick(last + 10 * kMinute);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().stream, OutageStream::Position);
        QCOMPARE(opened.first().companyId, kCompany);
    }

    void backfillCountsBusinessTimesInsideTheWindow()
    {
        OutageDetector d;
        const qint64 last = feed(d, kT0, 60, 10); // 10 a minute
        QCOMPARE(d.tick(last + 6 * kMinute).size(), 1);
        const qint64 back = last + 10 * kMinute; // a 10-minute window: 100 records expected
        d.observe(kCompany, OutageStream::Position, back, {back - 500});
        Outage o = d.outages().first();
        QCOMPARE(o.expectedRecords(back), 100.0);
        QCOMPARE(o.backfilledRecords, 1); // the first record after it was made inside it

        // Re-sent later: 49 inside the window, 10 before it, 10 after it, 5 without a time.
        QList<qint64> times;
        for (int i = 0; i < 49; ++i)
            times << last + 1000 * (i + 1);
        for (int i = 0; i < 10; ++i)
            times << last - 1000 * (i + 1) << back + 1000 * i;
        for (int i = 0; i < 5; ++i)
            times << 0;
        const QList<Outage> changed = d.observe(kCompany, OutageStream::Position, back + 60 * kMinute, times);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().backfilledRecords, 50);
        QCOMPARE(changed.first().backfillRate(back + 60 * kMinute), std::optional<double>(0.5));

        QList<qint64> rest;
        for (int i = 0; i < 70; ++i)
            rest << last + 5000 * (i + 1);
        d.observe(kCompany, OutageStream::Position, back + 61 * kMinute, rest);
        QCOMPARE(d.outages().first().backfillRate(back + 61 * kMinute), std::optional<double>(1.0)); // capped
    }

    void backfillStopsAfterTheHorizon()
    {
        OutageDetector::Options options = OutageDetector::defaultOptions();
        options.backfillHorizonMs = 60 * kMinute;
        OutageDetector d(options);
        const qint64 last = feed(d, kT0, 60, 10);
        d.tick(last + 6 * kMinute);
        const qint64 back = last + 10 * kMinute;
        d.observe(kCompany, OutageStream::Position, back, {back});
        QCOMPARE(d.observe(kCompany, OutageStream::Position, back + 60 * kMinute, {last + 1000}).size(), 1);
        QVERIFY(
            d.observe(kCompany, OutageStream::Position, back + 60 * kMinute + 1, {last + 1000}).isEmpty());
        QVERIFY(d.outages().isEmpty());
    }

    void silenceRightAfterAnOutageIsASecondOne()
    {
        OutageDetector d;
        const qint64 last = feed(d, kT0, 60, 10);
        d.tick(last + 6 * kMinute);
        // Longer than the activity window: only the outage itself keeps the stream active.
        const qint64 back = last + 70 * kMinute;
        d.observe(kCompany, OutageStream::Position, back, {back}); // one record, then silent again
        const QList<Outage> second = d.tick(back + 5 * kMinute + 1);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().startMs, back);
        QCOMPARE(d.outages().size(), 2);
    }

    void statusBoardRates()
    {
        OutageDetector d;
        const qint64 last = feed(d, kT0, 60, 10); // minute 59 at 30 s
        d.observe(kCompany, OutageStream::Order, last, {last});
        const QList<OutageDetector::StreamStatus> board = d.status(last);
        QCOMPARE(board.size(), 2);
        QCOMPARE(board.at(0).stream, OutageStream::Order); // by stream order within the company
        QCOMPARE(board.at(0).recordsPerMinute, 0.2);       // one record in 5 minutes
        QVERIFY(!board.at(0).active);
        QCOMPARE(board.at(1).stream, OutageStream::Position);
        QCOMPARE(board.at(1).recordsPerMinute, 10.0);
        QCOMPARE(board.at(1).lastReceivedMs, last);
        QVERIFY(board.at(1).active);
        QVERIFY(!board.at(1).outageOpen);
        // Three minutes later two of the five minutes had records: 4 a minute.
        QCOMPARE(d.status(last + 3 * kMinute).at(1).recordsPerMinute, 4.0);
        const Outage o = d.tick(last + 6 * kMinute).first();
        d.setId(o, 9);
        QVERIFY(d.status(last + 6 * kMinute).at(1).outageOpen);
        QCOMPARE(d.status(last + 6 * kMinute).at(1).openOutageId, 9);
        QCOMPARE(d.status(last + 6 * kMinute).at(1).recordsPerMinute, 0.0);
    }

    void restartKeepsAnOpenOutageWithoutDuplicating()
    {
        OutageDetector before;
        const qint64 last = feed(before, kT0, 60, 10);
        Outage open = before.tick(last + 6 * kMinute).first();
        before.setId(open, 41);
        QCOMPARE(before.outages().first().id, 41);
        open.id = 41;

        // The platform restarts: the store gives back the open outage and the last receipt.
        OutageDetector after;
        after.restore({open});
        after.prime(kCompany, OutageStream::Position, last, 600);
        QVERIFY(after.tick(last + 60 * kMinute).isEmpty());
        QCOMPARE(after.outages().size(), 1);
        after.restore({open}); // restoring twice replaces, never adds
        QCOMPARE(after.outages().size(), 1);

        const qint64 back = last + 90 * kMinute;
        const QList<Outage> closed = after.observe(kCompany, OutageStream::Position, back, {back});
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().id, 41);
        QCOMPARE(closed.first().startMs, last);
        QCOMPARE(closed.first().endMs, back);
    }

    void restartDuringSilenceStillDetects()
    {
        // Down before the threshold passed: the primed stream opens the outage from its real last record.
        OutageDetector d;
        const qint64 last = kT0 + 60 * kMinute;
        d.prime(kCompany, OutageStream::Position, last, 600);
        QVERIFY(d.isActive(kCompany, OutageStream::Position));
        const QList<Outage> opened = d.tick(last + 20 * kMinute);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().startMs, last);
        QCOMPARE(opened.first().ratePerMinute, 10.0);
        // A closed outage of this very silence, restored, is not opened again.
        OutageDetector again;
        Outage closed = opened.first();
        closed.endMs = last + 15 * kMinute;
        again.prime(kCompany, OutageStream::Position, last, 600);
        again.restore({closed});
        QVERIFY(again.tick(last + 15 * kMinute + 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OutageDetector)
#include "tst_outagedetector.moc"
