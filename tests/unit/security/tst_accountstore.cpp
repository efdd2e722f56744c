#include "domain/manualclock.h"
#include "security/accountstore.h"
#include "security/secretbox.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rw;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QString Password = QStringLiteral("Wuzhishan-Ride-2026");

} // namespace

class tst_AccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createSetsMustChangeAndHashes();
    void findIsCaseInsensitive();
    void duplicateNameRefused();
    void regionMustSuitRole_data();
    void regionMustSuitRole();
    void listAndCount();
    void updateRoleDisabledAndAttempts();
    void setPasswordKeepsFiveInHistory();
    void totpSecretIsSealedPerAccount();
    void unknownIdFails();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountStore> m_store;
};

void tst_AccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("platform.db"))),
             qPrintable(m_db->lastError().toString()));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    m_clock = std::make_unique<ManualClock>(Start);
    m_store = std::make_unique<AccountStore>(*m_db, *m_clock,
                                             PasswordHasher(PasswordHasher::Parameters::pbkdf2(1000)));
}

void tst_AccountStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_AccountStore::createSetsMustChangeAndHashes()
{
    const auto account = m_store->create(QStringLiteral("Li.Wei"), QStringLiteral("李伟"), Role::CityOfficer,
                                         QStringLiteral("469001"), Password);
    QVERIFY2(account, qPrintable(m_store->error()));
    QVERIFY(account->id > 0);
    QCOMPARE(account->userName, QStringLiteral("Li.Wei"));
    QCOMPARE(account->displayName, QStringLiteral("李伟"));
    QCOMPARE(account->role, Role(Role::CityOfficer));
    QCOMPARE(account->regionCode, QStringLiteral("469001"));
    QCOMPARE(account->scope().code(), QStringLiteral("469001"));
    QVERIFY(account->mustChange);
    QVERIFY(!account->disabled);
    QCOMPARE(account->passwordChangedAt, Start);
    QCOMPARE(account->createdAt, Start);
    QCOMPARE(account->attempts, LoginAttemptState());
    QVERIFY(!account->passwordHash.contains(Password));
    QVERIFY(m_store->hasher().verify(Password, account->passwordHash));
    QVERIFY(!m_store->hasher().verify(QStringLiteral("wrong"), account->passwordHash));
}

void tst_AccountStore::findIsCaseInsensitive()
{
    QVERIFY(
        m_store->create(QStringLiteral("Li.Wei"), {}, Role::CityOfficer, QStringLiteral("469001"), Password));
    const auto found = m_store->find(QStringLiteral("li.WEI"));
    QVERIFY(found);
    QCOMPARE(found->userName, QStringLiteral("Li.Wei"));
    QVERIFY(!m_store->find(QStringLiteral("li.wei2")));
    QVERIFY(m_store->error().isEmpty()); // not found is not an error
}

void tst_AccountStore::duplicateNameRefused()
{
    QVERIFY(m_store->create(QStringLiteral("admin"), {}, Role::SystemAdministrator, {}, Password));
    QVERIFY(!m_store->create(QStringLiteral("ADMIN"), {}, Role::AuditAdministrator, {}, Password));
    QVERIFY(m_store->error().contains(QStringLiteral("ADMIN")));
    QCOMPARE(m_store->count(), 1);
}

void tst_AccountStore::regionMustSuitRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("ok");
    QTest::newRow("city officer, Wuzhishan") << int(Role::CityOfficer) << "469001" << true;
    QTest::newRow("city officer, province") << int(Role::CityOfficer) << "460000" << false;
    QTest::newRow("city officer, none") << int(Role::CityOfficer) << "" << false;
    QTest::newRow("supervisor, Hainan") << int(Role::ProvincialSupervisor) << "460000" << true;
    QTest::newRow("supervisor, city") << int(Role::ProvincialSupervisor) << "469001" << false;
    QTest::newRow("enforcement, Haikou") << int(Role::EnforcementOfficer) << "460100" << true;
    QTest::newRow("admin, none") << int(Role::SecurityAdministrator) << "" << true;
    QTest::newRow("admin, region") << int(Role::SystemAdministrator) << "460000" << false;
    QTest::newRow("malformed") << int(Role::CityOfficer) << "46900" << false;
}

void tst_AccountStore::regionMustSuitRole()
{
    QFETCH(int, role);
    QFETCH(QString, region);
    QFETCH(bool, ok);
    const auto account =
        m_store->create(QStringLiteral("u"), {}, Role(static_cast<Role::Id>(role)), region, Password);
    QCOMPARE(account.has_value(), ok);
    QCOMPARE(m_store->error().isEmpty(), ok);
    QCOMPARE(m_store->count(), ok ? 1 : 0);
}

void tst_AccountStore::listAndCount()
{
    QCOMPARE(m_store->count(), 0);
    QVERIFY(m_store->create(QStringLiteral("zhao"), {}, Role::AuditAdministrator, {}, Password));
    QVERIFY(m_store->create(QStringLiteral("an"), {}, Role::ProvincialSupervisor, QStringLiteral("460000"),
                            Password));
    const QList<Account> accounts = m_store->list();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).userName, QStringLiteral("an"));
    QCOMPARE(accounts.at(1).userName, QStringLiteral("zhao"));
    QCOMPARE(m_store->count(), 2);
}

void tst_AccountStore::updateRoleDisabledAndAttempts()
{
    const auto account =
        m_store->create(QStringLiteral("u"), {}, Role::CityOfficer, QStringLiteral("469001"), Password);
    QVERIFY(account);
    QVERIFY(!m_store->updateRole(account->id, Role::ProvincialSupervisor, QStringLiteral("469001")));
    QVERIFY(!m_store->error().isEmpty());
    QVERIFY2(m_store->updateRole(account->id, Role::ProvincialSupervisor, QStringLiteral("460000")),
             qPrintable(m_store->error()));
    QVERIFY(m_store->setDisabled(account->id, true));
    QVERIFY(m_store->setMustChange(account->id, false));
    LoginAttemptState state;
    state.failedCount = 5;
    state.lockedUntil = Start.addSecs(15 * 60);
    QVERIFY(m_store->setAttemptState(account->id, state));
    auto read = m_store->findById(account->id);
    QVERIFY(read);
    QCOMPARE(read->role, Role(Role::ProvincialSupervisor));
    QCOMPARE(read->regionCode, QStringLiteral("460000"));
    QVERIFY(read->disabled);
    QVERIFY(!read->mustChange);
    QCOMPARE(read->passwordHash, account->passwordHash);
    QCOMPARE(read->attempts, state);
    QVERIFY(m_store->setAttemptState(account->id, LoginAttemptState()));
    QVERIFY(m_store->setDisabled(account->id, false));
    read = m_store->findById(account->id);
    QCOMPARE(read->attempts, LoginAttemptState());
    QVERIFY(!read->attempts.lockedUntil.isValid());
    QVERIFY(!read->disabled);
}

void tst_AccountStore::setPasswordKeepsFiveInHistory()
{
    const auto account =
        m_store->create(QStringLiteral("u"), {}, Role::CityOfficer, QStringLiteral("469001"), Password);
    QVERIFY(account);
    QCOMPARE(m_store->passwordHistory(account->id), QStringList{account->passwordHash});
    for (int i = 1; i <= 7; ++i) {
        m_clock->advanceDays(2);
        QVERIFY2(m_store->setPassword(account->id, QStringLiteral("Password-number-%1").arg(i), false),
                 qPrintable(m_store->error()));
    }
    const auto read = m_store->findById(account->id);
    QVERIFY(!read->mustChange);
    QCOMPARE(read->passwordChangedAt, Start.addDays(14));
    const QStringList history = m_store->passwordHistory(account->id);
    QCOMPARE(history.size(), 1 + AccountStore::HistoryKept);
    QCOMPARE(history.first(), read->passwordHash);
    // Newest first: 7 (current), 6, 5, 4, 3, 2; the initial password and number 1 are gone.
    for (int i = 0; i < history.size(); ++i)
        QVERIFY2(m_store->hasher().verify(QStringLiteral("Password-number-%1").arg(7 - i), history.at(i)),
                 qPrintable(QString::number(i)));
    QVERIFY(m_store->setPassword(account->id, QStringLiteral("Reset-by-admin-1"), true));
    QVERIFY(m_store->findById(account->id)->mustChange);
}

void tst_AccountStore::totpSecretIsSealedPerAccount()
{
    const SecretBox box(SecretBox::generateKey());
    const auto a = m_store->create(QStringLiteral("a"), {}, Role::SystemAdministrator, {}, Password);
    const auto b = m_store->create(QStringLiteral("b"), {}, Role::AuditAdministrator, {}, Password);
    QVERIFY(a && b);
    QVERIFY(!m_store->totp(a->id, box));
    QVERIFY(m_store->error().isEmpty());
    const QByteArray secret = QByteArray("12345678901234567890");
    QVERIFY(m_store->setTotpSecret(a->id, secret, box));
    auto enrolment = m_store->totp(a->id, box);
    QVERIFY(enrolment);
    QCOMPARE(enrolment->secret, secret);
    QCOMPARE(enrolment->lastStep, -1);
    QVERIFY(m_store->setTotpLastStep(a->id, 12345));
    QCOMPARE(m_store->totp(a->id, box)->lastStep, 12345);
    // The row holds no plaintext, and copied to another account it does not open.
    QVERIFY(
        !m_db->queryValue(QStringLiteral("SELECT secret FROM account_totp")).toByteArray().contains(secret));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO account_totp (account_id, secret, enrolled_ms) "
                                      "SELECT %1, secret, 0 FROM account_totp WHERE account_id = %2")
                           .arg(b->id)
                           .arg(a->id)));
    QVERIFY(!m_store->totp(b->id, box));
    QVERIFY(!m_store->error().isEmpty());
    QVERIFY(!m_store->totp(a->id, SecretBox(SecretBox::generateKey()))); // another key
    QVERIFY(m_store->removeTotp(a->id));
    QVERIFY(!m_store->totp(a->id, box));
}

void tst_AccountStore::unknownIdFails()
{
    QVERIFY(!m_store->setDisabled(999, true));
    QVERIFY(m_store->error().contains(QStringLiteral("999")));
    QVERIFY(!m_store->setPassword(999, Password, false));
    QVERIFY(!m_store->findById(999));
}

QTEST_GUILESS_MAIN(tst_AccountStore)
#include "tst_accountstore.moc"
