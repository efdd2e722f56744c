// AdminClient against the real reference platform on loopback over TLS (accounts; policy and audit once
// the platform serves them) and against the contract fixture of issue 3 (policy and audit).

#include "admintestsupport.h"

#include "client/adminclient.h"

#include "api/auditapi.h"
#include "security/accountstore.h"
#include "security/auditstore.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rw;
using namespace rw::admintest;

class tst_AdminClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // The real platform.
    void listsCreatesDisablesAndResetsAccounts();
    void createRefusalNamesTheRegion();
    void unlockIsTheSecurityAdministrators();
    void unreachablePlatformFailsWhatWaits();
    void policyOnTheRealPlatform();
    void auditOnTheRealPlatform();
    void fullSizeExportFromTheRealPlatform();

    // The contract fixture.
    void policyReadAndSavedAsTheContractSays();
    void invalidPolicyNamesItsKeys();
    void auditSearchSendsEveryFilterAndPages();
    void exportWritesTheFileWithItsRows();
    void exportCancelledWhileWaitingWritesNothing();
    void exportTooLargeKeepsTheExistingFile();
    void secondExportIsRefusedWhileOneRuns();
    void verifyReportsTheFirstBrokenEntry();
    void aCancelledVerificationIsNotReported();
    void policyKeysAreFoundInMessages();

private:
    /** Signs m_client in at the real platform as \a user. */
    bool realSignIn(const QString &user);
    /** Signs m_client in at the contract fixture as \a role. */
    bool fixtureSignIn(Role role);
    /** The failure message if the last call failed within the wait, else empty. */
    static QString waitFor(QSignalSpy &result, QSignalSpy &failed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_platform;
    std::unique_ptr<AdminContractFixture> m_fixture;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<AdminClient> m_admin;
};

void tst_AdminClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(startTime());
    m_client = std::make_unique<PlatformClient>();
    m_admin = std::make_unique<AdminClient>(m_client.get());
}

void tst_AdminClient::cleanup()
{
    m_admin.reset();
    m_client.reset();
    m_fixture.reset();
    m_platform.reset();
    m_clock.reset();
    m_dir.reset();
}

bool tst_AdminClient::realSignIn(const QString &user)
{
    if (!m_platform) {
        m_platform = startPlatform(m_dir->path(), m_clock.get());
        if (!m_platform)
            return false;
        connectTo(*m_client, m_platform->baseUrl(), m_platform->certificate());
    }
    const QString refusal = signIn(*m_client, user, *m_clock);
    if (!refusal.isEmpty())
        qWarning("sign-in as %s: %s", qPrintable(user), qPrintable(refusal));
    return refusal.isEmpty();
}

bool tst_AdminClient::fixtureSignIn(Role role)
{
    m_fixture = std::make_unique<AdminContractFixture>();
    return m_fixture->start() && m_fixture->signIn(*m_client, role);
}

QString tst_AdminClient::waitFor(QSignalSpy &result, QSignalSpy &failed)
{
    const int results = int(result.size());
    const int failures = int(failed.size());
    if (!QTest::qWaitFor([&] { return result.size() > results || failed.size() > failures; }, 10000))
        return QStringLiteral("no answer within 10 s");
    return failed.size() > failures ? failed.last().at(1).toString() : QString();
}

void tst_AdminClient::listsCreatesDisablesAndResetsAccounts()
{
    QVERIFY(realSignIn(QStringLiteral("demo.sysadmin")));
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy listed(m_admin.get(), &AdminClient::accountsReceived);
    m_admin->listAccounts();
    QCOMPARE(waitFor(listed, failed), QString());
    auto accounts = listed.last().at(0).value<QList<AccountInfo>>();
    QCOMPARE(accounts.size(), 6);
    const auto find = [&](const QString &user) {
        for (const AccountInfo &a : accounts) {
            if (a.userName == user)
                return a;
        }
        return AccountInfo();
    };
    QCOMPARE(find(QStringLiteral("demo.city")).role, Role(Role::CityOfficer));
    QCOMPARE(find(QStringLiteral("demo.city")).regionCode, QStringLiteral("469001"));
    QCOMPARE(find(QStringLiteral("demo.city")).state(), AccountInfo::State::Active);
    QVERIFY(find(QStringLiteral("demo.city")).passwordChangedAt.isValid());
    QCOMPARE(find(QStringLiteral("demo.auditor")).regionCode, QString());

    // A new city officer gets a one-time password, and must change it at the first sign-in.
    QSignalSpy created(m_admin.get(), &AdminClient::accountCreated);
    m_admin->createAccount(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::CityOfficer,
                           QStringLiteral("469001"));
    QCOMPARE(waitFor(created, failed), QString());
    const auto account = created.last().at(0).value<AccountInfo>();
    const QString password = created.last().at(1).toString();
    QCOMPARE(account.userName, QStringLiteral("li.na"));
    QCOMPARE(account.displayName, QStringLiteral("李娜"));
    QCOMPARE(account.state(), AccountInfo::State::MustChange);
    QVERIFY(password.size() >= 12);
    QCOMPARE(created.last().at(2).toString(), QString()); // no authenticator key for a business role
    const auto login =
        m_platform->accounts().login(QStringLiteral("li.na"), password, {}, QStringLiteral("test"));
    QCOMPARE(login.outcome, AccountService::LoginOutcome::MustChangePassword);

    // An administrator receives an authenticator key with the password.
    m_admin->createAccount(QStringLiteral("zhao.audit"), QString(), Role::AuditAdministrator, QString());
    QCOMPARE(waitFor(created, failed), QString());
    QVERIFY2(created.last().at(2).toString().startsWith(QStringLiteral("otpauth://totp/")),
             qPrintable(created.last().at(2).toString()));

    QSignalSpy disabled(m_admin.get(), &AdminClient::accountDisabledChanged);
    m_admin->setAccountDisabled(QStringLiteral("li.na"), true);
    QCOMPARE(waitFor(disabled, failed), QString());
    QCOMPARE(disabled.last().at(0).toString(), QStringLiteral("li.na"));
    QCOMPARE(disabled.last().at(1).toBool(), true);
    QVERIFY(m_platform->accounts().store().find(QStringLiteral("li.na"))->disabled);
    m_admin->listAccounts();
    QCOMPARE(waitFor(listed, failed), QString());
    accounts = listed.last().at(0).value<QList<AccountInfo>>();
    QCOMPARE(find(QStringLiteral("li.na")).state(), AccountInfo::State::Disabled);
    QVERIFY2(find(QStringLiteral("li.na")).stateText().contains(QStringLiteral("Disabled")),
             qPrintable(find(QStringLiteral("li.na")).stateText()));

    m_admin->setAccountDisabled(QStringLiteral("li.na"), false);
    QCOMPARE(waitFor(disabled, failed), QString());
    QVERIFY(!m_platform->accounts().store().find(QStringLiteral("li.na"))->disabled);

    // Nobody disables their own account: the platform refuses, and the message says which.
    m_admin->setAccountDisabled(QStringLiteral("demo.sysadmin"), true);
    const QString refusal = waitFor(disabled, failed);
    QVERIFY2(refusal.contains(QStringLiteral("demo.sysadmin")) && refusal.contains(QStringLiteral("409")),
             qPrintable(refusal));
    QCOMPARE(failed.last().at(0).value<AdminClient::Operation>(), AdminClient::Operation::DisableAccount);

    QSignalSpy reset(m_admin.get(), &AdminClient::passwordReset);
    m_admin->resetPassword(QStringLiteral("demo.city"));
    QCOMPARE(waitFor(reset, failed), QString());
    QCOMPARE(reset.last().at(0).toString(), QStringLiteral("demo.city"));
    const QString fresh = reset.last().at(1).toString();
    QVERIFY(fresh.size() >= 12);
    QCOMPARE(
        m_platform->accounts().login(QStringLiteral("demo.city"), fresh, {}, QStringLiteral("test")).outcome,
        AccountService::LoginOutcome::MustChangePassword);
}

void tst_AdminClient::createRefusalNamesTheRegion()
{
    QVERIFY(realSignIn(QStringLiteral("demo.sysadmin")));
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy created(m_admin.get(), &AdminClient::accountCreated);
    // A provincial supervisor needs a province code.
    m_admin->createAccount(QStringLiteral("wang.hai"), QString(), Role::ProvincialSupervisor,
                           QStringLiteral("469001"));
    const QString message = waitFor(created, failed);
    QVERIFY2(message.contains(QStringLiteral("wang.hai")) && message.contains(QStringLiteral("469001")) &&
                 message.contains(QStringLiteral("HTTP 400")),
             qPrintable(message));
    QCOMPARE(failed.last().at(0).value<AdminClient::Operation>(), AdminClient::Operation::CreateAccount);
    QCOMPARE(created.size(), 0);
}

void tst_AdminClient::unlockIsTheSecurityAdministrators()
{
    QVERIFY(realSignIn(QStringLiteral("demo.sysadmin")));
    AccountService &accounts = m_platform->accounts();
    for (int i = 0; i < accounts.policy().lockoutThreshold; ++i)
        accounts.login(QStringLiteral("demo.city"), QStringLiteral("wrong"), {}, QStringLiteral("test"));
    QCOMPARE(
        accounts.login(QStringLiteral("demo.city"), AccountService::DemoPassword, {}, QStringLiteral("test"))
            .outcome,
        AccountService::LoginOutcome::Locked);

    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy unlocked(m_admin.get(), &AdminClient::accountUnlocked);
    QSignalSpy listed(m_admin.get(), &AdminClient::accountsReceived);
    // The system administrator sees the lock …
    m_admin->listAccounts();
    QCOMPARE(waitFor(listed, failed), QString());
    for (const AccountInfo &a : listed.last().at(0).value<QList<AccountInfo>>()) {
        if (a.userName == QLatin1String("demo.city")) {
            QCOMPARE(a.state(), AccountInfo::State::Locked);
            QCOMPARE(a.lockedUntil, m_clock->now().addSecs(accounts.policy().lockoutMinutes * 60));
        }
    }
    // … but may not lift it (MLPS 2.0 §8.1.5: the security administrator's duty).
    m_admin->unlockAccount(QStringLiteral("demo.city"));
    QString message = waitFor(unlocked, failed);
    QVERIFY2(message.contains(QStringLiteral("403")) && message.contains(QStringLiteral("demo.city")),
             qPrintable(message));

    m_client->logout();
    QVERIFY(realSignIn(QStringLiteral("demo.secadmin")));
    m_admin->unlockAccount(QStringLiteral("demo.city"));
    QCOMPARE(waitFor(unlocked, failed), QString());
    QCOMPARE(unlocked.last().at(0).toString(), QStringLiteral("demo.city"));
    QCOMPARE(
        accounts.login(QStringLiteral("demo.city"), AccountService::DemoPassword, {}, QStringLiteral("test"))
            .outcome,
        AccountService::LoginOutcome::Ok);

    // The platform lists accounts to the system administrator only (documented gap, see the report).
    m_admin->listAccounts();
    message = waitFor(listed, failed);
    QVERIFY2(message.contains(QStringLiteral("403")), qPrintable(message));
}

void tst_AdminClient::unreachablePlatformFailsWhatWaits()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    m_client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    m_admin->listAccounts();
    m_admin->verifyAudit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QCOMPARE(failed.at(0).at(0).value<AdminClient::Operation>(), AdminClient::Operation::ListAccounts);
    QCOMPARE(failed.at(1).at(0).value<AdminClient::Operation>(), AdminClient::Operation::VerifyAudit);
    QVERIFY2(failed.at(0).at(1).toString().contains(QString::number(port)),
             qPrintable(failed.at(0).at(1).toString()));

    // Without any address, at once.
    PlatformClient nowhere;
    AdminClient admin(&nowhere);
    QSignalSpy nowhereFailed(&admin, &AdminClient::failed);
    QTemporaryDir dir;
    QVERIFY(admin.exportAudit({}, dir.filePath(QStringLiteral("audit.csv"))));
    QCOMPARE(nowhereFailed.size(), 1);
    QVERIFY(!admin.isExporting());
}

void tst_AdminClient::policyOnTheRealPlatform()
{
    QVERIFY(realSignIn(QStringLiteral("demo.secadmin")));
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy received(m_admin.get(), &AdminClient::policyReceived);
    m_admin->fetchPolicy();
    QString message = waitFor(received, failed);
    if (message.contains(QStringLiteral("HTTP 404")))
        QSKIP("The platform on this branch has no /api/v1/policy yet (built on branch platform-admin-api); "
              "this test runs once both are merged.");
    QCOMPARE(message, QString());
    const auto snapshot = received.last().at(0).value<PolicySnapshot>();
    QCOMPARE(snapshot.policy, PasswordPolicy());
    QVERIFY(snapshot.bounds.contains(QStringLiteral("minLength")));

    PasswordPolicy stricter = snapshot.policy;
    stricter.minLength = 14;
    QSignalSpy saved(m_admin.get(), &AdminClient::policySaved);
    m_admin->savePolicy(stricter);
    QCOMPARE(waitFor(saved, failed), QString());
    QCOMPARE(saved.last().at(0).value<PasswordPolicy>().minLength, 14);
    m_admin->fetchPolicy();
    QCOMPARE(waitFor(received, failed), QString());
    QCOMPARE(received.last().at(0).value<PolicySnapshot>().policy.minLength, 14);
    QCOMPARE(received.last().at(0).value<PolicySnapshot>().updatedBy, QStringLiteral("demo.secadmin"));

    QSignalSpy rejected(m_admin.get(), &AdminClient::policyRejected);
    stricter.minLength = 5;
    m_admin->savePolicy(stricter);
    message = waitFor(saved, failed);
    QVERIFY2(message.contains(QStringLiteral("minLength")), qPrintable(message));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.last().at(0).toStringList(), QStringList{QStringLiteral("minLength")});
}

void tst_AdminClient::auditOnTheRealPlatform()
{
    QVERIFY(realSignIn(QStringLiteral("demo.auditor")));
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy page(m_admin.get(), &AdminClient::auditPageReceived);
    AuditQuery query;
    query.action = QStringLiteral("login");
    const quint64 id = m_admin->searchAudit(query);
    QString message = waitFor(page, failed);
    if (message.contains(QStringLiteral("HTTP 404")))
        QSKIP("The platform on this branch has no /api/v1/audit yet (built on branch platform-admin-api); "
              "this test runs once both are merged.");
    QCOMPARE(message, QString());
    QCOMPARE(page.last().at(0).toULongLong(), id);
    const auto entries = page.last().at(1).value<AuditLogPage>().entries;
    QVERIFY(!entries.isEmpty()); // at least this sign-in
    QCOMPARE(entries.first().actor, QStringLiteral("demo.auditor"));
    for (const AuditEntry &e : entries)
        QCOMPARE(e.action, QStringLiteral("login"));
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).seq > entries.at(i).seq); // newest first

    QSignalSpy verified(m_admin.get(), &AdminClient::auditVerified);
    m_admin->verifyAudit();
    QCOMPARE(waitFor(verified, failed), QString());
    QVERIFY(verified.last().at(0).value<AuditChainReport>().ok);
    QVERIFY(verified.last().at(0).value<AuditChainReport>().checked >= entries.size());

    QSignalSpy exported(m_admin.get(), &AdminClient::auditExported);
    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    QVERIFY(m_admin->exportAudit(query, path));
    QCOMPARE(waitFor(exported, failed), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
    QVERIFY(exported.last().at(1).toLongLong() >= entries.size());
}

void tst_AdminClient::fullSizeExportFromTheRealPlatform()
{
    QVERIFY(realSignIn(QStringLiteral("demo.auditor")));
    // The platform's cap: 100,000 rows, added straight into the file (unchained: verification would
    // fail, the export does not care).
    const qint64 existing = m_platform->audit().count();
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("p.sqlite"))));
        QVERIFY2(db.exec(QStringLiteral(
                             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                             " INSERT INTO audit_log (at_ms, actor, role, peer, action, target, outcome,"
                             " detail, prev_mac, mac)"
                             " SELECT %2 + i, 'bulk', 'cityOfficer', '10.1.1.1:443', 'record.lookup',"
                             " 'driver/' || i, 'success', '{\"n\":' || i || '}', randomblob(32),"
                             " randomblob(32) FROM n")
                             .arg(AuditApi::ExportCap - existing)
                             .arg(m_clock->nowMs())),
                 qPrintable(db.lastError().toString()));
    }
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy exported(m_admin.get(), &AdminClient::auditExported);
    // How long the event loop stops while the file is written: a zero timer ticks at every turn.
    QElapsedTimer clock;
    qint64 writingFrom = -1;
    qint64 lastTick = 0;
    qint64 longestPause = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        if (writingFrom >= 0)
            longestPause = qMax(longestPause, now - lastTick);
        lastTick = now;
    });
    connect(m_admin.get(), &AdminClient::auditExportProgress, this, [&](qint64, qint64 total) {
        if (total >= 0 && writingFrom < 0)
            writingFrom = clock.elapsed();
    });
    const QString path = m_dir->filePath(QStringLiteral("full.csv"));
    clock.start();
    ticker.start();
    QVERIFY(m_admin->exportAudit({}, path));
    QVERIFY(QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, 120000));
    ticker.stop();
    const qint64 total = clock.elapsed();
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QCOMPARE(exported.first().at(1).toLongLong(), AuditApi::ExportCap);
    QCOMPARE(QFileInfo(path).size(), exported.first().at(2).toLongLong());
    qInfo("export of %lld rows (%lld bytes): %lld ms until the bytes arrived, %lld ms writing the file; "
          "the event loop paused at most %lld ms while writing",
          AuditApi::ExportCap, exported.first().at(2).toLongLong(), writingFrom, total - writingFrom,
          longestPause);
    // Written on another thread: the GUI thread only passes on progress (the bound is generous for a
    // busy machine; writing on the GUI thread with the final fsync takes far longer).
    QVERIFY2(longestPause < 250, qPrintable(QString::number(longestPause)));
}

void tst_AdminClient::policyReadAndSavedAsTheContractSays()
{
    QVERIFY(fixtureSignIn(Role::SecurityAdministrator));
    m_fixture->policyUpdatedAt = startTime();
    m_fixture->policyUpdatedBy = QStringLiteral("demo.secadmin");
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy received(m_admin.get(), &AdminClient::policyReceived);
    m_admin->fetchPolicy();
    QCOMPARE(waitFor(received, failed), QString());
    const auto snapshot = received.last().at(0).value<PolicySnapshot>();
    QCOMPARE(snapshot.policy, PasswordPolicy());
    QCOMPARE(snapshot.bounds.value(QStringLiteral("maxAgeDays")), (PolicySnapshot::Range{1, 90}));
    QCOMPARE(snapshot.bounds.size(), 11);
    QCOMPARE(snapshot.updatedAt, startTime());
    QCOMPARE(snapshot.updatedBy, QStringLiteral("demo.secadmin"));

    PasswordPolicy changed;
    changed.maxAgeDays = 60;
    changed.totpRequiredRoles.append(Role::EnforcementOfficer);
    QSignalSpy saved(m_admin.get(), &AdminClient::policySaved);
    m_admin->savePolicy(changed);
    QCOMPARE(waitFor(saved, failed), QString());
    QCOMPARE(saved.last().at(0).value<PasswordPolicy>(), changed);
    QCOMPARE(m_fixture->policy, changed);
    const auto &put = m_fixture->seen.last();
    QCOMPARE(put.method, QByteArray("PUT"));
    const QJsonObject body = QJsonDocument::fromJson(put.body).object();
    QCOMPARE(body.value(QStringLiteral("policy")).toObject(), changed.toJson());
}

void tst_AdminClient::invalidPolicyNamesItsKeys()
{
    QVERIFY(fixtureSignIn(Role::SecurityAdministrator));
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy rejected(m_admin.get(), &AdminClient::policyRejected);
    QSignalSpy saved(m_admin.get(), &AdminClient::policySaved);
    PasswordPolicy bad;
    bad.minLength = 5;
    bad.warnDays = 95;
    m_admin->savePolicy(bad);
    const QString message = waitFor(saved, failed);
    QVERIFY2(message.contains(QStringLiteral("HTTP 400, policy_invalid")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("minLength is 5")), qPrintable(message));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.last().at(0).toStringList(),
             (QStringList{QStringLiteral("minLength"), QStringLiteral("maxAgeDays"),
                          QStringLiteral("warnDays")})); // keys() order
    QCOMPARE(m_fixture->policy, PasswordPolicy());       // nothing changed

    // Another role is refused by the platform; the console says which operation.
    QVERIFY(m_fixture->signIn(*m_client, Role::AuditAdministrator));
    m_admin->savePolicy(PasswordPolicy());
    const QString forbidden = waitFor(saved, failed);
    QVERIFY2(forbidden.startsWith(QStringLiteral("Saving the password policy failed (HTTP 403, forbidden)")),
             qPrintable(forbidden));
    QCOMPARE(rejected.size(), 1);
}

void tst_AdminClient::auditSearchSendsEveryFilterAndPages()
{
    QVERIFY(fixtureSignIn(Role::AuditAdministrator));
    m_fixture->fillAudit(100);
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy pages(m_admin.get(), &AdminClient::auditPageReceived);

    AuditQuery query;
    query.limit = 30;
    const quint64 first = m_admin->searchAudit(query);
    QCOMPARE(waitFor(pages, failed), QString());
    QCOMPARE(pages.last().at(0).toULongLong(), first);
    auto page = pages.last().at(1).value<AuditLogPage>();
    QCOMPARE(page.entries.size(), 30);
    QCOMPARE(page.entries.first().seq, 100);
    QCOMPARE(page.entries.last().seq, 71);
    QCOMPARE(page.nextBefore, 71);
    const AuditEntry &newest = page.entries.first();
    QCOMPARE(newest.at, startTime().addSecs(6000));
    QCOMPARE(newest.peer, QStringLiteral("127.0.0.1:40100"));
    QCOMPARE(newest.detail().value(QStringLiteral("code")).toString(), QStringLiteral("c100"));

    query.beforeSeq = page.nextBefore;
    query.limit = 5000; // clamped to the platform's 1000
    const quint64 second = m_admin->searchAudit(query);
    QVERIFY(second != first);
    QCOMPARE(waitFor(pages, failed), QString());
    page = pages.last().at(1).value<AuditLogPage>();
    QCOMPARE(page.entries.size(), 70);
    QCOMPARE(page.entries.first().seq, 70);
    QVERIFY(!page.hasMore());
    QCOMPARE(m_fixture->seen.last().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("1000"));

    // Every filter reaches the platform as the contract spells it, special characters intact.
    AuditQuery filtered;
    filtered.from = startTime().addSecs(60 * 10);
    filtered.to = startTime().addSecs(60 * 90);
    filtered.actor = QStringLiteral("demo.secadmin");
    filtered.action = QStringLiteral("account.*");
    filtered.outcome = AuditEntry::Outcome::Denied;
    filtered.text = QStringLiteral(" a+b&c=d #%五 ");
    m_admin->searchAudit(filtered);
    QCOMPARE(waitFor(pages, failed), QString());
    const QUrlQuery sent = m_fixture->seen.last().query;
    const auto value = [&](const char *key) {
        return sent.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    QCOMPARE(value("from"), QStringLiteral("2026-03-02T01:10:00.000Z"));
    QCOMPARE(value("to"), QStringLiteral("2026-03-02T02:30:00.000Z"));
    QCOMPARE(value("actor"), QStringLiteral("demo.secadmin"));
    QCOMPARE(value("action"), QStringLiteral("account.*"));
    QCOMPARE(value("outcome"), QStringLiteral("denied"));
    QCOMPARE(value("text"), QStringLiteral("a+b&c=d #%五"));
    QVERIFY(!sent.hasQueryItem(QStringLiteral("before")));

    filtered.text.clear();
    m_admin->searchAudit(filtered);
    QCOMPARE(waitFor(pages, failed), QString());
    page = pages.last().at(1).value<AuditLogPage>();
    QVERIFY(!page.entries.isEmpty());
    for (const AuditEntry &e : page.entries) {
        QCOMPARE(e.actor, QStringLiteral("demo.secadmin"));
        QVERIFY(e.action.startsWith(QStringLiteral("account.")));
        QCOMPARE(e.outcome, AuditEntry::Outcome::Denied);
        QVERIFY(e.at >= filtered.from && e.at < filtered.to);
    }
}

void tst_AdminClient::exportWritesTheFileWithItsRows()
{
    QVERIFY(fixtureSignIn(Role::AuditAdministrator));
    m_fixture->fillAudit(20000); // about 3 MB: several chunks
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy progress(m_admin.get(), &AdminClient::auditExportProgress);
    QSignalSpy exported(m_admin.get(), &AdminClient::auditExported);
    const QString path = m_dir->filePath(QStringLiteral("审计 export.csv"));
    AuditQuery query;
    query.outcome = AuditEntry::Outcome::Success;
    QVERIFY(m_admin->exportAudit(query, path));
    QVERIFY(m_admin->isExporting());
    QCOMPARE(waitFor(exported, failed), QString());
    QVERIFY(!m_admin->isExporting());

    QString error;
    const qint64 expectedRows =
        m_fixture->matching(AdminClient::auditParameters(query, false), &error).size();
    QCOMPARE(exported.last().at(0).toString(), path);
    QCOMPARE(exported.last().at(1).toLongLong(), expectedRows);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(exported.last().at(2).toLongLong(), bytes.size());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "seq,at,"));
    QVERIFY(
        !m_fixture->seen.last().query.hasQueryItem(QStringLiteral("limit"))); // the export takes no paging
    QCOMPARE(m_fixture->seen.last().query.queryItemValue(QStringLiteral("outcome")),
             QStringLiteral("success"));

    // Progress: first "waiting", then bytes written up to the total.
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.first().at(1).toLongLong(), -1);
    QCOMPARE(progress.last().at(0).toLongLong(), bytes.size());
    QCOMPARE(progress.last().at(1).toLongLong(), bytes.size());
}

void tst_AdminClient::exportCancelledWhileWaitingWritesNothing()
{
    QVERIFY(fixtureSignIn(Role::AuditAdministrator));
    m_fixture->fillAudit(50);
    m_fixture->holdExports = true;
    QSignalSpy cancelled(m_admin.get(), &AdminClient::auditExportCancelled);
    QSignalSpy exported(m_admin.get(), &AdminClient::auditExported);
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    QVERIFY(m_admin->exportAudit({}, path));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->heldExports(), 1, 10000);
    m_admin->cancelExport();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().at(0).toString(), path);
    QVERIFY(!m_admin->isExporting());

    // The platform answers after all: the answer is dropped. A later call proves it has arrived.
    m_fixture->releaseExports();
    QSignalSpy verified(m_admin.get(), &AdminClient::auditVerified);
    m_admin->verifyAudit();
    QCOMPARE(waitFor(verified, failed), QString());
    QCOMPARE(exported.size(), 0);
    QVERIFY(!QFile::exists(path));
}

void tst_AdminClient::exportTooLargeKeepsTheExistingFile()
{
    QVERIFY(fixtureSignIn(Role::AuditAdministrator));
    m_fixture->fillAudit(50);
    m_fixture->exportLimit = 10;
    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export\n");
    }
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy exported(m_admin.get(), &AdminClient::auditExported);
    QVERIFY(m_admin->exportAudit({}, path));
    const QString message = waitFor(exported, failed);
    QVERIFY2(message.contains(QStringLiteral("413")) &&
                 message.contains(QStringLiteral("export_too_large")) && message.contains(path),
             qPrintable(message));
    QCOMPARE(failed.last().at(0).value<AdminClient::Operation>(), AdminClient::Operation::ExportAudit);
    QVERIFY(!m_admin->isExporting());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the previous export\n"));

    // A directory that does not exist: the writer says so, naming the file.
    const QString nowhere = m_dir->filePath(QStringLiteral("missing/audit.csv"));
    m_fixture->exportLimit = 1000;
    QVERIFY(m_admin->exportAudit({}, nowhere));
    const QString writeError = waitFor(exported, failed);
    QVERIFY2(writeError.contains(nowhere), qPrintable(writeError));
    QVERIFY(!m_admin->isExporting());
}

void tst_AdminClient::secondExportIsRefusedWhileOneRuns()
{
    QVERIFY(fixtureSignIn(Role::AuditAdministrator));
    m_fixture->fillAudit(5);
    m_fixture->holdExports = true;
    QVERIFY(m_admin->exportAudit({}, m_dir->filePath(QStringLiteral("a.csv"))));
    QVERIFY(!m_admin->exportAudit({}, m_dir->filePath(QStringLiteral("b.csv"))));
    QSignalSpy exported(m_admin.get(), &AdminClient::auditExported);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->heldExports(), 1, 10000);
    m_fixture->releaseExports();
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.last().at(0).toString(), m_dir->filePath(QStringLiteral("a.csv")));
    QCOMPARE(exported.last().at(1).toLongLong(), 5);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("b.csv"))));
}

void tst_AdminClient::verifyReportsTheFirstBrokenEntry()
{
    QVERIFY(fixtureSignIn(Role::AuditAdministrator));
    m_fixture->fillAudit(100);
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy verified(m_admin.get(), &AdminClient::auditVerified);
    m_admin->verifyAudit();
    QCOMPARE(waitFor(verified, failed), QString());
    auto report = verified.last().at(0).value<AuditChainReport>();
    QVERIFY(report.ok);
    QCOMPARE(report.checked, 100);
    QCOMPARE(report.lastSeq, 100);
    QCOMPARE(m_fixture->seen.last().method, QByteArray("POST"));

    m_fixture->verifyAnswer =
        QJsonObject{{QStringLiteral("ok"), false},
                    {QStringLiteral("checked"), 41},
                    {QStringLiteral("lastSeq"), 100},
                    {QStringLiteral("firstBroken"),
                     QJsonObject{{QStringLiteral("seq"), 42},
                                 {QStringLiteral("problem"), QStringLiteral("modified")},
                                 {QStringLiteral("message"),
                                  QStringLiteral("entry 42 was changed after it was written")}}}};
    m_admin->verifyAudit();
    QCOMPARE(waitFor(verified, failed), QString());
    report = verified.last().at(0).value<AuditChainReport>();
    QVERIFY(!report.ok);
    QCOMPARE(report.brokenSeq, 42);
    QCOMPARE(report.checked, 41);
    QCOMPARE(report.problem, QStringLiteral("modified"));
    QCOMPARE(report.message, QStringLiteral("entry 42 was changed after it was written"));

    m_fixture->verifyAnswer = QJsonObject{{QStringLiteral("checked"), 3}};
    m_admin->verifyAudit();
    const QString message = waitFor(verified, failed);
    QVERIFY2(message.contains(QStringLiteral("\"ok\"")), qPrintable(message));
}

void tst_AdminClient::aCancelledVerificationIsNotReported()
{
    QVERIFY(fixtureSignIn(Role::AuditAdministrator));
    m_fixture->fillAudit(10);
    QSignalSpy failed(m_admin.get(), &AdminClient::failed);
    QSignalSpy verified(m_admin.get(), &AdminClient::auditVerified);
    QVERIFY(!m_admin->cancelVerify()); // nothing on its way
    m_admin->verifyAudit();
    QVERIFY(m_admin->isVerifying());
    QVERIFY(m_admin->cancelVerify());
    QVERIFY(!m_admin->isVerifying());
    // The next one is answered, and only it: the cancelled one's answer is dropped whenever it comes.
    m_admin->verifyAudit();
    QCOMPARE(waitFor(verified, failed), QString());
    QVERIFY(!m_admin->isVerifying());
    m_admin->verifyAudit(); // a third round trip, time for the cancelled answer to come
    QCOMPARE(waitFor(verified, failed), QString());
    QCOMPARE(verified.size(), 2);
    QCOMPARE(failed.size(), 0);
}

void tst_AdminClient::policyKeysAreFoundInMessages()
{
    QCOMPARE(AdminClient::policyKeysIn(
                 QStringLiteral("password policy: maxAgeDays is 120, outside 1 to 90; "
                                "password policy: warnDays 14 must be less than maxAgeDays 7")),
             (QStringList{QStringLiteral("maxAgeDays"), QStringLiteral("warnDays")}));
    // Whole words only: "minLengthy" is no key, "maxLength" is not "minLength".
    QCOMPARE(AdminClient::policyKeysIn(QStringLiteral("minLengthy maxLength")),
             QStringList{QStringLiteral("maxLength")});
    QCOMPARE(AdminClient::policyKeysIn(QStringLiteral("totpRequiredRoles must include auditAdministrator")),
             QStringList{QStringLiteral("totpRequiredRoles")});
}

QTEST_GUILESS_MAIN(tst_AdminClient)
#include "tst_adminclient.moc"
