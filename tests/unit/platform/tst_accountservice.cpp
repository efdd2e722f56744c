#include "accounts/accountservice.h"
#include "domain/manualclock.h"
#include "security/accountstore.h"
#include "security/auditstore.h"
#include "security/passwordblocklist.h"
#include "security/totp.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rw;
using Outcome = AccountService::LoginOutcome;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QString Password = QStringLiteral("Wuzhishan-Ride-2026");
const QString Peer = QStringLiteral("127.0.0.1:50000");
const QByteArray AuditKey = QByteArray("audit key: 32 bytes, not in db!!");
const QByteArray TotpSecret = QByteArray("12345678901234567890");
constexpr qint64 MinuteMs = 60 * 1000;

} // namespace

class tst_AccountService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loginOk();
    void newAccountMustChangeFirst();
    void unknownUserLooksLikeWrongPassword();
    void lockoutAtFifthFailureEndsAfterFifteenMinutes();
    void expiryAtDay90ForcesChange();
    void idleLockAtFifteenMinutes();
    void sessionLimitTwelveHours();
    void voluntaryChangeFollowsMinimumAgeAndHistory();
    void totpForAdministrators();
    void disabledAccount();
    void logoutEndsTheSession();
    void auditTrailVerifies();
    void initAdministratorOnlyOnAnEmptyPlatform();
    void demoAccountsOnePerRole();
    void generatedPasswordsMeetThePolicy();

private:
    Account activeAccount(const QString &name, Role role, const QString &region);
    QList<AuditEntry> entriesWith(const QString &action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AuditStore> m_audit;
    std::unique_ptr<SecretBox> m_box;
    std::unique_ptr<AccountService> m_service;
};

void tst_AccountService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("platform.db"))));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    m_clock = std::make_unique<ManualClock>(Start);
    m_store = std::make_unique<AccountStore>(*m_db, *m_clock,
                                             PasswordHasher(PasswordHasher::Parameters::pbkdf2(1000)));
    m_audit = std::make_unique<AuditStore>(*m_db, AuditChain(AuditKey), *m_clock);
    m_box = std::make_unique<SecretBox>(SecretBox::generateKey());
    m_service = std::make_unique<AccountService>(*m_store, *m_audit, *m_clock, *m_box);
}

void tst_AccountService::cleanup()
{
    m_service.reset();
    m_audit.reset();
    m_store.reset();
    m_db.reset();
    m_box.reset();
    m_clock.reset();
    m_dir.reset();
}

Account tst_AccountService::activeAccount(const QString &name, Role role, const QString &region)
{
    const auto account = m_store->create(name, {}, role, region, Password);
    if (!account)
        qFatal("create: %s", qPrintable(m_store->error()));
    if (!m_store->setPassword(account->id, Password, false)) // as if changed at Start
        qFatal("setPassword: %s", qPrintable(m_store->error()));
    return *m_store->findById(account->id);
}

QList<AuditEntry> tst_AccountService::entriesWith(const QString &action)
{
    QList<AuditEntry> found;
    for (const AuditEntry &entry : m_audit->entries())
        if (entry.action == action)
            found.append(entry);
    return found;
}

void tst_AccountService::loginOk()
{
    activeAccount(QStringLiteral("li"), Role::CityOfficer, QStringLiteral("469001"));
    const auto result = m_service->login(QStringLiteral("LI"), Password, {}, Peer);
    QCOMPARE(result.outcome, Outcome::Ok);
    QVERIFY(result.message.isEmpty()); // 90 days left: no warning
    QCOMPARE(result.token.size(), 43); // 32 bytes, base64url
    QVERIFY(result.session);
    QCOMPARE(result.session->userName, QStringLiteral("li"));
    QCOMPARE(result.session->regionCode, QStringLiteral("469001"));
    QVERIFY(!result.session->mustChange);
    QCOMPARE(result.expiry.expiresAt, Start.addDays(90));
    const auto lookup = m_service->touch(result.token);
    QCOMPARE(lookup.state, AccountService::SessionState::Active);
    QCOMPARE(lookup.session.userName, QStringLiteral("li"));
    QCOMPARE(m_service->touch(result.token + "x").state, AccountService::SessionState::Unknown);
    const auto logins = entriesWith(QStringLiteral("login"));
    QCOMPARE(logins.size(), 1);
    QCOMPARE(logins.first().actor, QStringLiteral("li"));
    QCOMPARE(logins.first().role, QStringLiteral("cityOfficer"));
    QCOMPARE(logins.first().peer, Peer);
    QCOMPARE(logins.first().at, Start);
    QCOMPARE(logins.first().outcome, AuditEntry::Outcome::Success);
}

void tst_AccountService::newAccountMustChangeFirst()
{
    QVERIFY(m_store->create(QStringLiteral("new"), {}, Role::EnforcementOfficer, QStringLiteral("469001"),
                            Password));
    const auto result = m_service->login(QStringLiteral("new"), Password, {}, Peer);
    QCOMPARE(result.outcome, Outcome::MustChangePassword);
    QVERIFY(result.session->mustChange);
    QVERIFY(!result.message.isEmpty());
    // A forced change ignores the minimum age (the account was created a moment ago) …
    const auto weak = m_service->changePassword(result.token, Password, QStringLiteral("short"), Peer);
    QCOMPARE(weak.outcome, AccountService::ChangeOutcome::Rejected);
    QVERIFY(!weak.failures.isEmpty());
    const auto same = m_service->changePassword(result.token, Password, Password, Peer);
    QCOMPARE(same.outcome, AccountService::ChangeOutcome::Rejected); // … but not the history
    QCOMPARE(same.failures.size(), 1);
    QCOMPARE(same.failures.first().rule, PasswordRuleFailure::Rule::Reused);
    const auto changed =
        m_service->changePassword(result.token, Password, QStringLiteral("Tianya-Haijiao-88"), Peer);
    QCOMPARE(changed.outcome, AccountService::ChangeOutcome::Ok);
    QVERIFY(!m_service->touch(result.token).session.mustChange);
    QCOMPARE(m_service->login(QStringLiteral("new"), QStringLiteral("Tianya-Haijiao-88"), {}, Peer).outcome,
             Outcome::Ok);
    const auto changes = entriesWith(QStringLiteral("password.change"));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).outcome, AuditEntry::Outcome::Denied);
    QCOMPARE(changes.at(2).outcome, AuditEntry::Outcome::Success);
    QVERIFY(!changes.at(2).detailJson.contains("Tianya")); // never the password
}

void tst_AccountService::unknownUserLooksLikeWrongPassword()
{
    activeAccount(QStringLiteral("li"), Role::CityOfficer, QStringLiteral("469001"));
    const auto wrong = m_service->login(QStringLiteral("li"), QStringLiteral("not-the-password"), {}, Peer);
    const auto unknown = m_service->login(QStringLiteral("nobody"), Password, {}, Peer);
    QCOMPARE(wrong.outcome, Outcome::WrongCredentials);
    QCOMPARE(unknown.outcome, Outcome::WrongCredentials);
    QCOMPARE(unknown.message, wrong.message);
    QVERIFY(unknown.token.isEmpty());
    const auto logins = entriesWith(QStringLiteral("login"));
    QCOMPARE(logins.size(), 2);
    QCOMPARE(logins.at(1).actor, QStringLiteral("nobody"));
    QCOMPARE(logins.at(1).outcome, AuditEntry::Outcome::Failure);
    QCOMPARE(logins.at(1).detail().value(QStringLiteral("reason")).toString(), QStringLiteral("unknownUser"));
}

void tst_AccountService::lockoutAtFifthFailureEndsAfterFifteenMinutes()
{
    activeAccount(QStringLiteral("li"), Role::CityOfficer, QStringLiteral("469001"));
    for (int i = 1; i <= 4; ++i) {
        m_clock->advanceSecs(10);
        QCOMPARE(m_service->login(QStringLiteral("li"), QStringLiteral("guess-%1").arg(i), {}, Peer).outcome,
                 Outcome::WrongCredentials);
    }
    m_clock->advanceSecs(10);
    const QDateTime fifth = m_clock->now();
    const auto locked = m_service->login(QStringLiteral("li"), QStringLiteral("guess-5"), {}, Peer);
    QCOMPARE(locked.outcome, Outcome::Locked);
    QCOMPARE(locked.lockedUntil, fifth.addSecs(15 * 60));
    QVERIFY(locked.message.contains(QStringLiteral("lockoutThreshold")));
    // The 6th attempt, even with the right password, is refused and neither counts nor extends the lock.
    m_clock->advanceMSecs(15 * MinuteMs - 1);
    const auto sixth = m_service->login(QStringLiteral("li"), Password, {}, Peer);
    QCOMPARE(sixth.outcome, Outcome::Locked);
    QCOMPARE(sixth.lockedUntil, fifth.addSecs(15 * 60));
    QCOMPARE(m_store->find(QStringLiteral("li"))->attempts.failedCount, 5);
    m_clock->advanceMSecs(1); // exactly at the end of the lock
    QCOMPARE(m_service->login(QStringLiteral("li"), Password, {}, Peer).outcome, Outcome::Ok);
    QCOMPARE(m_store->find(QStringLiteral("li"))->attempts, LoginAttemptState());
    const auto logins = entriesWith(QStringLiteral("login"));
    QCOMPARE(logins.size(), 7);
    QCOMPARE(logins.at(4).detail().value(QStringLiteral("failedCount")).toInt(), 5);
    QVERIFY(logins.at(4).detail().contains(QStringLiteral("lockedUntil")));
    QCOMPARE(logins.at(5).outcome, AuditEntry::Outcome::Denied);
    QCOMPARE(logins.at(6).outcome, AuditEntry::Outcome::Success);
}

void tst_AccountService::expiryAtDay90ForcesChange()
{
    activeAccount(QStringLiteral("li"), Role::ProvincialSupervisor, QStringLiteral("460000"));
    m_clock->advanceDays(76);
    auto result = m_service->login(QStringLiteral("li"), Password, {}, Peer);
    QCOMPARE(result.outcome, Outcome::Ok);
    QCOMPARE(result.expiry.state, PasswordExpiry::State::Warning); // 14 days ahead
    QCOMPARE(result.expiry.daysLeft, 14);
    m_clock->advanceDays(13); // day 89
    result = m_service->login(QStringLiteral("li"), Password, {}, Peer);
    QCOMPARE(result.outcome, Outcome::Ok);
    QCOMPARE(result.expiry.daysLeft, 1);
    QVERIFY(result.message.contains(QStringLiteral("maxAgeDays")));
    m_clock->advanceDays(1); // day 90: expired
    result = m_service->login(QStringLiteral("li"), Password, {}, Peer);
    QCOMPARE(result.outcome, Outcome::MustChangePassword);
    QCOMPARE(result.expiry.state, PasswordExpiry::State::Expired);
    m_clock->advanceDays(1); // day 91
    result = m_service->login(QStringLiteral("li"), Password, {}, Peer);
    QCOMPARE(result.outcome, Outcome::MustChangePassword);
    QVERIFY(result.session->mustChange);
    QCOMPARE(
        m_service->changePassword(result.token, Password, QStringLiteral("Tianya-Haijiao-88"), Peer).outcome,
        AccountService::ChangeOutcome::Ok);
    QCOMPARE(m_service->login(QStringLiteral("li"), QStringLiteral("Tianya-Haijiao-88"), {}, Peer).outcome,
             Outcome::Ok);
}

void tst_AccountService::idleLockAtFifteenMinutes()
{
    activeAccount(QStringLiteral("li"), Role::CityOfficer, QStringLiteral("469001"));
    const QByteArray token = m_service->login(QStringLiteral("li"), Password, {}, Peer).token;
    m_clock->advanceMSecs(14 * MinuteMs);
    QCOMPARE(m_service->touch(token).state, AccountService::SessionState::Active);
    m_clock->advanceMSecs(15 * MinuteMs - 1); // measured from the last activity
    QCOMPARE(m_service->peek(token).state, AccountService::SessionState::Active);
    m_clock->advanceMSecs(1);
    QCOMPARE(m_service->touch(token).state, AccountService::SessionState::IdleLocked);
    QCOMPARE(m_service->touch(token).state, AccountService::SessionState::IdleLocked); // no activity recorded
}

void tst_AccountService::sessionLimitTwelveHours()
{
    activeAccount(QStringLiteral("li"), Role::CityOfficer, QStringLiteral("469001"));
    const QByteArray token = m_service->login(QStringLiteral("li"), Password, {}, Peer).token;
    for (int i = 0; i < 71; ++i) { // active every 10 minutes, up to 11 h 50 min
        m_clock->advanceMSecs(10 * MinuteMs);
        QCOMPARE(m_service->touch(token).state, AccountService::SessionState::Active);
    }
    m_clock->advanceMSecs(10 * MinuteMs - 1);
    QCOMPARE(m_service->touch(token).state, AccountService::SessionState::Active);
    m_clock->advanceMSecs(1); // 12 h exactly
    QCOMPARE(m_service->touch(token).state, AccountService::SessionState::Expired);
    QCOMPARE(m_service->touch(token).state, AccountService::SessionState::Unknown); // gone for good
    QCOMPARE(m_service->sessionCount(), 0);
}

void tst_AccountService::voluntaryChangeFollowsMinimumAgeAndHistory()
{
    activeAccount(QStringLiteral("li"), Role::CityOfficer, QStringLiteral("469001"));
    QByteArray token = m_service->login(QStringLiteral("li"), Password, {}, Peer).token;
    auto result = m_service->changePassword(token, Password, QStringLiteral("Tianya-Haijiao-88"), Peer);
    QCOMPARE(result.outcome, AccountService::ChangeOutcome::Rejected);
    QCOMPARE(result.failures.first().rule, PasswordRuleFailure::Rule::TooSoon);
    QVERIFY(result.message.contains(QStringLiteral("minAgeDays")));
    QCOMPARE(
        m_service->changePassword(token, QStringLiteral("wrong"), QStringLiteral("Tianya-Haijiao-88"), Peer)
            .outcome,
        AccountService::ChangeOutcome::WrongPassword);
    m_clock->advanceDays(1);
    token = m_service->login(QStringLiteral("li"), Password, {}, Peer).token;
    QCOMPARE(m_service->changePassword(token, Password, QStringLiteral("Tianya-Haijiao-88"), Peer).outcome,
             AccountService::ChangeOutcome::Ok);
    m_clock->advanceDays(1);
    token = m_service->login(QStringLiteral("li"), QStringLiteral("Tianya-Haijiao-88"), {}, Peer).token;
    result = m_service->changePassword(token, QStringLiteral("Tianya-Haijiao-88"), Password, Peer);
    QCOMPARE(result.outcome, AccountService::ChangeOutcome::Rejected);
    QCOMPARE(result.failures.first().rule, PasswordRuleFailure::Rule::Reused);
    result = m_service->changePassword(token, QStringLiteral("Tianya-Haijiao-88"),
                                       QStringLiteral("Password@2024!"), Peer);
    QCOMPARE(result.outcome, AccountService::ChangeOutcome::Rejected);
    QVERIFY(std::any_of(result.failures.cbegin(), result.failures.cend(),
                        [](const auto &f) { return f.rule == PasswordRuleFailure::Rule::Blocklisted; }));
}

void tst_AccountService::totpForAdministrators()
{
    const Account admin = activeAccount(QStringLiteral("root"), Role::SystemAdministrator, {});
    QCOMPARE(m_service->login(QStringLiteral("root"), Password, {}, Peer).outcome,
             Outcome::TotpRequired); // not enrolled
    QVERIFY(m_store->setTotpSecret(admin.id, TotpSecret, *m_box));
    QCOMPARE(m_service->login(QStringLiteral("root"), Password, {}, Peer).outcome, Outcome::TotpRequired);
    const Totp totp(TotpSecret);
    const QString code = totp.codeAt(m_clock->now());
    const QString wrongCode =
        code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QCOMPARE(m_service->login(QStringLiteral("root"), Password, wrongCode, Peer).outcome,
             Outcome::TotpInvalid);
    QCOMPARE(m_store->findById(admin.id)->attempts.failedCount, 1);
    QCOMPARE(m_service->login(QStringLiteral("root"), Password, code, Peer).outcome, Outcome::Ok);
    QCOMPARE(m_service->login(QStringLiteral("root"), Password, code, Peer).outcome,
             Outcome::TotpInvalid); // replay
    m_clock->advanceSecs(30);
    QCOMPARE(m_service->login(QStringLiteral("root"), Password, totp.codeAt(m_clock->now()), Peer).outcome,
             Outcome::Ok);
}

void tst_AccountService::disabledAccount()
{
    const Account account = activeAccount(QStringLiteral("li"), Role::CityOfficer, QStringLiteral("469001"));
    QVERIFY(m_store->setDisabled(account.id, true));
    QCOMPARE(m_service->login(QStringLiteral("li"), QStringLiteral("wrong"), {}, Peer).outcome,
             Outcome::WrongCredentials);
    const auto result = m_service->login(QStringLiteral("li"), Password, {}, Peer);
    QCOMPARE(result.outcome, Outcome::Disabled);
    QVERIFY(result.token.isEmpty());
    QCOMPARE(entriesWith(QStringLiteral("login")).last().outcome, AuditEntry::Outcome::Denied);
}

void tst_AccountService::logoutEndsTheSession()
{
    activeAccount(QStringLiteral("li"), Role::CityOfficer, QStringLiteral("469001"));
    const QByteArray token = m_service->login(QStringLiteral("li"), Password, {}, Peer).token;
    QVERIFY(m_service->logout(token, Peer));
    QVERIFY(!m_service->logout(token, Peer));
    QCOMPARE(m_service->touch(token).state, AccountService::SessionState::Unknown);
    QCOMPARE(entriesWith(QStringLiteral("logout")).size(), 1);
}

void tst_AccountService::auditTrailVerifies()
{
    activeAccount(QStringLiteral("li"), Role::CityOfficer, QStringLiteral("469001"));
    m_service->login(QStringLiteral("li"), QStringLiteral("wrong"), {}, Peer);
    m_service->login(QStringLiteral("ghost"), Password, {}, Peer);
    const QByteArray token = m_service->login(QStringLiteral("li"), Password, {}, Peer).token;
    m_service->logout(token, Peer);
    QCOMPARE(m_audit->count(), 4);
    const AuditVerification verification = m_audit->verify();
    QVERIFY2(verification.intact(), qPrintable(verification.message));
    QCOMPARE(verification.checked, 4);
}

void tst_AccountService::initAdministratorOnlyOnAnEmptyPlatform()
{
    QString error;
    const auto created = m_service->initAdministrator(QStringLiteral("zhang.admin"), &error);
    QVERIFY2(created, qPrintable(error));
    QCOMPARE(created->account.role, Role(Role::SystemAdministrator));
    QVERIFY(created->account.mustChange);
    QVERIFY(
        created->provisioningUri.startsWith(QStringLiteral("otpauth://totp/RideWatch:zhang.admin?secret=")));
    // The one-time password and the TOTP key work, and a change is demanded first.
    const auto enrolment = m_store->totp(created->account.id, *m_box);
    QVERIFY(enrolment);
    const auto login = m_service->login(QStringLiteral("zhang.admin"), created->password,
                                        Totp(enrolment->secret).codeAt(m_clock->now()), Peer);
    QCOMPARE(login.outcome, Outcome::MustChangePassword);
    QVERIFY(!m_service->initAdministrator(QStringLiteral("second"), &error));
    QVERIFY(error.contains(QStringLiteral("1")));
    QCOMPARE(m_store->count(), 1);
    const auto inits = entriesWith(QStringLiteral("account.init"));
    QCOMPARE(inits.size(), 2);
    QCOMPARE(inits.at(0).outcome, AuditEntry::Outcome::Success);
    QCOMPARE(inits.at(1).outcome, AuditEntry::Outcome::Denied);
    QVERIFY(!inits.at(0).detailJson.contains(created->password.toUtf8()));
}

void tst_AccountService::demoAccountsOnePerRole()
{
    QString error;
    QVERIFY2(m_service->createDemoAccounts(&error), qPrintable(error));
    QVERIFY2(m_service->createDemoAccounts(&error), qPrintable(error)); // again: nothing to do
    QCOMPARE(m_store->count(), qint64(Role::All.size()));
    for (const auto &[name, role] : AccountService::demoAccounts()) {
        const QString code = role.isAdministrator()
                                 ? Totp(AccountService::demoTotpSecret()).codeAt(m_clock->now())
                                 : QString();
        const auto result = m_service->login(name, AccountService::DemoPassword, code, Peer);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(name + QLatin1Char(' ') + result.message));
        QCOMPARE(result.session->role, role);
        QCOMPARE(result.session->regionCode, AccountService::demoRegion(role));
    }
}

void tst_AccountService::generatedPasswordsMeetThePolicy()
{
    PasswordPolicyChecker checker(PasswordPolicy(), *m_clock, PasswordBlocklist::builtIn());
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString password = AccountService::generatePassword();
        QCOMPARE(password.size(), 16);
        QCOMPARE(PasswordPolicyChecker::characterClasses(password), 4);
        QVERIFY2(checker.check(password, QStringLiteral("someone")).isEmpty(), qPrintable(password));
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 200);
}

QTEST_GUILESS_MAIN(tst_AccountService)
#include "tst_accountservice.moc"
