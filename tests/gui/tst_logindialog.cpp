#include "guitest.h"

#include "session/busyindicator.h"
#include "session/capslockhint.h"
#include "session/logindialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void init();
    void cleanup();
    void signInIsEnabledOnlyWhenFieldsAreFilled();
    void signInEmitsLoginRequestedAndStaysOpen();
    void returnInUserNameMovesToPassword();
    void totpFieldAppearsOnlyWhenRequired();
    void totpAcceptsSixToEightDigits_data();
    void totpAcceptsSixToEightDigits();
    void busyDisablesInputsAndCancelEmitsCancelRequested();
    void cancelWhenIdleRejects();
    void showErrorIsInlineAndClearsThePassword();
    void errorClearsOnTheNextAttempt();
    void capsLockHintFollowsTypedCase();
    void platformDescriptionAndFingerprint();
    void reauthenticationFixesTheUserName();
    void doneClearsTheSecrets();
    void screenshots();

private:
    QLineEdit *field(const char *name) const { return m_dialog->findChild<QLineEdit *>(QLatin1String(name)); }
    QPushButton *button(const char *name) const
    {
        return m_dialog->findChild<QPushButton *>(QLatin1String(name));
    }
    bool rowShown(QWidget *w) const { return w->isVisibleTo(m_dialog.get()); }

    std::unique_ptr<LoginDialog> m_dialog;
};

void tst_LoginDialog::init()
{
    m_dialog = std::make_unique<LoginDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_LoginDialog::cleanup()
{
    m_dialog.reset();
}

void tst_LoginDialog::signInIsEnabledOnlyWhenFieldsAreFilled()
{
    QPushButton *signIn = button("signIn");
    QVERIFY(signIn);
    QVERIFY(!signIn->isEnabled());
    QTest::keyClicks(field("userName"), QStringLiteral("zhang.wei"));
    QVERIFY(!signIn->isEnabled());
    QTest::keyClicks(field("password"), QStringLiteral("s3cret"));
    QVERIFY(signIn->isEnabled());
    // A user name of spaces only is no user name.
    field("userName")->setText(QStringLiteral("   "));
    QVERIFY(!signIn->isEnabled());
    field("userName")->setText(QStringLiteral("zhang.wei"));
    field("password")->clear();
    QVERIFY(!signIn->isEnabled());
}

void tst_LoginDialog::signInEmitsLoginRequestedAndStaysOpen()
{
    QSignalSpy spy(m_dialog.get(), &LoginDialog::loginRequested);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::keyClicks(field("userName"), QStringLiteral("  zhang.wei "));
    QTest::keyClicks(field("password"), QStringLiteral("Correct horse 1"));
    QTest::mouseClick(button("signIn"), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("zhang.wei"));       // trimmed
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Correct horse 1")); // exactly as typed
    QCOMPARE(spy.at(0).at(2).toString(), QString());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(finished.size(), 0);

    // Return in the password field triggers the default button too.
    QTest::keyClick(field("password"), Qt::Key_Return);
    QCOMPARE(spy.size(), 2);
    QVERIFY(m_dialog->isVisible());
}

void tst_LoginDialog::returnInUserNameMovesToPassword()
{
    QSignalSpy spy(m_dialog.get(), &LoginDialog::loginRequested);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    field("userName")->setFocus();
    QTest::keyClicks(field("userName"), QStringLiteral("zhang.wei"));
    QTest::keyClick(field("userName"), Qt::Key_Return);
    QCOMPARE(spy.size(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), field("password"));
}

void tst_LoginDialog::totpFieldAppearsOnlyWhenRequired()
{
    QLineEdit *totp = field("totp");
    QVERIFY(!rowShown(totp));
    m_dialog->setTotpRequired(true);
    QVERIFY(rowShown(totp));
    QVERIFY(m_dialog->isTotpRequired());
    m_dialog->setTotpRequired(false);
    QVERIFY(!rowShown(totp));
}

void tst_LoginDialog::totpAcceptsSixToEightDigits_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("five digits") << "12345"
                                 << "12345" << false;
    QTest::newRow("six digits") << "123456"
                                << "123456" << true;
    QTest::newRow("eight digits") << "12345678"
                                  << "12345678" << true;
    QTest::newRow("nine digits") << "123456789"
                                 << "123456789" << false;
    QTest::newRow("letters are not taken") << "12a34b56"
                                           << "123456" << true;
    QTest::newRow("grouped as the app shows it") << "123 456"
                                                 << "123 456" << true;
}

void tst_LoginDialog::totpAcceptsSixToEightDigits()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(bool, enabled);
    QSignalSpy spy(m_dialog.get(), &LoginDialog::loginRequested);
    m_dialog->setTotpRequired(true);
    QTest::keyClicks(field("userName"), QStringLiteral("admin.li"));
    QTest::keyClicks(field("password"), QStringLiteral("pw"));
    QVERIFY(!button("signIn")->isEnabled()); // the code is required
    QTest::keyClicks(field("totp"), typed);
    QCOMPARE(field("totp")->text(), shown);
    QCOMPARE(button("signIn")->isEnabled(), enabled);
    QTest::keyClick(field("totp"), Qt::Key_Return);
    QCOMPARE(spy.size(), enabled ? 1 : 0);
    if (enabled)
        QCOMPARE(spy.at(0).at(2).toString(), QString(shown).remove(QLatin1Char(' ')));
}

void tst_LoginDialog::busyDisablesInputsAndCancelEmitsCancelRequested()
{
    QSignalSpy cancelled(m_dialog.get(), &LoginDialog::cancelRequested);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    auto *busy = m_dialog->findChild<BusyIndicator *>();
    QVERIFY(busy);
    QVERIFY(!busy->isVisible());
    QTest::keyClicks(field("userName"), QStringLiteral("zhang.wei"));
    QTest::keyClicks(field("password"), QStringLiteral("pw"));

    m_dialog->setBusy(true);
    QVERIFY(busy->isVisible());
    QVERIFY(!field("userName")->isEnabled());
    QVERIFY(!field("password")->isEnabled());
    QVERIFY(!button("signIn")->isEnabled());
    QVERIFY(button("cancel")->isEnabled());

    QTest::mouseClick(button("cancel"), Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(finished.size(), 0); // cancelling the request does not close the dialog
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(!busy->isVisible());
    QVERIFY(field("password")->isEnabled());
    QVERIFY(button("signIn")->isEnabled());

    // Escape while busy cancels the request as well.
    m_dialog->setBusy(true);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 2);
    QVERIFY(m_dialog->isVisible());
}

void tst_LoginDialog::cancelWhenIdleRejects()
{
    QSignalSpy cancelled(m_dialog.get(), &LoginDialog::cancelRequested);
    QTest::mouseClick(button("cancel"), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(cancelled.size(), 0);
}

void tst_LoginDialog::showErrorIsInlineAndClearsThePassword()
{
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    m_dialog->setTotpRequired(true);
    QTest::keyClicks(field("userName"), QStringLiteral("zhang.wei"));
    QTest::keyClicks(field("password"), QStringLiteral("wrong"));
    QTest::keyClicks(field("totp"), QStringLiteral("123456"));
    QCOMPARE(m_dialog->errorText(), QString());
    m_dialog->setBusy(true);

    const QString message =
        QStringLiteral("The account zhang.wei is locked after 5 failed sign-ins until 14:35.");
    m_dialog->showError(message);
    QCOMPARE(m_dialog->errorText(), message);
    QVERIFY(!m_dialog->isBusy());
    QCOMPARE(field("password")->text(), QString());
    QCOMPARE(field("totp")->text(), QString()); // a one-time code is not reused
    QCOMPARE(field("userName")->text(), QStringLiteral("zhang.wei"));
    QTRY_COMPARE(QApplication::focusWidget(), field("password"));

    // The message is shown next to an icon, in red, and is visible on screen.
    bool found = false;
    for (QLabel *l : m_dialog->findChildren<QLabel *>()) {
        if (l->text() == message) {
            found = true;
            QVERIFY(l->isVisible());
            QCOMPARE(l->palette().color(QPalette::WindowText), QColor(QStringLiteral("#a4262c")));
        }
    }
    QVERIFY(found);
}

void tst_LoginDialog::errorClearsOnTheNextAttempt()
{
    m_dialog->setUserName(QStringLiteral("zhang.wei"));
    m_dialog->showError(QStringLiteral("The user name or the password is wrong."));
    QVERIFY(!m_dialog->errorText().isEmpty());
    QTest::keyClicks(field("password"), QStringLiteral("again"));
    QTest::mouseClick(button("signIn"), Qt::LeftButton);
    QCOMPARE(m_dialog->errorText(), QString());
}

void tst_LoginDialog::capsLockHintFollowsTypedCase()
{
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    auto *hint = m_dialog->findChild<CapsLockHint *>();
    QVERIFY(hint);
    QLineEdit *password = field("password");
    password->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), password);
    QVERIFY(!hint->isVisible()); // unknown until a letter is typed

    QTest::keyClick(password, Qt::Key_A, Qt::NoModifier, 0); // lower case without Shift
    QVERIFY(!hint->isVisible());
    QTest::keyClick(password, 'A'); // upper case without Shift: Caps Lock is on
    QVERIFY(hint->isVisible());
    QVERIFY(hint->capsLockOn());
    QTest::keyClick(password, '1'); // digits say nothing about Caps Lock
    QVERIFY(hint->isVisible());
    QTest::keyClick(password, 'A', Qt::ShiftModifier); // upper case with Shift: off
    QVERIFY(!hint->isVisible());
    QTest::keyClick(password, Qt::Key_CapsLock); // the key itself flips the known state
    QVERIFY(hint->isVisible());
    QTest::keyClick(password, 'a', Qt::ShiftModifier); // Shift with Caps Lock gives lower case
    QVERIFY(hint->isVisible());

    // Only while the password field has the focus.
    field("userName")->setFocus();
    QTRY_VERIFY(!hint->isVisible());
    password->setFocus();
    QTRY_VERIFY(hint->isVisible());
}

void tst_LoginDialog::platformDescriptionAndFingerprint()
{
    const QString where = QStringLiteral("embedded reference platform (https://127.0.0.1:8443)");
    m_dialog->setPlatformDescription(where);
    m_dialog->setCertificateFingerprint(
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    QStringList texts;
    for (QLabel *l : m_dialog->findChildren<QLabel *>()) {
        if (l->isVisible())
            texts << l->text();
    }
    QVERIFY2(texts.contains(where), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("9F:86:D0:81:88:4C:7D:65:9A:2F:EA:A0:C5:5A:D0:15\n"
                                           "A3:BF:4F:1B:2B:0B:82:2C:D1:5D:6C:15:B0:F0:0A:08")),
             qPrintable(texts.join(QLatin1Char('|'))));

    m_dialog->setCertificateFingerprint(QString());
    for (QLabel *l : m_dialog->findChildren<QLabel *>())
        QVERIFY(!l->isVisible() || !l->text().startsWith(QStringLiteral("9F:86")));
}

void tst_LoginDialog::reauthenticationFixesTheUserName()
{
    QSignalSpy spy(m_dialog.get(), &LoginDialog::loginRequested);
    const QString reason = QStringLiteral("The platform ends every session after 12 hours.");
    m_dialog->setReauthentication(QStringLiteral("zhang.wei"), reason);
    QVERIFY(m_dialog->isReauthentication());
    QVERIFY(field("userName")->isReadOnly());
    QCOMPARE(field("userName")->text(), QStringLiteral("zhang.wei"));
    QCOMPARE(button("cancel")->text(), QStringLiteral("Sign out"));
    bool reasonShown = false;
    for (QLabel *l : m_dialog->findChildren<QLabel *>())
        reasonShown = reasonShown || (l->isVisible() && l->text().contains(reason));
    QVERIFY(reasonShown);

    QTest::keyClicks(field("userName"), QStringLiteral("intruder")); // read-only: ignored
    QTest::keyClicks(field("password"), QStringLiteral("pw"));
    QTest::mouseClick(button("signIn"), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("zhang.wei"));

    // While a request is in flight the button cancels it; afterwards it signs out again.
    m_dialog->setBusy(true);
    QCOMPARE(button("cancel")->text(), QStringLiteral("Cancel"));
    m_dialog->setBusy(false);
    QCOMPARE(button("cancel")->text(), QStringLiteral("Sign out"));
    QTest::mouseClick(button("cancel"), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void tst_LoginDialog::doneClearsTheSecrets()
{
    QTest::keyClicks(field("userName"), QStringLiteral("zhang.wei"));
    QTest::keyClicks(field("password"), QStringLiteral("secret"));
    m_dialog->accept();
    QCOMPARE(field("password")->text(), QString());
    QCOMPARE(m_dialog->userName(), QStringLiteral("zhang.wei"));
}

void tst_LoginDialog::screenshots()
{
    m_dialog->setPlatformDescription(QStringLiteral("embedded reference platform with simulated traffic "
                                                    "(https://127.0.0.1:8443)"));
    m_dialog->setCertificateFingerprint(
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    m_dialog->setTotpRequired(true);
    QTest::keyClicks(field("userName"), QStringLiteral("admin.li"));
    QTest::keyClicks(field("password"), QStringLiteral("wrong"));
    m_dialog->showError(QStringLiteral("The password for admin.li is wrong. 3 attempts are left before the "
                                       "account is locked for 15 minutes."));
    m_dialog->adjustSize();
    RW_CHECK_SCREENSHOT(m_dialog.get(), QStringLiteral("logindialog"));

    m_dialog->setBusy(true);
    RW_CHECK_SCREENSHOT(m_dialog.get(), QStringLiteral("logindialog-busy"));

    // Chinese is the primary language: the same dialog with Chinese text must render it.
    if (!guitest::haveChineseFont())
        QSKIP("No font for Simplified Chinese is installed; Chinese text would show as boxes.");
    LoginDialog chinese;
    chinese.setWindowTitle(QStringLiteral("登录"));
    chinese.setPlatformDescription(
        QStringLiteral("内置参考平台（五指山市模拟数据，https://127.0.0.1:8443）"));
    chinese.setReauthentication(QStringLiteral("王小明"),
                                QStringLiteral("会话已超过 12 小时，平台已结束该会话。"));
    chinese.showError(QStringLiteral("账号“王小明”已被锁定，将于 14:35 解锁。"));
    chinese.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chinese));
    chinese.adjustSize();
    RW_CHECK_SCREENSHOT(&chinese, QStringLiteral("logindialog-zh"));
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
