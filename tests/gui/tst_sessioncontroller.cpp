// The console's sign-in life cycle against the real reference platform over TLS on loopback:
// login → forced password change → main window; idle lock and unlock; an ended session renewed
// without losing the page; sign-out forgets everything.

#include "client/brokerclient.h"
#include "client/certificatepin.h"
#include "client/platformclient.h"
#include "fleet/fleetstate.h"
#include "mainwindow.h"
#include "session/expirybanner.h"
#include "session/lockscreen.h"
#include "session/logindialog.h"
#include "session/passwordchangedialog.h"
#include "session/sessioncontroller.h"

#include "accounts/accountservice.h"
#include "domain/manualclock.h"
#include "platformserver.h"
#include "security/accountstore.h"

#include "guitest.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

const QString kCity = QStringLiteral("demo.city");
const QString kNewPassword = QStringLiteral("Hainan-Wuzhishan-77");

void type(QWidget *root, const QString &field, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget *root, const QString &button)
{
    auto *b = root->findChild<QPushButton *>(button);
    QVERIFY2(b, qPrintable(button));
    QVERIFY2(b->isEnabled(), qPrintable(button + QStringLiteral(" is disabled")));
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

class tst_SessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); } // once: it chains to the previous handler
    void init();
    void cleanup();
    void loginThenForcedChangeThenMainWindow();
    void wrongPasswordStaysInTheDialog();
    void expiryWarningShowsTheBanner();
    void idleLockNeedsThePassword();
    void endedSessionKeepsThePage();
    void signOutForgetsEverything();

private:
    void signIn(const QString &password = AccountService::DemoPassword);

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_session;
};

void tst_SessionController::init()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    PlatformOptions options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("p%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    options.synchronousFull = false;
    options.port = 0;
    options.clock = m_clock.get();
    options.passwordHashing = PasswordHasher::Parameters::pbkdf2(1000); // cheap hashes for tests
    m_server = std::make_unique<PlatformServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->accounts().createDemoAccounts(&error), qPrintable(error));

    m_client = std::make_unique<PlatformClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setPinnedFingerprint(CertificatePin::fingerprintOf(m_server->certificate()));
    m_window = std::make_unique<MainWindow>(m_client.get(), InterfaceCatalogue::builtIn());
    m_session = std::make_unique<SessionController>(m_client.get(), m_window.get(), *m_clock);
    m_window->setSessionController(m_session.get());
    m_session->setPlatformDescription(m_server->baseUrl().toString());
}

void tst_SessionController::cleanup()
{
    m_session.reset();
    m_window.reset();
    m_client.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
}

void tst_SessionController::signIn(const QString &password)
{
    QSignalSpy signedIn(m_session.get(), &SessionController::signedIn);
    m_session->start();
    LoginDialog *login = m_session->loginDialog();
    QVERIFY(login);
    QTRY_VERIFY(login->isVisible());
    type(login, QStringLiteral("userName"), kCity);
    type(login, QStringLiteral("password"), password);
    click(login, QStringLiteral("signIn"));
    QVERIFY(signedIn.wait(10000));
    QVERIFY(m_window->isVisible());
}

void tst_SessionController::loginThenForcedChangeThenMainWindow()
{
    // As after an administrator's reset: the password must change before anything else.
    const auto account = m_server->accounts().store().find(kCity);
    QVERIFY(account);
    QVERIFY(m_server->accounts().store().setPassword(account->id, AccountService::DemoPassword, true));

    QSignalSpy signedIn(m_session.get(), &SessionController::signedIn);
    QSignalSpy accepted(m_session.get(), &SessionController::credentialsAccepted);
    QSignalSpy replaced(m_session.get(), &SessionController::passwordReplaced);
    m_session->start();
    QVERIFY(!m_window->isVisible());
    LoginDialog *login = m_session->loginDialog();
    QVERIFY(login);
    QTRY_VERIFY(login->isVisible());
    type(login, QStringLiteral("userName"), kCity);
    type(login, QStringLiteral("password"), AccountService::DemoPassword);
    guitest::saveScreenshot(login, QStringLiteral("session-login"));
    click(login, QStringLiteral("signIn"));

    QTRY_VERIFY_WITH_TIMEOUT(m_session->passwordDialog() && m_session->passwordDialog()->isVisible(), 10000);
    PasswordChangeDialog *change = m_session->passwordDialog();
    QCOMPARE(change->mode(), PasswordChangeDialog::Mode::Forced);
    QVERIFY(!m_window->isVisible()); // nothing else before the change
    QCOMPARE(signedIn.size(), 0);

    // The checklist follows the policy as the officer types.
    type(change, QStringLiteral("newPassword"), QStringLiteral("short"));
    const auto statusOf = [change](const QString &id) {
        for (const PasswordRuleStatus &status : change->checklist()) {
            if (status.id == id)
                return status.satisfied;
        }
        return false;
    };
    QVERIFY(!statusOf(QStringLiteral("min-length")));
    type(change, QStringLiteral("currentPassword"), AccountService::DemoPassword);
    type(change, QStringLiteral("newPassword"), kNewPassword);
    type(change, QStringLiteral("repeatPassword"), kNewPassword);
    QVERIFY(statusOf(QStringLiteral("min-length")));
    QVERIFY(statusOf(QStringLiteral("character-classes")));
    guitest::saveScreenshot(change, QStringLiteral("session-forced-change"));
    click(change, QStringLiteral("change"));

    QVERIFY(signedIn.wait(10000));
    QVERIFY(m_window->isVisible());
    QCOMPARE(signedIn.first().at(0).value<SessionInfo>().userName, kCity);
    // What keys the offline cache: the password the platform accepted, then the change it accepted.
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().at(0).toString(), kCity);
    QCOMPARE(accepted.first().at(1).toString(), AccountService::DemoPassword);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced.first().at(1).toString(), AccountService::DemoPassword);
    QCOMPARE(replaced.first().at(2).toString(), kNewPassword);
    QVERIFY(!m_session->session().mustChange);
    auto *user = m_window->findChild<QLabel *>(QStringLiteral("signedInUser"));
    QVERIFY(user);
    QVERIFY2(user->text().contains(kCity), qPrintable(user->text()));
    // The city officer's live map, permit lookup, bad-record list, intake page, quality scores, outages and
    // status board.
    QCOMPARE(m_window->pages()->count(), 7);
    // A fresh password: no expiry warning.
    QCOMPARE(m_window->expiryBanner()->level(), ExpiryBanner::Level::Hidden);
    // The platform took the new password: the old one no longer signs in.
    QVERIFY(m_server->accounts().store().hasher().verify(
        kNewPassword, m_server->accounts().store().find(kCity)->passwordHash));
    guitest::saveScreenshot(m_window.get(), QStringLiteral("session-main-window"));
}

void tst_SessionController::wrongPasswordStaysInTheDialog()
{
    QSignalSpy signedIn(m_session.get(), &SessionController::signedIn);
    QSignalSpy accepted(m_session.get(), &SessionController::credentialsAccepted);
    m_session->start();
    LoginDialog *login = m_session->loginDialog();
    QTRY_VERIFY(login->isVisible());
    type(login, QStringLiteral("userName"), kCity);
    type(login, QStringLiteral("password"), QStringLiteral("not the password"));
    click(login, QStringLiteral("signIn"));
    QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), 10000);
    QVERIFY(!login->errorText().isEmpty());
    QVERIFY(login->isVisible());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(signedIn.size(), 0);
    QCOMPARE(accepted.size(), 0); // a refused password keys nothing
}

void tst_SessionController::expiryWarningShowsTheBanner()
{
    // 80 of the 90 days have passed: the warning (14 days ahead) shows, the console works.
    m_clock->advanceDays(80);
    signIn();
    ExpiryBanner *banner = m_window->expiryBanner();
    QCOMPARE(banner->level(), ExpiryBanner::Level::Warning);
    QCOMPARE(banner->daysLeft(), 10);
    QVERIFY(banner->isVisible());
    // "Change now" opens the voluntary change, which can be cancelled.
    emit banner->changeRequested();
    QTRY_VERIFY(m_session->passwordDialog() && m_session->passwordDialog()->isVisible());
    QCOMPARE(m_session->passwordDialog()->mode(), PasswordChangeDialog::Mode::Voluntary);
}

void tst_SessionController::idleLockNeedsThePassword()
{
    signIn();
    QSignalSpy suspended(m_session.get(), &SessionController::suspended);
    QSignalSpy resumed(m_session.get(), &SessionController::resumed);
    m_session->setIdleTimeoutMs(300);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isLocked(), 5000);
    QCOMPARE(suspended.size(), 1);
    LockScreen *lock = m_session->lockScreen();
    QVERIFY(lock->isVisible());

    type(lock, QStringLiteral("unlockPassword"), QStringLiteral("wrong password"));
    click(lock, QStringLiteral("unlock"));
    QTRY_VERIFY_WITH_TIMEOUT(!lock->errorText().isEmpty(), 10000);
    QVERIFY(!lock->isBusy());
    QVERIFY(m_session->isLocked());
    QCOMPARE(resumed.size(), 0);
    m_session->setIdleTimeoutMs(60 * 60 * 1000);
    type(lock, QStringLiteral("unlockPassword"), AccountService::DemoPassword);
    click(lock, QStringLiteral("unlock"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLocked(), 10000);
    QCOMPARE(resumed.size(), 1);
}

void tst_SessionController::endedSessionKeepsThePage()
{
    signIn();
    QWidget *page = m_window->pages()->currentWidget();
    QVERIFY(page);
    QSignalSpy reauthenticated(m_session.get(), &SessionController::reauthenticated);
    QSignalSpy signedOut(m_session.get(), &SessionController::signedOut);

    m_clock->advanceSecs(12 * 60 * 60); // the session limit
    m_client->fetchIntakeSummary();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->loginDialog() && m_session->loginDialog()->isVisible(), 10000);
    LoginDialog *login = m_session->loginDialog();
    QVERIFY(login->isReauthentication());
    QCOMPARE(login->userName(), kCity);
    QVERIFY(m_window->isVisible()); // the page stays as it was behind the dialog
    guitest::saveScreenshot(login, QStringLiteral("session-reauthenticate"));

    type(login, QStringLiteral("password"), AccountService::DemoPassword);
    click(login, QStringLiteral("signIn"));
    QVERIFY(reauthenticated.wait(10000));
    QCOMPARE(m_window->pages()->currentWidget(), page);
    QCOMPARE(signedOut.size(), 0);
    QVERIFY(m_client->isSignedIn());
}

void tst_SessionController::signOutForgetsEverything()
{
    signIn();
    // The live map's broker runs on the session's token…
    QTRY_COMPARE_WITH_TIMEOUT(m_window->broker()->state(), BrokerClient::State::Connected, 10000);
    QSignalSpy signedOut(m_session.get(), &SessionController::signedOut);
    emit m_window->signOutRequested();
    // … and stops with it; the next user starts from an empty map.
    QVERIFY(!m_window->broker()->isOpen());
    QCOMPARE(m_window->fleet()->size(), 0);
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_client->isSignedIn());
    QCOMPARE(m_window->pages()->count(), 0);
    QTRY_VERIFY(m_session->loginDialog() && m_session->loginDialog()->isVisible());
    QCOMPARE(m_session->loginDialog()->userName(), kCity); // offered again
    QTRY_COMPARE_WITH_TIMEOUT(m_server->accounts().sessionCount(), 0, 10000);
}

QTEST_MAIN(tst_SessionController)
#include "tst_sessioncontroller.moc"
