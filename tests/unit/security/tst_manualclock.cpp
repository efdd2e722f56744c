#include "domain/manualclock.h"
#include "domain/systemclock.h"

#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace rw;
using namespace std::chrono_literals;

class tst_ManualClock : public QObject
{
    Q_OBJECT

private slots:
    void startsWhereTold();
    void defaultsToTheEpoch();
    void setConvertsToUtc();
    void advances();
    void advancesFromAnotherThread();
    void systemClockIsNowInUtc();
};

void tst_ManualClock::startsWhereTold()
{
    const QDateTime start =
        QDateTime::fromString(QStringLiteral("2026-03-01T08:00:00.123Z"), Qt::ISODateWithMs);
    ManualClock clock(start);
    QCOMPARE(clock.now(), start);
    QCOMPARE(clock.nowMs(), start.toMSecsSinceEpoch());
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
}

void tst_ManualClock::defaultsToTheEpoch()
{
    ManualClock clock;
    QCOMPARE(clock.nowMs(), 0);
}

void tst_ManualClock::setConvertsToUtc()
{
    ManualClock clock;
    // 16:00 in Beijing is 08:00 UTC.
    clock.set(QDateTime(QDate(2026, 3, 1), QTime(16, 0), QTimeZone(8 * 3600)));
    QCOMPARE(clock.now(), QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(clock.now().toString(Qt::ISODate), QStringLiteral("2026-03-01T08:00:00Z"));
}

void tst_ManualClock::advances()
{
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    const qint64 start = clock.nowMs();
    clock.advanceMSecs(1);
    QCOMPARE(clock.nowMs(), start + 1);
    clock.advanceSecs(59);
    QCOMPARE(clock.nowMs(), start + 59001);
    clock.advance(15min);
    QCOMPARE(clock.nowMs(), start + 59001 + 15 * 60000);
    clock.advanceDays(90);
    QCOMPARE(clock.now().date(), QDate(2026, 4, 1));
    clock.advanceDays(-1);
    QCOMPARE(clock.now().date(), QDate(2026, 3, 31));
    clock.setMSecsSinceEpoch(42);
    QCOMPARE(clock.nowMs(), 42);
}

void tst_ManualClock::advancesFromAnotherThread()
{
    ManualClock clock;
    std::thread worker([&clock] {
        for (int i = 0; i < 10000; ++i)
            clock.advanceMSecs(1);
    });
    for (int i = 0; i < 10000; ++i)
        clock.advanceMSecs(1);
    worker.join();
    QCOMPARE(clock.nowMs(), 20000);
}

void tst_ManualClock::systemClockIsNowInUtc()
{
    SystemClock clock;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(before <= now && now <= after);
    QCOMPARE(now.timeSpec(), Qt::UTC);
    const Clock &asInterface = clock;
    QVERIFY(qAbs(asInterface.nowMs() - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

QTEST_GUILESS_MAIN(tst_ManualClock)
#include "tst_manualclock.moc"
