#include "domain/manualclock.h"
#include "security/sessiontimes.h"

#include <QTest>

using namespace rw;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
const qint64 Minute = 60 * 1000;
const qint64 Hour = 60 * Minute;

} // namespace

class tst_SessionTimes : public QObject
{
    Q_OBJECT

private slots:
    void idleLockAtMinuteFifteen_data();
    void idleLockAtMinuteFifteen();
    void activityPostponesTheIdleLock();
    void sessionLimitAtTwelveHours();
    void expiryWinsOverIdle();
    void unlockDoesNotExtendTheLimit();
    void lockedSessionsDoNotRecordActivity();
    void timeUntilNextChange();
    void followsThePolicyAndTheClock();
    void invalidTimesAreExpired();
};

void tst_SessionTimes::idleLockAtMinuteFifteen_data()
{
    QTest::addColumn<qint64>("idleMs");
    QTest::addColumn<int>("state");
    QTest::newRow("minute 0") << qint64(0) << int(SessionState::Active);
    QTest::newRow("minute 14") << 14 * Minute << int(SessionState::Active);
    QTest::newRow("14:59.999") << 15 * Minute - 1 << int(SessionState::Active);
    QTest::newRow("minute 15") << 15 * Minute << int(SessionState::IdleLocked);
    QTest::newRow("minute 16") << 16 * Minute << int(SessionState::IdleLocked);
}

void tst_SessionTimes::idleLockAtMinuteFifteen()
{
    QFETCH(qint64, idleMs);
    QFETCH(int, state);
    const PasswordPolicy policy;
    const SessionTimes session{Start, Start.addSecs(3600)}; // last activity an hour in
    QCOMPARE(int(session.stateAt(session.lastActivity.addMSecs(idleMs), policy)), state);
    QCOMPARE(session.idleLockAt(policy), session.lastActivity.addSecs(15 * 60));
}

void tst_SessionTimes::activityPostponesTheIdleLock()
{
    const PasswordPolicy policy;
    SessionTimes session = SessionTimes::startingAt(Start);
    session = session.touched(Start.addMSecs(14 * Minute), policy);
    QCOMPARE(session.lastActivity, Start.addMSecs(14 * Minute));
    QCOMPARE(session.stateAt(Start.addMSecs(28 * Minute), policy), SessionState::Active);
    QCOMPARE(session.stateAt(Start.addMSecs(29 * Minute), policy), SessionState::IdleLocked);
    // An out-of-order older event does not move the activity back.
    QCOMPARE(session.touched(Start.addMSecs(Minute), policy).lastActivity, Start.addMSecs(14 * Minute));
}

void tst_SessionTimes::sessionLimitAtTwelveHours()
{
    const PasswordPolicy policy;
    SessionTimes session = SessionTimes::startingAt(Start);
    // Busy all day: activity every 10 minutes.
    for (qint64 t = 10 * Minute; t < 12 * Hour; t += 10 * Minute)
        session = session.touched(Start.addMSecs(t), policy);
    QCOMPARE(session.expiresAt(policy), Start.addSecs(12 * 3600));
    QCOMPARE(session.stateAt(Start.addMSecs(12 * Hour - 1), policy), SessionState::Active);
    QCOMPARE(session.stateAt(Start.addMSecs(12 * Hour), policy), SessionState::Expired);
    QCOMPARE(session.stateAt(Start.addMSecs(13 * Hour), policy), SessionState::Expired);
}

void tst_SessionTimes::expiryWinsOverIdle()
{
    const PasswordPolicy policy;
    const SessionTimes session{Start, Start.addMSecs(11 * Hour)};
    QCOMPARE(session.stateAt(Start.addMSecs(11 * Hour + 30 * Minute), policy), SessionState::IdleLocked);
    QCOMPARE(session.stateAt(Start.addMSecs(12 * Hour), policy), SessionState::Expired);
}

void tst_SessionTimes::unlockDoesNotExtendTheLimit()
{
    const PasswordPolicy policy;
    SessionTimes session{Start, Start.addMSecs(11 * Hour)};
    const QDateTime unlockAt = Start.addMSecs(11 * Hour + 40 * Minute);
    QCOMPARE(session.stateAt(unlockAt, policy), SessionState::IdleLocked);
    session = session.unlocked(unlockAt, policy);
    QCOMPARE(session.stateAt(unlockAt, policy), SessionState::Active);
    QCOMPARE(session.started, Start);
    QCOMPARE(session.stateAt(Start.addMSecs(12 * Hour), policy), SessionState::Expired);
    // An expired session cannot be unlocked.
    const SessionTimes expired = session.unlocked(Start.addMSecs(12 * Hour), policy);
    QCOMPARE(expired, session);
}

void tst_SessionTimes::lockedSessionsDoNotRecordActivity()
{
    const PasswordPolicy policy;
    const SessionTimes session = SessionTimes::startingAt(Start);
    const QDateTime late = Start.addMSecs(20 * Minute);
    QCOMPARE(session.touched(late, policy), session); // mouse moves on a locked screen change nothing
    QCOMPARE(session.touched(late, policy).stateAt(late, policy), SessionState::IdleLocked);
}

void tst_SessionTimes::timeUntilNextChange()
{
    const PasswordPolicy policy;
    const SessionTimes session{Start, Start.addMSecs(11 * Hour + 50 * Minute)};
    // Idle lock would be at 12:05, the limit comes first at 12:00.
    QCOMPARE(session.msUntilNextChange(Start.addMSecs(11 * Hour + 55 * Minute), policy), 5 * Minute);
    const SessionTimes fresh = SessionTimes::startingAt(Start);
    QCOMPARE(fresh.msUntilNextChange(Start.addMSecs(Minute), policy), 14 * Minute);
    QCOMPARE(fresh.msUntilNextChange(Start.addMSecs(15 * Minute), policy), 0);
}

void tst_SessionTimes::followsThePolicyAndTheClock()
{
    PasswordPolicy policy;
    policy.idleLockMinutes = 5;
    policy.sessionLimitHours = 1;
    ManualClock clock(Start);
    const SessionTimes session = SessionTimes::startingAt(clock.now());
    clock.advanceMSecs(5 * Minute - 1);
    QCOMPARE(session.state(clock, policy), SessionState::Active);
    clock.advanceMSecs(1);
    QCOMPARE(session.state(clock, policy), SessionState::IdleLocked);
    clock.advanceMSecs(55 * Minute);
    QCOMPARE(session.state(clock, policy), SessionState::Expired);
}

void tst_SessionTimes::invalidTimesAreExpired()
{
    QCOMPARE(SessionTimes().stateAt(Start, PasswordPolicy()), SessionState::Expired);
}

QTEST_GUILESS_MAIN(tst_SessionTimes)
#include "tst_sessiontimes.moc"
