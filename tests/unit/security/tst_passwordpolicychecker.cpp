#include "domain/manualclock.h"
#include "security/passwordblocklist.h"
#include "security/passwordhasher.h"
#include "security/passwordpolicychecker.h"

#include <QTest>

using namespace rw;

namespace {

using Rule = PasswordRuleFailure::Rule;
const qint64 Day = PasswordPolicyChecker::DayMs;
const QDateTime T = QDateTime(QDate(2026, 1, 10), QTime(9, 30), Qt::UTC); // the last change

QList<Rule> rules(const QList<PasswordRuleFailure> &failures)
{
    QList<Rule> result;
    for (const PasswordRuleFailure &failure : failures)
        result.append(failure.rule);
    return result;
}

const PasswordRuleFailure *find(const QList<PasswordRuleFailure> &failures, Rule rule)
{
    for (const PasswordRuleFailure &failure : failures) {
        if (failure.rule == rule)
            return &failure;
    }
    return nullptr;
}

} // namespace

class tst_PasswordPolicyChecker : public QObject
{
    Q_OBJECT

private slots:
    void goodPasswordPasses();
    void tooShort();
    void tooLongStopsEarly();
    void tooFewClasses_data();
    void tooFewClasses();
    void lengthCountsCodePoints();
    void blocklisted();
    void containsUserName_data();
    void containsUserName();
    void reusedFromHistory();
    void historyOnlyComparesTheLastN();
    void reportsEveryBrokenRule();
    void expiryBoundaries_data();
    void expiryBoundaries();
    void expiryFollowsTheClock();
    void mustChangeAfterReset();
    void expiryWithShorterPolicy();
    void minimumAge();
    void messagesAreTranslatableText();
    void checklistMarksEachRule();
};

void tst_PasswordPolicyChecker::goodPasswordPasses()
{
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    const QList<PasswordRuleFailure> failures =
        checker.check(QStringLiteral("Blue7-Kite-Harbour"), QStringLiteral("zhangsan"));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.isEmpty() ? QString() : failures.first().message));
}

void tst_PasswordPolicyChecker::tooShort()
{
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    QCOMPARE(rules(checker.check(QStringLiteral("Kite7-Blue!"), QStringLiteral("u1"))),
             QList<Rule>{Rule::TooShort});
    QVERIFY(checker.check(QStringLiteral("Kite7-Blue!x"), QStringLiteral("u1")).isEmpty()); // exactly 12
    const auto failures = checker.check(QStringLiteral("Kite7-Blue!"), QStringLiteral("u1"));
    QCOMPARE(failures.first().limit, 12);
    QCOMPARE(failures.first().actual, 11);
    QVERIFY2(failures.first().message.contains(QStringLiteral("11")) &&
                 failures.first().message.contains(QStringLiteral("minLength")) &&
                 failures.first().message.contains(QStringLiteral("12")),
             qPrintable(failures.first().message));
    QCOMPARE(PasswordRuleFailure::ruleKey(Rule::TooShort), QStringLiteral("minLength"));
    QVERIFY(rules(checker.check(QString(), QStringLiteral("u1"))).contains(Rule::TooShort));
}

void tst_PasswordPolicyChecker::tooLongStopsEarly()
{
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    const QString longPassword = QStringLiteral("Ab1-").repeated(32) + QStringLiteral("x"); // 129
    const QStringList history = {PasswordHasher(PasswordHasher::Parameters::pbkdf2(1000)).hash(longPassword)};
    const auto failures = checker.check(longPassword, QStringLiteral("u1"), history);
    QCOMPARE(rules(failures), QList<Rule>{Rule::TooLong});
    QCOMPARE(failures.first().limit, 128);
    QCOMPARE(failures.first().actual, 129);
}

void tst_PasswordPolicyChecker::tooFewClasses_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("classes");
    QTest::newRow("lower only") << QStringLiteral("bluekiteharbour") << 1;
    QTest::newRow("lower + upper") << QStringLiteral("BlueKiteHarbour") << 2;
    QTest::newRow("lower + digits") << QStringLiteral("bluekite7harbour") << 2;
    QTest::newRow("three") << QStringLiteral("BlueKite7Harbour") << 3;
    QTest::newRow("four") << QStringLiteral("BlueKite7Harbour!") << 4;
    QTest::newRow("chinese counts as other") << QStringLiteral("bluekite7五指山风筝") << 3;
    QTest::newRow("space counts as other") << QStringLiteral("blue kite harbour 7") << 3;
}

void tst_PasswordPolicyChecker::tooFewClasses()
{
    QFETCH(QString, password);
    QFETCH(int, classes);
    QCOMPARE(PasswordPolicyChecker::characterClasses(password), classes);
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    const auto failures = checker.check(password, QStringLiteral("u1"));
    const PasswordRuleFailure *failure = find(failures, Rule::TooFewClasses);
    QCOMPARE(failure != nullptr, classes < 3);
    if (failure) {
        QCOMPARE(failure->actual, classes);
        QCOMPARE(failure->limit, 3);
        QVERIFY2(failure->message.contains(QStringLiteral("minClasses")), qPrintable(failure->message));
    }
}

void tst_PasswordPolicyChecker::lengthCountsCodePoints()
{
    QCOMPARE(PasswordPolicyChecker::length(QStringLiteral("五指山")), 3);
    QCOMPARE(PasswordPolicyChecker::length(QStringLiteral("😀😀")), 2);         // surrogate pairs
    QCOMPARE(PasswordPolicyChecker::length(QStringLiteral("Cafe\u0301")), 4); // NFKC composes é
    QCOMPARE(PasswordPolicyChecker::length(QStringLiteral("ﬁ")), 2);          // NFKC splits the ligature
}

void tst_PasswordPolicyChecker::blocklisted()
{
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    // Long enough, four classes, and still the most common pattern there is.
    const auto failures = checker.check(QStringLiteral("P@ssw0rd2024!"), QStringLiteral("u1"));
    QCOMPARE(rules(failures), QList<Rule>{Rule::Blocklisted});
    QVERIFY2(failures.first().message.contains(QStringLiteral("blocklist")),
             qPrintable(failures.first().message));
    QVERIFY(!failures.first().message.contains(QStringLiteral("ssw0rd"))); // never echoes the password
    QCOMPARE(rules(checker.check(QStringLiteral("Woaini@5201314"), QStringLiteral("u1"))),
             QList<Rule>{Rule::Blocklisted});
    QCOMPARE(rules(checker.check(QStringLiteral("1qaz@WSX3edc"), QStringLiteral("u1"))),
             QList<Rule>{Rule::Blocklisted});

    // An injected list replaces the built-in one.
    const auto custom = std::make_shared<const PasswordBlocklist>(QStringList{QStringLiteral("harbour")});
    const PasswordPolicyChecker customChecker(PasswordPolicy(), clock, custom);
    QCOMPARE(rules(customChecker.check(QStringLiteral("Harbour@2024!"), QStringLiteral("u1"))),
             QList<Rule>{Rule::Blocklisted});
    QVERIFY(customChecker.check(QStringLiteral("P@ssw0rd2024!"), QStringLiteral("u1")).isEmpty());
}

void tst_PasswordPolicyChecker::containsUserName_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<bool>("refused");
    QTest::newRow("equals, other case")
        << QStringLiteral("ZHANGSAN-Blue7") << QStringLiteral("zhangsan") << true;
    QTest::newRow("contains") << QStringLiteral("Blue7-zhangsan!") << QStringLiteral("zhangsan") << true;
    QTest::newRow("leetspeak") << QStringLiteral("Blue7-zh4ngs4n!") << QStringLiteral("zhangsan") << true;
    QTest::newRow("user name with digits")
        << QStringLiteral("Kite-Officer01x") << QStringLiteral("officer01") << true;
    QTest::newRow("unrelated") << QStringLiteral("Blue7-Kite-Harbour") << QStringLiteral("zhangsan") << false;
    QTest::newRow("short name not searched")
        << QStringLiteral("Blue7-Kite-Harbour") << QStringLiteral("ki") << false;
}

void tst_PasswordPolicyChecker::containsUserName()
{
    QFETCH(QString, password);
    QFETCH(QString, userName);
    QFETCH(bool, refused);
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    const auto failures = checker.check(password, userName);
    const PasswordRuleFailure *failure = find(failures, Rule::ContainsUserName);
    QCOMPARE(failure != nullptr, refused);
    if (failure)
        QVERIFY2(failure->message.contains(userName) && failure->message.contains(QStringLiteral("userName")),
                 qPrintable(failure->message));
}

void tst_PasswordPolicyChecker::reusedFromHistory()
{
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    const PasswordHasher hasher(PasswordHasher::Parameters::pbkdf2(1000));
    // Newest first; mixed algorithms and costs, as years of policy changes leave them.
    const QStringList history = {
        hasher.hash(QStringLiteral("Current-Pass-2026")),
        PasswordHasher(PasswordHasher::Parameters::scrypt(10, 8, 1)).hash(QStringLiteral("Older-Pass-2025")),
        hasher.hash(QStringLiteral("Oldest-Pass-2024")),
    };
    for (const QString &reused : {QStringLiteral("Current-Pass-2026"), QStringLiteral("Older-Pass-2025"),
                                  QStringLiteral("Oldest-Pass-2024")}) {
        const auto failures = checker.check(reused, QStringLiteral("u1"), history);
        QCOMPARE(rules(failures), QList<Rule>{Rule::Reused});
        QCOMPARE(failures.first().limit, 5);
        QVERIFY2(failures.first().message.contains(QStringLiteral("historyCount")) &&
                     failures.first().message.contains(QStringLiteral("5")),
                 qPrintable(failures.first().message));
    }
    QVERIFY(checker.check(QStringLiteral("Brand-New-Pass-7"), QStringLiteral("u1"), history).isEmpty());
}

void tst_PasswordPolicyChecker::historyOnlyComparesTheLastN()
{
    ManualClock clock(T);
    PasswordPolicy policy;
    policy.historyCount = 2;
    const PasswordPolicyChecker checker(policy, clock);
    const PasswordHasher hasher(PasswordHasher::Parameters::pbkdf2(1000));
    const QStringList history = {hasher.hash(QStringLiteral("Newest-Pass-111")),
                                 hasher.hash(QStringLiteral("Second-Pass-222")),
                                 hasher.hash(QStringLiteral("Third-Pass-3333"))};
    QCOMPARE(rules(checker.check(QStringLiteral("Second-Pass-222"), QStringLiteral("u1"), history)),
             QList<Rule>{Rule::Reused});
    QVERIFY(checker.check(QStringLiteral("Third-Pass-3333"), QStringLiteral("u1"), history).isEmpty());
}

void tst_PasswordPolicyChecker::reportsEveryBrokenRule()
{
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    const QStringList history = {
        PasswordHasher(PasswordHasher::Parameters::pbkdf2(1000)).hash(QStringLiteral("woaini"))};
    const auto failures = checker.check(QStringLiteral("woaini"), QStringLiteral("woaini"), history);
    QCOMPARE(rules(failures), (QList<Rule>{Rule::TooShort, Rule::TooFewClasses, Rule::Blocklisted,
                                           Rule::ContainsUserName, Rule::Reused}));
}

void tst_PasswordPolicyChecker::expiryBoundaries_data()
{
    QTest::addColumn<qint64>("sinceChangeMs");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("daysLeft");
    using S = PasswordExpiry::State;
    QTest::newRow("just changed") << qint64(0) << int(S::Ok) << 90;
    QTest::newRow("day 75") << 75 * Day << int(S::Ok) << 15;
    QTest::newRow("1 ms before the warning") << 76 * Day - 1 << int(S::Ok) << 15;
    QTest::newRow("day 76: 14 days left, warn") << 76 * Day << int(S::Warning) << 14;
    QTest::newRow("day 89") << 89 * Day << int(S::Warning) << 1;
    QTest::newRow("day 89 + 23 h") << 89 * Day + 23 * 3600 * 1000LL << int(S::Warning) << 1;
    QTest::newRow("1 ms before day 90") << 90 * Day - 1 << int(S::Warning) << 1;
    QTest::newRow("day 90: expired") << 90 * Day << int(S::Expired) << 0;
    QTest::newRow("day 91") << 91 * Day << int(S::Expired) << 0;
    QTest::newRow("a year") << 365 * Day << int(S::Expired) << 0;
}

void tst_PasswordPolicyChecker::expiryBoundaries()
{
    QFETCH(qint64, sinceChangeMs);
    QFETCH(int, state);
    QFETCH(int, daysLeft);
    ManualClock clock(T);
    clock.advanceMSecs(sinceChangeMs);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    const PasswordExpiry expiry = checker.expiry(T, false);
    QCOMPARE(int(expiry.state), state);
    QCOMPARE(expiry.daysLeft, daysLeft);
    QCOMPARE(expiry.expiresAt, T.addDays(90));
    QCOMPARE(expiry.blocksSignIn(), expiry.state == PasswordExpiry::State::Expired);
    if (expiry.state == PasswordExpiry::State::Warning) {
        QVERIFY2(expiry.message().contains(QStringLiteral("%1 day").arg(daysLeft)),
                 qPrintable(expiry.message()));
        QVERIFY(expiry.message().contains(QStringLiteral("2026-04-10T09:30:00Z")));
        QVERIFY(expiry.message().contains(QStringLiteral("maxAgeDays: 90")));
    }
    if (expiry.state == PasswordExpiry::State::Ok)
        QVERIFY(expiry.message().isEmpty());
    if (expiry.state == PasswordExpiry::State::Expired)
        QVERIFY(expiry.message().contains(QStringLiteral("expired")));
}

void tst_PasswordPolicyChecker::expiryFollowsTheClock()
{
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    QCOMPARE(checker.expiry(T, false).state, PasswordExpiry::State::Ok);
    clock.advanceDays(89);
    QCOMPARE(checker.expiry(T, false).state, PasswordExpiry::State::Warning);
    clock.advanceDays(1);
    QCOMPARE(checker.expiry(T, false).state, PasswordExpiry::State::Expired);
    // A password changed in another zone expires at the same instant.
    const QDateTime beijing = T.toOffsetFromUtc(8 * 3600);
    QCOMPARE(checker.expiry(beijing, false).expiresAt, T.addDays(90));
}

void tst_PasswordPolicyChecker::mustChangeAfterReset()
{
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    const PasswordExpiry expiry = checker.expiry(T, true);
    QCOMPARE(expiry.state, PasswordExpiry::State::MustChange);
    QVERIFY(expiry.blocksSignIn());
    QVERIFY(!expiry.message().isEmpty());
    QCOMPARE(checker.expiry(QDateTime(), false).state, PasswordExpiry::State::MustChange);
}

void tst_PasswordPolicyChecker::expiryWithShorterPolicy()
{
    PasswordPolicy policy;
    policy.maxAgeDays = 30;
    policy.warnDays = 5;
    ManualClock clock(T);
    const PasswordPolicyChecker checker(policy, clock);
    QCOMPARE(checker.expiryAt(T, false, T.addDays(24)).state, PasswordExpiry::State::Ok);
    QCOMPARE(checker.expiryAt(T, false, T.addDays(25)).state, PasswordExpiry::State::Warning);
    QCOMPARE(checker.expiryAt(T, false, T.addDays(30)).state, PasswordExpiry::State::Expired);
}

void tst_PasswordPolicyChecker::minimumAge()
{
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    clock.advanceMSecs(Day - 60 * 1000); // 23 h 59 min after the change
    const auto tooSoon = checker.checkMinimumAge(T, false);
    QVERIFY(tooSoon);
    QCOMPARE(tooSoon->rule, Rule::TooSoon);
    QCOMPARE(tooSoon->limit, 1);
    QVERIFY2(tooSoon->message.contains(QStringLiteral("minAgeDays")) &&
                 tooSoon->message.contains(QStringLiteral("23 hour")) &&
                 tooSoon->message.contains(QStringLiteral("2026-01-11T09:30:00Z")),
             qPrintable(tooSoon->message));
    clock.advanceMSecs(60 * 1000 - 1);
    QVERIFY(checker.checkMinimumAge(T, false)); // 1 ms short of a day
    clock.advanceMSecs(1);
    QVERIFY(!checker.checkMinimumAge(T, false)); // exactly one day
    // After an administrator's reset the user changes at once.
    clock.set(T.addSecs(60));
    QVERIFY(!checker.checkMinimumAge(T, true));
    // minAgeDays 0 switches the rule off.
    PasswordPolicy noMinimum;
    noMinimum.minAgeDays = 0;
    QVERIFY(!PasswordPolicyChecker(noMinimum, clock).checkMinimumAge(T, false));
}

void tst_PasswordPolicyChecker::messagesAreTranslatableText()
{
    // Every message is English source text routed through tr(): non-empty, and no untranslated
    // placeholders left behind.
    ManualClock clock(T);
    const PasswordPolicyChecker checker(PasswordPolicy(), clock);
    const QStringList history = {
        PasswordHasher(PasswordHasher::Parameters::pbkdf2(1000)).hash(QStringLiteral("aaaa"))};
    for (const PasswordRuleFailure &failure :
         checker.check(QStringLiteral("aaaa"), QStringLiteral("aaaa"), history)) {
        QVERIFY(!failure.message.isEmpty());
        QVERIFY2(!failure.message.contains(u'%'), qPrintable(failure.message));
    }
}

void tst_PasswordPolicyChecker::checklistMarksEachRule()
{
    ManualClock clock(T);
    PasswordPolicy policy;
    policy.minLength = 14;
    const PasswordPolicyChecker checker(policy, clock);
    const auto satisfied = [&](const QString &candidate) {
        QHash<QString, bool> marks;
        for (const PasswordRuleStatus &status : checker.checklist(candidate, QStringLiteral("zhang.san")))
            marks.insert(status.id, status.satisfied);
        return marks;
    };
    // Nothing typed satisfies nothing.
    const auto empty = satisfied(QString());
    QCOMPARE(empty.size(), 4);
    for (auto it = empty.cbegin(); it != empty.cend(); ++it)
        QVERIFY2(!it.value(), qPrintable(it.key()));
    // 13 characters against a policy of 14: only the length fails.
    auto marks = satisfied(QStringLiteral("Wuzhishan-12a"));
    QVERIFY(!marks.value(QStringLiteral("min-length")));
    QVERIFY(marks.value(QStringLiteral("character-classes")));
    QVERIFY(marks.value(QStringLiteral("not-common")));
    QVERIFY(marks.value(QStringLiteral("no-user-name")));
    marks = satisfied(QStringLiteral("Wuzhishan-12ab"));
    QVERIFY(marks.value(QStringLiteral("min-length")));
    // The user name, and a common password, are marked.
    QVERIFY(!satisfied(QStringLiteral("Zhang.San-2026-x")).value(QStringLiteral("no-user-name")));
    QVERIFY(!satisfied(QStringLiteral("password")).value(QStringLiteral("not-common")));
    QVERIFY(!satisfied(QStringLiteral("abcdefghijklmnop")).value(QStringLiteral("character-classes")));
    // Too long: the maximum appears, unsatisfied.
    const auto tooLong = checker.checklist(QString(200, QLatin1Char('a')), QStringLiteral("zhang.san"));
    QVERIFY(std::any_of(tooLong.cbegin(), tooLong.cend(), [](const PasswordRuleStatus &status) {
        return status.id == QStringLiteral("max-length") && !status.satisfied;
    }));
    // The texts name the policy's numbers.
    QVERIFY(checker.checklist({}, {}).first().text.contains(QStringLiteral("14")));
}

QTEST_GUILESS_MAIN(tst_PasswordPolicyChecker)
#include "tst_passwordpolicychecker.moc"
