// AccountsPage driven offscreen against the real reference platform on loopback over TLS.

#include "../unit/client/admintestsupport.h"
#include "adminguitest.h"
#include "guitest.h"
#include "security/auditstore.h"

#include "admin/accountspage.h"
#include "admin/newaccountdialog.h"
#include "admin/onetimepassworddialog.h"
#include "client/adminclient.h"
#include "itemmodels/accountlistmodel.h"
#include "security/accountstore.h"
#include "security/base32.h"
#include "session/inlinemessage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace rw::admintest;

class tst_AccountsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void systemAdministratorSeesTheirActionsOnly();
    void createShowsTheOneTimePasswordOnce();
    void administratorReceivesTheAuthenticatorKey();
    void refusedCreationStaysInTheForm();
    void disableAsksFirstThenEnableUndoes();
    void ownAccountCannotBeDisabledOrReset();
    void resetShowsTheNewPasswordOnce();
    void securityAdministratorUnlocksByName();
    void screenshots();

private:
    /** Signs in as \a user and opens the page for that account. */
    bool openPage(const QString &user, Role role);
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    /** Selects \a user's row in the table. */
    void select(const QString &user);
    /** The message box named \a name that the page opened (waits for it). */
    QMessageBox *messageBox(const char *name);
    OneTimePasswordDialog *oneTimePasswordDialog();
    QString stateOf(const QString &user) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_platform;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<AdminClient> m_admin;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<AccountsPage> m_page;
};

void tst_AccountsPage::initTestCase()
{
    guitest::quietOffscreenWarnings();
    qputenv("TZ", "Asia/Shanghai");
}

void tst_AccountsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(startTime());
    m_platform = startPlatform(m_dir->path(), m_clock.get());
    QVERIFY(m_platform);
    m_client = std::make_unique<PlatformClient>();
    connectTo(*m_client, m_platform->baseUrl(), m_platform->certificate());
    m_admin = std::make_unique<AdminClient>(m_client.get());
    m_model = std::make_unique<AccountListModel>();
}

void tst_AccountsPage::cleanup()
{
    m_page.reset();
    m_model.reset();
    m_admin.reset();
    m_client.reset();
    m_platform.reset();
    m_clock.reset();
    m_dir.reset();
}

bool tst_AccountsPage::openPage(const QString &user, Role role)
{
    const QString refusal = signIn(*m_client, user, *m_clock);
    if (!refusal.isEmpty()) {
        qWarning("%s", qPrintable(refusal));
        return false;
    }
    m_page = std::make_unique<AccountsPage>(m_admin.get(), m_model.get(), role, user);
    m_page->resize(1000, 560);
    m_page->show();
    return QTest::qWaitForWindowExposed(m_page.get());
}

void tst_AccountsPage::select(const QString &user)
{
    QTableView *view = m_page->view();
    const int row = m_model->rowOf(user);
    QVERIFY(row >= 0);
    const auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
    const QModelIndex index = proxy->mapFromSource(m_model->index(row, AccountListModel::UserColumn));
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().data().toString(), user);
}

QMessageBox *tst_AccountsPage::messageBox(const char *name)
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (box = m_page->findChild<QMessageBox *>(QLatin1String(name))) != nullptr; }, 5000);
    return box;
}

OneTimePasswordDialog *tst_AccountsPage::oneTimePasswordDialog()
{
    OneTimePasswordDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = m_page->findChild<OneTimePasswordDialog *>()) != nullptr; },
                          10000);
    return dialog;
}

QString tst_AccountsPage::stateOf(const QString &user) const
{
    const int row = m_model->rowOf(user);
    return row < 0 ? QString() : m_model->index(row, AccountListModel::StateColumn).data().toString();
}

void tst_AccountsPage::systemAdministratorSeesTheirActionsOnly()
{
    QVERIFY(openPage(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 6, 10000);
    for (const char *name : {"newAccount", "disable", "enable", "resetPassword", "refresh"})
        QVERIFY2(child<QPushButton>(name)->isVisible(), name);
    QVERIFY(!child<QPushButton>("unlock")->isVisible());
    QVERIFY(!child<QLineEdit>("unlockUser")->isVisible());
    // Nothing selected: nothing to act on.
    QVERIFY(!child<QPushButton>("disable")->isEnabled());
    QVERIFY(!child<QPushButton>("resetPassword")->isEnabled());
    QVERIFY(child<QPushButton>("newAccount")->isEnabled());

    // The filter narrows the table.
    QTest::keyClicks(child<QLineEdit>("filter"), QStringLiteral("administrator")); // the role column
    QCOMPARE(m_page->view()->model()->rowCount(), 3);
    child<QLineEdit>("filter")->setText(QStringLiteral("demo.c"));
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
}

void tst_AccountsPage::createShowsTheOneTimePasswordOnce()
{
    QVERIFY(openPage(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 6, 10000);
    QTest::mouseClick(child<QPushButton>("newAccount"), Qt::LeftButton);
    QPointer<NewAccountDialog> form;
    QTRY_VERIFY((form = m_page->findChild<NewAccountDialog *>()) && form->isVisible());
    QPushButton *create = form->findChild<QPushButton *>(QStringLiteral("create"));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("zhou.jie"));
    form->findChild<QLineEdit *>(QStringLiteral("displayName"))
        ->setText(QStringLiteral("周杰")); // no CJK keys
    auto *role = form->findChild<QComboBox *>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(int(Role::EnforcementOfficer)));
    auto *region = form->findChild<QLineEdit *>(QStringLiteral("region"));
    QTest::keyClicks(region, QStringLiteral("460000")); // a province: not for an enforcement officer
    QVERIFY(!create->isEnabled());
    QVERIFY2(form->problem().startsWith(QStringLiteral("Region code:")) &&
                 form->problem().contains(QStringLiteral("460000")),
             qPrintable(form->problem()));
    region->clear();
    QTest::keyClicks(region, QStringLiteral("469001"));
    QCOMPARE(form->problem(), QString());
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    OneTimePasswordDialog *shown = oneTimePasswordDialog();
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    QTRY_VERIFY(!form); // the form closed once the account existed
    const QString password = shown->findChild<QLineEdit *>(QStringLiteral("password"))->text();
    QVERIFY(password.size() >= 12);
    QVERIFY(!shown->findChild<QWidget *>(QStringLiteral("totp"))->isVisible()); // no key for a business role
    QCOMPARE(m_platform->accounts()
                 .login(QStringLiteral("zhou.jie"), password, {}, QStringLiteral("test"))
                 .outcome,
             AccountService::LoginOutcome::MustChangePassword);

    // Not dismissed before it is acknowledged: Escape and Close do nothing.
    QPushButton *close = shown->findChild<QPushButton *>(QStringLiteral("close"));
    QVERIFY(!close->isEnabled());
    QTest::keyClick(shown, Qt::Key_Escape);
    QVERIFY(shown->isVisible());
    shown->done(QDialog::Accepted);
    QVERIFY(shown->isVisible());

    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copyPassword")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    shown->findChild<QCheckBox *>(QStringLiteral("acknowledged"))->setChecked(true);
    QVERIFY(close->isEnabled());
    const QPointer<OneTimePasswordDialog> guard(shown);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!guard); // closed and deleted: the password is gone from the screen …
    QCOMPARE(QGuiApplication::clipboard()->text(), QString()); // … and from the clipboard

    // The list shows the new account, selected, with its pending change.
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 7, 10000);
    QTRY_COMPARE(m_page->view()->selectionModel()->selectedRows().value(0).data().toString(),
                 QStringLiteral("zhou.jie"));
    QCOMPARE(stateOf(QStringLiteral("zhou.jie")), QStringLiteral("Must change the password"));
    QVERIFY2(m_page->statusText().contains(QStringLiteral("zhou.jie")), qPrintable(m_page->statusText()));
}

void tst_AccountsPage::administratorReceivesTheAuthenticatorKey()
{
    QVERIFY(openPage(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 6, 10000);
    QTest::mouseClick(child<QPushButton>("newAccount"), Qt::LeftButton);
    QPointer<NewAccountDialog> form;
    QTRY_VERIFY((form = m_page->findChild<NewAccountDialog *>()) && form->isVisible());
    auto *role = form->findChild<QComboBox *>(QStringLiteral("role"));
    auto *region = form->findChild<QLineEdit *>(QStringLiteral("region"));
    QTest::keyClicks(region, QStringLiteral("469001"));
    role->setCurrentIndex(role->findData(int(Role::AuditAdministrator)));
    QVERIFY(!region->isEnabled());           // administrators have no region …
    QCOMPARE(form->regionCode(), QString()); // … and none is sent
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("zhao.audit"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("create")), Qt::LeftButton);

    OneTimePasswordDialog *shown = oneTimePasswordDialog();
    QVERIFY(shown);
    auto *secret = shown->findChild<QLineEdit *>(QStringLiteral("totpSecret"));
    auto *uri = shown->findChild<QPlainTextEdit *>(QStringLiteral("totp"));
    QTRY_VERIFY(secret->isVisible());
    QVERIFY(uri->isVisible());
    QVERIFY2(uri->toPlainText().startsWith(QStringLiteral("otpauth://totp/")),
             qPrintable(uri->toPlainText()));
    // The key shown is the platform's: a code from it signs the new administrator in.
    const auto key = Base32::decode(QString(secret->text()).remove(QLatin1Char(' ')));
    QVERIFY(key);
    const QString password = shown->findChild<QLineEdit *>(QStringLiteral("password"))->text();
    const auto login = m_platform->accounts().login(
        QStringLiteral("zhao.audit"), password, Totp(*key).codeAt(m_clock->now()), QStringLiteral("test"));
    QCOMPARE(login.outcome, AccountService::LoginOutcome::MustChangePassword);

    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copyTotp")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString(secret->text()).remove(QLatin1Char(' ')));
    shown->findChild<QCheckBox *>(QStringLiteral("acknowledged"))->setChecked(true);
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("close")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString()); // the key does not stay behind either
}

void tst_AccountsPage::refusedCreationStaysInTheForm()
{
    QVERIFY(openPage(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 6, 10000);
    QTest::mouseClick(child<QPushButton>("newAccount"), Qt::LeftButton);
    NewAccountDialog *form = nullptr;
    QTRY_VERIFY((form = m_page->findChild<NewAccountDialog *>()) && form->isVisible());
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("demo.city"));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("region")), QStringLiteral("469001"));
    QTest::keyClick(form->findChild<QLineEdit *>(QStringLiteral("region")), Qt::Key_Return);
    auto *error = form->findChild<InlineMessage *>(QStringLiteral("error"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QStringLiteral("demo.city")), qPrintable(error->text()));
    QVERIFY(form->isVisible());
    QVERIFY(!form->isBusy());
    QCOMPARE(form->userName(), QStringLiteral("demo.city")); // kept for correction
    QVERIFY(!m_page->findChild<OneTimePasswordDialog *>());
    QCOMPARE(m_page->errorText(), QString()); // told in the form, not twice
}

void tst_AccountsPage::disableAsksFirstThenEnableUndoes()
{
    QVERIFY(openPage(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 6, 10000);
    select(QStringLiteral("demo.city"));
    QVERIFY(!child<QPushButton>("enable")->isEnabled());

    QTest::mouseClick(child<QPushButton>("disable"), Qt::LeftButton);
    QMessageBox *box = messageBox("confirmDisable");
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("demo.city")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // a hasty Enter does not disable
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("confirmDisable")));
    QVERIFY(!m_platform->accounts().store().find(QStringLiteral("demo.city"))->disabled);

    QTest::mouseClick(child<QPushButton>("disable"), Qt::LeftButton);
    box = messageBox("confirmDisable");
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("demo.city")), QStringLiteral("Disabled"), 10000);
    QVERIFY(m_platform->accounts().store().find(QStringLiteral("demo.city"))->disabled);
    QVERIFY2(m_page->statusText().contains(QStringLiteral("disabled")), qPrintable(m_page->statusText()));
    // Still selected after the refresh: the next action is at hand.
    QTRY_VERIFY(child<QPushButton>("enable")->isEnabled());
    QVERIFY(!child<QPushButton>("disable")->isEnabled());

    QTest::mouseClick(child<QPushButton>("enable"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("demo.city")), QStringLiteral("Active"), 10000);
    QVERIFY(!m_platform->accounts().store().find(QStringLiteral("demo.city"))->disabled);
}

void tst_AccountsPage::ownAccountCannotBeDisabledOrReset()
{
    QVERIFY(openPage(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 6, 10000);
    select(QStringLiteral("demo.sysadmin"));
    QVERIFY(!child<QPushButton>("disable")->isEnabled());
    QVERIFY(!child<QPushButton>("resetPassword")->isEnabled());
    QVERIFY(!child<QPushButton>("disable")->toolTip().isEmpty());
    select(QStringLiteral("demo.auditor"));
    QVERIFY(child<QPushButton>("disable")->isEnabled());
    QVERIFY(child<QPushButton>("resetPassword")->isEnabled());
}

void tst_AccountsPage::resetShowsTheNewPasswordOnce()
{
    QVERIFY(openPage(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 6, 10000);
    select(QStringLiteral("demo.province"));
    QTest::mouseClick(child<QPushButton>("resetPassword"), Qt::LeftButton);
    QMessageBox *box = messageBox("confirmReset");
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("demo.province")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
    OneTimePasswordDialog *shown = oneTimePasswordDialog();
    QVERIFY(shown);
    const QString password = shown->findChild<QLineEdit *>(QStringLiteral("password"))->text();
    QCOMPARE(m_platform->accounts()
                 .login(QStringLiteral("demo.province"), password, {}, QStringLiteral("test"))
                 .outcome,
             AccountService::LoginOutcome::MustChangePassword);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("demo.province")),
                              QStringLiteral("Must change the password"), 10000);
    shown->findChild<QCheckBox *>(QStringLiteral("acknowledged"))->setChecked(true);
    QTest::keyClick(shown, Qt::Key_Escape); // acknowledged: Escape closes now
    QTRY_VERIFY(!m_page->findChild<OneTimePasswordDialog *>());
}

void tst_AccountsPage::securityAdministratorUnlocksByName()
{
    AccountService &accounts = m_platform->accounts();
    for (int i = 0; i < accounts.policy().lockoutThreshold; ++i)
        accounts.login(QStringLiteral("demo.city"), QStringLiteral("wrong"), {}, QStringLiteral("test"));
    QVERIFY(openPage(QStringLiteral("demo.secadmin"), Role::SecurityAdministrator));
    for (const char *name : {"newAccount", "disable", "enable", "resetPassword"})
        QVERIFY2(!child<QPushButton>(name)->isVisible(), name);
    QVERIFY(child<QLineEdit>("unlockUser")->isVisible());

    // The platform lists accounts to the system administrator only: the page says what to do instead.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->statusText().isEmpty(), 10000);
    QVERIFY2(m_page->statusText().contains(QStringLiteral("user name")), qPrintable(m_page->statusText()));
    QCOMPARE(m_page->errorText(), QString());
    QVERIFY(!m_page->view()->isVisible());
    // It did not ask for the list: no refusal by the security administrator in the audit log.
    for (const AuditEntry &entry : m_platform->audit().entries(1, -1))
        QVERIFY2(
            !(entry.actor == QStringLiteral("demo.secadmin") && entry.outcome == AuditEntry::Outcome::Denied),
            qPrintable(entry.action));

    QVERIFY(!child<QPushButton>("unlockByName")->isEnabled());
    QTest::keyClicks(child<QLineEdit>("unlockUser"), QStringLiteral("demo.city"));
    QTest::mouseClick(child<QPushButton>("unlockByName"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().contains(QStringLiteral("unlocked")), 10000);
    QCOMPARE(child<QLineEdit>("unlockUser")->text(), QString());
    QCOMPARE(
        accounts.login(QStringLiteral("demo.city"), AccountService::DemoPassword, {}, QStringLiteral("test"))
            .outcome,
        AccountService::LoginOutcome::Ok);

    // A name that does not exist: the platform's answer, naming it.
    QTest::keyClicks(child<QLineEdit>("unlockUser"), QStringLiteral("nobody.here"));
    QTest::keyClick(child<QLineEdit>("unlockUser"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->errorText().isEmpty(), 10000);
    QVERIFY2(m_page->errorText().contains(QStringLiteral("nobody.here")) &&
                 m_page->errorText().contains(QStringLiteral("404")),
             qPrintable(m_page->errorText()));
}

void tst_AccountsPage::screenshots()
{
    // Some variety: a locked, a disabled and a new account.
    AccountService &accounts = m_platform->accounts();
    for (int i = 0; i < accounts.policy().lockoutThreshold; ++i)
        accounts.login(QStringLiteral("demo.enforcement"), QStringLiteral("wrong"), {},
                       QStringLiteral("test"));
    QVERIFY(accounts.store().setDisabled(accounts.store().find(QStringLiteral("demo.province"))->id, true));
    QVERIFY(accounts.store().create(QStringLiteral("wang.xiaoming"), QStringLiteral("王小明"),
                                    Role::CityOfficer, QStringLiteral("469001"),
                                    QStringLiteral("Temporary-Password-1")));
    QVERIFY(openPage(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 7, 10000);
    select(QStringLiteral("demo.enforcement"));
    QTRY_VERIFY(!m_page->isBusy());
    RW_CHECK_SCREENSHOT(m_page.get(), QStringLiteral("accountspage"));

    NewAccountDialog form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("li.na"));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("region")), QStringLiteral("460000"));
    RW_CHECK_SCREENSHOT(&form, QStringLiteral("newaccountdialog"));

    OneTimePasswordDialog shown(
        OneTimePasswordDialog::Reason::Created, QStringLiteral("zhao.audit"),
        QStringLiteral("Kq7#vW2m-Rt9xLp4"),
        QStringLiteral("otpauth://totp/RideWatch:zhao.audit?secret=GEZDGNBVGY3TQOJQ"
                       "GEZDGNBVGY3TQOJQ&issuer=RideWatch&algorithm=SHA1&digits=6&period=30"));
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    RW_CHECK_SCREENSHOT(&shown, QStringLiteral("onetimepassworddialog"));
    shown.findChild<QCheckBox *>(QStringLiteral("acknowledged"))->setChecked(true);
    shown.accept();

    if (!guitest::haveChineseFont())
        QSKIP("No font for Simplified Chinese is installed; Chinese text would show as boxes.");
    guitest::ChineseUi chinese;
    AccountListModel model;
    model.setAccounts(m_model->accounts());
    AccountsPage page(m_admin.get(), &model, Role::SystemAdministrator, QStringLiteral("demo.sysadmin"));
    page.resize(1000, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
    RW_CHECK_SCREENSHOT(&page, QStringLiteral("accountspage-zh"));

    NewAccountDialog chineseForm;
    chineseForm.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chineseForm));
    QTest::keyClicks(chineseForm.findChild<QLineEdit *>(QStringLiteral("userName")),
                     QStringLiteral("wang.wu"));
    QTest::keyClicks(chineseForm.findChild<QLineEdit *>(QStringLiteral("region")), QStringLiteral("469001"));
    RW_CHECK_SCREENSHOT(&chineseForm, QStringLiteral("newaccountdialog-zh"));

    OneTimePasswordDialog chineseShown(OneTimePasswordDialog::Reason::Created, QStringLiteral("wang.wu"),
                                       QStringLiteral("Kq7#vW2m-Rt9xLp4"));
    chineseShown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chineseShown));
    RW_CHECK_SCREENSHOT(&chineseShown, QStringLiteral("onetimepassworddialog-zh"));
    chineseShown.findChild<QCheckBox *>(QStringLiteral("acknowledged"))->setChecked(true);
    chineseShown.accept();
}

QTEST_MAIN(tst_AccountsPage)
#include "tst_accountspage.moc"
