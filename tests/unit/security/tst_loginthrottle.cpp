#include "domain/manualclock.h"
#include "security/loginthrottle.h"

#include <QTest>

using namespace rw;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
const qint64 Minute = 60 * 1000;

} // namespace

class tst_LoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void fourFailuresDoNotLock();
    void fifthFailureLocksForFifteenMinutes();
    void attemptsDuringTheLockAreNotCounted();
    void lockEndsExactlyAtFifteenMinutes();
    void countingRestartsAfterTheLock();
    void successResets();
    void successAfterFourFailuresPreventsTheLock();
    void administratorUnlock();
    void lockedMessageNamesRuleAndTime();
    void followsThePolicy();
};

void tst_LoginThrottle::fourFailuresDoNotLock()
{
    ManualClock clock(Start);
    const LoginThrottle throttle(PasswordPolicy(), clock);
    LoginAttemptState state;
    QCOMPARE(throttle.attemptsLeft(state), 5);
    for (int i = 1; i <= 4; ++i) {
        state = throttle.recordFailure(state);
        clock.advanceSecs(10);
        QCOMPARE(state.failedCount, i);
        QVERIFY(!throttle.isLocked(state));
        QCOMPARE(throttle.attemptsLeft(state), 5 - i);
        QVERIFY(throttle.lockedMessage(state).isEmpty());
    }
    QVERIFY(!state.lockedUntil.isValid());
}

void tst_LoginThrottle::fifthFailureLocksForFifteenMinutes()
{
    ManualClock clock(Start);
    const LoginThrottle throttle(PasswordPolicy(), clock);
    LoginAttemptState state;
    for (int i = 0; i < 4; ++i)
        state = throttle.recordFailure(state);
    clock.advanceSecs(30);
    const QDateTime fifth = clock.now();
    state = throttle.recordFailure(state);
    QCOMPARE(state.failedCount, 5);
    QVERIFY(throttle.isLocked(state));
    QCOMPARE(state.lockedUntil, fifth.addSecs(15 * 60));
    QCOMPARE(throttle.remainingLockMs(state), 15 * Minute);
    QCOMPARE(throttle.attemptsLeft(state), 0);
}

void tst_LoginThrottle::attemptsDuringTheLockAreNotCounted()
{
    ManualClock clock(Start);
    const LoginThrottle throttle(PasswordPolicy(), clock);
    LoginAttemptState state;
    for (int i = 0; i < 5; ++i)
        state = throttle.recordFailure(state);
    const LoginAttemptState locked = state;
    // The 6th attempt arrives 5 minutes later: refused, not counted, the lock not extended.
    clock.advanceMSecs(5 * Minute);
    state = throttle.recordFailure(state);
    QCOMPARE(state, locked);
    QCOMPARE(throttle.remainingLockMs(state), 10 * Minute);
}

void tst_LoginThrottle::lockEndsExactlyAtFifteenMinutes()
{
    ManualClock clock(Start);
    const LoginThrottle throttle(PasswordPolicy(), clock);
    LoginAttemptState state;
    for (int i = 0; i < 5; ++i)
        state = throttle.recordFailure(state);
    clock.advanceMSecs(14 * Minute);
    QVERIFY(throttle.isLocked(state)); // minute 14
    clock.advanceMSecs(Minute - 1);
    QVERIFY(throttle.isLocked(state)); // 14:59.999
    QCOMPARE(throttle.remainingLockMs(state), 1);
    clock.advanceMSecs(1);
    QVERIFY(!throttle.isLocked(state)); // 15:00.000
    QCOMPARE(throttle.remainingLockMs(state), 0);
    QCOMPARE(throttle.attemptsLeft(state), 5);
}

void tst_LoginThrottle::countingRestartsAfterTheLock()
{
    ManualClock clock(Start);
    const LoginThrottle throttle(PasswordPolicy(), clock);
    LoginAttemptState state;
    for (int i = 0; i < 5; ++i)
        state = throttle.recordFailure(state);
    clock.advanceMSecs(15 * Minute);
    // The 6th failure, after the lock ran out, is the first of a new series.
    state = throttle.recordFailure(state);
    QCOMPARE(state.failedCount, 1);
    QVERIFY(!throttle.isLocked(state));
    QVERIFY(!state.lockedUntil.isValid());
    for (int i = 0; i < 3; ++i)
        state = throttle.recordFailure(state);
    QVERIFY(!throttle.isLocked(state));
    state = throttle.recordFailure(state); // the 10th overall, 5th of the series
    QVERIFY(throttle.isLocked(state));
    QCOMPARE(state.lockedUntil, clock.now().addSecs(15 * 60));
}

void tst_LoginThrottle::successResets()
{
    ManualClock clock(Start);
    const LoginThrottle throttle(PasswordPolicy(), clock);
    LoginAttemptState state;
    for (int i = 0; i < 5; ++i)
        state = throttle.recordFailure(state);
    clock.advanceMSecs(15 * Minute);
    state = throttle.recordSuccess(state);
    QCOMPARE(state, LoginAttemptState());
    QCOMPARE(throttle.attemptsLeft(state), 5);
}

void tst_LoginThrottle::successAfterFourFailuresPreventsTheLock()
{
    ManualClock clock(Start);
    const LoginThrottle throttle(PasswordPolicy(), clock);
    LoginAttemptState state;
    for (int i = 0; i < 4; ++i)
        state = throttle.recordFailure(state);
    state = throttle.recordSuccess(state);
    state = throttle.recordFailure(state);
    QCOMPARE(state.failedCount, 1);
    QVERIFY(!throttle.isLocked(state));
}

void tst_LoginThrottle::administratorUnlock()
{
    ManualClock clock(Start);
    const LoginThrottle throttle(PasswordPolicy(), clock);
    LoginAttemptState state;
    for (int i = 0; i < 5; ++i)
        state = throttle.recordFailure(state);
    clock.advanceMSecs(Minute);
    QVERIFY(throttle.isLocked(state));
    state = LoginThrottle::unlocked();
    QVERIFY(!throttle.isLocked(state));
    QCOMPARE(throttle.attemptsLeft(state), 5);
}

void tst_LoginThrottle::lockedMessageNamesRuleAndTime()
{
    ManualClock clock(Start);
    const LoginThrottle throttle(PasswordPolicy(), clock);
    LoginAttemptState state;
    for (int i = 0; i < 5; ++i)
        state = throttle.recordFailure(state);
    clock.advanceMSecs(4 * Minute + 30 * 1000);
    const QString message = throttle.lockedMessage(state);
    QVERIFY2(message.contains(QStringLiteral("5 failed")) &&
                 message.contains(QStringLiteral("lockoutThreshold")) &&
                 message.contains(QStringLiteral("2026-02-01T08:15:00Z")) &&
                 message.contains(QStringLiteral("11 minute")) // 10.5 minutes left, rounded up
                 && message.contains(QStringLiteral("lockoutMinutes: 15")),
             qPrintable(message));
}

void tst_LoginThrottle::followsThePolicy()
{
    ManualClock clock(Start);
    PasswordPolicy policy;
    policy.lockoutThreshold = 3;
    policy.lockoutMinutes = 30;
    const LoginThrottle throttle(policy, clock);
    LoginAttemptState state;
    state = throttle.recordFailure(throttle.recordFailure(state));
    QVERIFY(!throttle.isLocked(state));
    state = throttle.recordFailure(state);
    QVERIFY(throttle.isLocked(state));
    clock.advanceMSecs(30 * Minute - 1);
    QVERIFY(throttle.isLocked(state));
    clock.advanceMSecs(1);
    QVERIFY(!throttle.isLocked(state));
}

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_loginthrottle.moc"
