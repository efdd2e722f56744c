// PolicyPage driven offscreen against the issue-3 contract fixture (GET/PUT /api/v1/policy) over TLS, and
// against the real platform once it serves /api/v1/policy.

#include "../unit/client/admintestsupport.h"
#include "adminguitest.h"
#include "guitest.h"

#include "admin/policypage.h"
#include "client/adminclient.h"
#include "session/inlinemessage.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace rw::admintest;

class tst_PolicyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsThePolicyWithTheBoundsOfThePlatform();
    void applyConfirmsEveryChangeThenSaves();
    void cancelledConfirmationSavesNothing();
    void problemsAppearUnderTheKeysTheyName();
    void platformRefusalIsShownByKey();
    void revertReturnsToThePolicyInForce();
    void readOnlyWithoutThePermission();
    void onTheRealPlatform();
    void screenshots();

private:
    bool openPage(bool canEdit = true);
    QSpinBox *spin(const char *key) const { return m_page->findChild<QSpinBox *>(QLatin1String(key)); }
    QCheckBox *totp(Role role) const
    {
        return m_page->findChild<QCheckBox *>(QStringLiteral("totp_") + role.key());
    }
    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QLatin1String(name));
    }
    QMessageBox *confirmation();
    QString lastChange() const { return m_page->findChild<QLabel *>(QStringLiteral("lastChange"))->text(); }

    std::unique_ptr<AdminContractFixture> m_fixture;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<AdminClient> m_admin;
    std::unique_ptr<PolicyPage> m_page;
};

void tst_PolicyPage::initTestCase()
{
    guitest::quietOffscreenWarnings();
    qputenv("TZ", "Asia/Shanghai");
}

void tst_PolicyPage::init()
{
    m_fixture = std::make_unique<AdminContractFixture>();
    QVERIFY(m_fixture->start());
    m_client = std::make_unique<PlatformClient>();
    QVERIFY(m_fixture->signIn(*m_client, Role::SecurityAdministrator));
    m_admin = std::make_unique<AdminClient>(m_client.get());
}

void tst_PolicyPage::cleanup()
{
    m_page.reset();
    m_admin.reset();
    m_client.reset();
    m_fixture.reset();
}

bool tst_PolicyPage::openPage(bool canEdit)
{
    m_page = std::make_unique<PolicyPage>(m_admin.get(), canEdit);
    m_page->resize(980, 720);
    m_page->show();
    return QTest::qWaitForWindowExposed(m_page.get()) &&
           QTest::qWaitFor([&] { return m_page->isLoaded(); }, 10000);
}

QMessageBox *tst_PolicyPage::confirmation()
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (box = m_page->findChild<QMessageBox *>(QStringLiteral("confirmPolicy"))) != nullptr; },
        5000);
    return box;
}

void tst_PolicyPage::showsThePolicyWithTheBoundsOfThePlatform()
{
    QVERIFY(openPage());
    QCOMPARE(spin("minLength")->value(), 12);
    QCOMPARE(spin("minLength")->minimum(), 8);
    QCOMPARE(spin("minLength")->maximum(), 64);
    QCOMPARE(spin("maxAgeDays")->value(), 90);
    QCOMPARE(spin("maxAgeDays")->maximum(), 90);
    QCOMPARE(spin("idleLockMinutes")->maximum(), 30);
    QCOMPARE(spin("sessionLimitHours")->value(), 12);
    QCOMPARE(spin("lockoutThreshold")->value(), 5);
    // Typing beyond the bound is not possible: the spin box stops at the platform's maximum.
    spin("maxAgeDays")->setValue(365);
    QCOMPARE(spin("maxAgeDays")->value(), 90);

    for (Role::Id id : Role::All) {
        const Role role(id);
        QCOMPARE(totp(role)->isChecked(), role.isAdministrator());
        QCOMPARE(totp(role)->isEnabled(), !role.isAdministrator()); // administrators always need it
    }
    QVERIFY2(lastChange().contains(QStringLiteral("built-in defaults")), qPrintable(lastChange()));
    QVERIFY(!button("apply")->isEnabled());
    QVERIFY(!button("revert")->isEnabled());

    // Who changed it and when, in local time.
    m_fixture->policyUpdatedAt = startTime();
    m_fixture->policyUpdatedBy = QStringLiteral("demo.secadmin");
    m_page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(lastChange().contains(QStringLiteral("demo.secadmin")), 10000);
    QVERIFY2(lastChange().contains(QStringLiteral("2026-03-02 09:00")), qPrintable(lastChange()));
}

void tst_PolicyPage::applyConfirmsEveryChangeThenSaves()
{
    QVERIFY(openPage());
    spin("minLength")->setValue(14);
    totp(Role::EnforcementOfficer)->setChecked(true);
    QVERIFY(m_page->isModified());
    QVERIFY(button("apply")->isEnabled());
    QVERIFY(button("revert")->isEnabled());
    QCOMPARE(m_page->changes(),
             (QStringList{QStringLiteral("Minimum length (characters): 12 → 14"),
                          QStringLiteral("Second factor required of Enforcement officer")}));

    QTest::mouseClick(button("apply"), Qt::LeftButton);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("Minimum length (characters): 12 → 14")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("Enforcement officer")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->policy.minLength, 14, 10000);
    QVERIFY(m_fixture->policy.requiresTotp(Role::EnforcementOfficer));
    // Read back: the policy in force now, and who set it.
    QTRY_VERIFY_WITH_TIMEOUT(lastChange().contains(QStringLiteral("demo.secadmin")), 10000);
    QTRY_VERIFY(!m_page->isModified());
    QCOMPARE(m_page->loadedPolicy().minLength, 14);
    QVERIFY(!button("apply")->isEnabled());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("status"))->isVisible());
}

void tst_PolicyPage::cancelledConfirmationSavesNothing()
{
    QVERIFY(openPage());
    spin("historyCount")->setValue(8);
    QTest::mouseClick(button("apply"), Qt::LeftButton);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("confirmPolicy")));
    QSignalSpy received(m_admin.get(), &AdminClient::policyReceived);
    m_admin->fetchPolicy(); // a round trip: a PUT would have arrived before it
    QVERIFY(received.wait(10000));
    for (const auto &seen : m_fixture->seen)
        QVERIFY(seen.method != "PUT");
    QCOMPARE(spin("historyCount")->value(), 8); // still in the form
}

void tst_PolicyPage::problemsAppearUnderTheKeysTheyName()
{
    QVERIFY(openPage());
    spin("maxAgeDays")->setValue(10); // warnDays 14 and minAgeDays 1: warnDays now too large
    const QString warn = m_page->problemText(QStringLiteral("warnDays"));
    QVERIFY2(warn.contains(QStringLiteral("warnDays 14 must be less than maxAgeDays 10")), qPrintable(warn));
    QCOMPARE(m_page->problemText(QStringLiteral("maxAgeDays")), warn); // it names both
    QCOMPARE(m_page->problemText(QStringLiteral("minLength")), QString());
    QVERIFY(!button("apply")->isEnabled());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("warnDaysProblem"))->isVisible());

    spin("warnDays")->setValue(7);
    QCOMPARE(m_page->problemText(QStringLiteral("warnDays")), QString());
    QCOMPARE(m_page->problemText(QStringLiteral("maxAgeDays")), QString());
    QVERIFY(button("apply")->isEnabled());

    spin("maxLength")->setValue(64);
    spin("minLength")->setValue(64);
    QVERIFY(button("apply")->isEnabled()); // equal is fine
}

void tst_PolicyPage::platformRefusalIsShownByKey()
{
    QVERIFY(openPage());
    m_fixture->policyRefusal =
        QStringLiteral("password policy: lockoutMinutes is 600, more than this platform "
                       "allows (60)");
    spin("lockoutMinutes")->setValue(600);
    QTest::mouseClick(button("apply"), Qt::LeftButton);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->problemText(QStringLiteral("lockoutMinutes")).isEmpty(), 10000);
    QCOMPARE(m_page->problemText(QStringLiteral("lockoutMinutes")), m_fixture->policyRefusal);
    auto *error = m_page->findChild<InlineMessage *>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("policy_invalid")), qPrintable(error->text()));
    QCOMPARE(m_fixture->policy, PasswordPolicy()); // nothing applied
    QVERIFY(m_page->isModified());                 // the edit stays for correction

    spin("lockoutMinutes")->setValue(60); // a new value: the old refusal no longer applies
    QCOMPARE(m_page->problemText(QStringLiteral("lockoutMinutes")), QString());
}

void tst_PolicyPage::revertReturnsToThePolicyInForce()
{
    QVERIFY(openPage());
    spin("sessionLimitHours")->setValue(8);
    totp(Role::CityOfficer)->setChecked(true);
    QVERIFY(m_page->isModified());
    QTest::mouseClick(button("revert"), Qt::LeftButton);
    QCOMPARE(spin("sessionLimitHours")->value(), 12);
    QVERIFY(!totp(Role::CityOfficer)->isChecked());
    QVERIFY(!m_page->isModified());
    QCOMPARE(m_page->editedPolicy(), PasswordPolicy());
}

void tst_PolicyPage::readOnlyWithoutThePermission()
{
    QVERIFY(openPage(false));
    QVERIFY(!button("apply")->isVisible());
    QVERIFY(!button("revert")->isVisible());
    QVERIFY(spin("minLength")->isReadOnly());
    QVERIFY(!totp(Role::CityOfficer)->isEnabled());
}

void tst_PolicyPage::onTheRealPlatform()
{
    QTemporaryDir dir;
    ManualClock clock(startTime());
    const auto platform = startPlatform(dir.path(), &clock);
    QVERIFY(platform);
    PlatformClient client;
    connectTo(client, platform->baseUrl(), platform->certificate());
    QCOMPARE(signIn(client, QStringLiteral("demo.secadmin"), clock), QString());
    AdminClient admin(&client);
    PolicyPage page(&admin, true);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *error = page.findChild<InlineMessage *>(QStringLiteral("error"));
    QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded() || error->isVisible(), 10000);
    if (!page.isLoaded() && error->text().contains(QStringLiteral("HTTP 404")))
        QSKIP("The platform on this branch has no /api/v1/policy yet (built on branch platform-admin-api); "
              "this test runs once both are merged.");
    QVERIFY2(page.isLoaded(), qPrintable(error->text()));
    QCOMPARE(page.loadedPolicy(), PasswordPolicy());
    page.findChild<QSpinBox *>(QStringLiteral("minLength"))->setValue(14);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("confirmPolicy"))));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page.loadedPolicy().minLength, 14, 10000);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("lastChange"))
                ->text()
                .contains(QStringLiteral("demo.secadmin")));
}

void tst_PolicyPage::screenshots()
{
    m_fixture->policyUpdatedAt = startTime();
    m_fixture->policyUpdatedBy = QStringLiteral("demo.secadmin");
    QVERIFY(openPage());
    spin("maxAgeDays")->setValue(10);
    totp(Role::EnforcementOfficer)->setChecked(true);
    RW_CHECK_SCREENSHOT(m_page.get(), QStringLiteral("policypage"));

    if (!guitest::haveChineseFont())
        QSKIP("No font for Simplified Chinese is installed; Chinese text would show as boxes.");
    guitest::ChineseUi chinese;
    PolicyPage page(m_admin.get(), true);
    page.resize(980, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10000);
    page.findChild<QSpinBox *>(QStringLiteral("minLength"))->setValue(16);
    RW_CHECK_SCREENSHOT(&page, QStringLiteral("policypage-zh"));
}

QTEST_MAIN(tst_PolicyPage)
#include "tst_policypage.moc"
