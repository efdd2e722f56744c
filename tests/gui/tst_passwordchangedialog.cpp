#include "guitest.h"

#include "session/busyindicator.h"
#include "session/passwordchangedialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

class tst_PasswordChangeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void cleanup() { m_dialog.reset(); }
    void forcedModeExplainsAndOffersOnlySignOut_data();
    void forcedModeExplainsAndOffersOnlySignOut();
    void voluntaryModeCancels();
    void checklistStartsNeutral();
    void checklistFlipsAsYouType();
    void checklistMarksAreNotColourAlone();
    void repeatAndCurrentRules();
    void changeIsEnabledOnlyWhenEverythingPasses();
    void changeRequestedCarriesBothPasswords();
    void busyDisablesInputsAndCancels();
    void serverRejectionsAreListedUntilTheNextCandidate();
    void showErrorKeepsTheNewPassword();
    void withoutCheckerOnlyTheDialogRulesApply();
    void screenshots();

private:
    void create(PasswordChangeDialog::Mode mode,
                PasswordChecker checker = guitest::testChecker(QStringLiteral("zhangwei")));
    QLineEdit *field(const char *name) const { return m_dialog->findChild<QLineEdit *>(QLatin1String(name)); }
    QPushButton *button(const char *name) const
    {
        return m_dialog->findChild<QPushButton *>(QLatin1String(name));
    }
    QLabel *mark(const QString &rule) const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("ruleMark_") + rule);
    }
    QLabel *ruleText(const QString &rule) const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("ruleText_") + rule);
    }
    bool satisfied(const QString &rule) const
    {
        for (const PasswordRuleStatus &s : m_dialog->checklist()) {
            if (s.id == rule)
                return s.satisfied;
        }
        qWarning("no rule %s", qPrintable(rule));
        return false;
    }
    QString explanation() const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("explanation"))->text();
    }

    std::unique_ptr<PasswordChangeDialog> m_dialog;
};

void tst_PasswordChangeDialog::create(PasswordChangeDialog::Mode mode, PasswordChecker checker)
{
    m_dialog = std::make_unique<PasswordChangeDialog>(std::move(checker), mode);
    m_dialog->setUserName(QStringLiteral("zhangwei"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_PasswordChangeDialog::forcedModeExplainsAndOffersOnlySignOut_data()
{
    QTest::addColumn<PasswordChangeDialog::ForcedReason>("reason");
    QTest::addColumn<QString>("says");
    QTest::newRow("expired") << PasswordChangeDialog::ForcedReason::Expired << "maximum age";
    QTest::newRow("reset") << PasswordChangeDialog::ForcedReason::ResetByAdministrator
                           << "administrator has reset";
}

void tst_PasswordChangeDialog::forcedModeExplainsAndOffersOnlySignOut()
{
    QFETCH(PasswordChangeDialog::ForcedReason, reason);
    QFETCH(QString, says);
    create(PasswordChangeDialog::Mode::Forced);
    m_dialog->setForcedReason(reason);
    QVERIFY2(explanation().contains(QStringLiteral("Art. 19")), qPrintable(explanation()));
    QVERIFY2(explanation().contains(says), qPrintable(explanation()));

    // The only buttons: change, and sign out. No Cancel.
    QStringList texts;
    for (QPushButton *b : m_dialog->findChildren<QPushButton *>())
        texts << b->text();
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("Change password"), QStringLiteral("Sign out")}));

    QSignalSpy signOut(m_dialog.get(), &PasswordChangeDialog::signOutRequested);
    QTest::mouseClick(button("leave"), Qt::LeftButton);
    QCOMPARE(signOut.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
}

void tst_PasswordChangeDialog::voluntaryModeCancels()
{
    create(PasswordChangeDialog::Mode::Voluntary);
    QVERIFY(explanation().contains(QStringLiteral("Art. 19")));
    QCOMPARE(button("leave")->text(), QStringLiteral("Cancel"));
    QSignalSpy signOut(m_dialog.get(), &PasswordChangeDialog::signOutRequested);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(signOut.size(), 0);
}

void tst_PasswordChangeDialog::checklistStartsNeutral()
{
    create(PasswordChangeDialog::Mode::Forced);
    const QStringList ids{QStringLiteral("min-length"),
                          QStringLiteral("classes"),
                          QStringLiteral("blocklist"),
                          QStringLiteral("user-name"),
                          PasswordChangeDialog::RepeatMatchesRule,
                          PasswordChangeDialog::DiffersFromCurrentRule};
    QStringList shown;
    for (const PasswordRuleStatus &s : m_dialog->checklist())
        shown << s.id;
    QCOMPARE(shown, ids);
    for (const QString &id : ids) {
        QVERIFY2(mark(id) && ruleText(id), qPrintable(id));
        QVERIFY(mark(id)->isVisible());
        QCOMPARE(mark(id)->text(), QStringLiteral("○")); // nothing typed: not judged yet
        QVERIFY(mark(id)->accessibleName().startsWith(QStringLiteral("Requirement not checked yet")));
    }
    QCOMPARE(ruleText(QStringLiteral("min-length"))->text(), QStringLiteral("At least 12 characters."));
    QVERIFY(!button("change")->isEnabled());
}

void tst_PasswordChangeDialog::checklistFlipsAsYouType()
{
    create(PasswordChangeDialog::Mode::Forced);
    QLineEdit *newPassword = field("newPassword");
    const QString minLength = QStringLiteral("min-length");
    const QString classes = QStringLiteral("classes");
    const QString userName = QStringLiteral("user-name");

    QTest::keyClicks(newPassword, QStringLiteral("abcdefghijk")); // 11 characters, one class
    QVERIFY(!satisfied(minLength));
    QCOMPARE(mark(minLength)->text(), QStringLiteral("✗"));
    QVERIFY(!satisfied(classes));
    QVERIFY(satisfied(userName));
    QCOMPARE(mark(userName)->text(), QStringLiteral("✓"));

    QTest::keyClick(newPassword, 'l'); // the 12th character
    QVERIFY(satisfied(minLength));
    QCOMPARE(mark(minLength)->text(), QStringLiteral("✓"));
    QTest::keyClick(newPassword, 'Q', Qt::ShiftModifier); // two classes
    QVERIFY(!satisfied(classes));
    QTest::keyClick(newPassword, '7'); // three classes
    QVERIFY(satisfied(classes));
    QCOMPARE(mark(classes)->text(), QStringLiteral("✓"));

    QTest::keyClick(newPassword, Qt::Key_Backspace); // and back
    QVERIFY(!satisfied(classes));
    QCOMPARE(mark(classes)->text(), QStringLiteral("✗"));

    QTest::keyClicks(newPassword, QStringLiteral("zhangwei"));
    QVERIFY(!satisfied(userName));
    QCOMPARE(mark(userName)->text(), QStringLiteral("✗"));

    newPassword->clear(); // empty again: neutral, not failed
    QCOMPARE(mark(minLength)->text(), QStringLiteral("○"));
}

void tst_PasswordChangeDialog::checklistMarksAreNotColourAlone()
{
    create(PasswordChangeDialog::Mode::Voluntary);
    QTest::keyClicks(field("newPassword"), QStringLiteral("short"));
    const QString rule = QStringLiteral("min-length");
    QLabel *m = mark(rule);
    QLabel *t = ruleText(rule);
    // Failed: a cross, red, and an accessible sentence that says so.
    QCOMPARE(m->text(), QStringLiteral("✗"));
    QCOMPARE(m->palette().color(QPalette::WindowText), QColor(QStringLiteral("#c50f1f")));
    QCOMPARE(t->accessibleName(), QStringLiteral("Requirement not met: At least 12 characters."));
    QVERIFY(t->toolTip().contains(QStringLiteral("not met")));

    QTest::keyClicks(field("newPassword"), QStringLiteral("-enough-now"));
    QCOMPARE(m->text(), QStringLiteral("✓"));
    QCOMPARE(m->palette().color(QPalette::WindowText), QColor(QStringLiteral("#107c10")));
    QCOMPARE(t->accessibleName(), QStringLiteral("Requirement met: At least 12 characters."));
}

void tst_PasswordChangeDialog::repeatAndCurrentRules()
{
    create(PasswordChangeDialog::Mode::Voluntary);
    const QString repeat = PasswordChangeDialog::RepeatMatchesRule;
    const QString differs = PasswordChangeDialog::DiffersFromCurrentRule;
    QTest::keyClicks(field("currentPassword"), QStringLiteral("Old-password-2024"));
    QTest::keyClicks(field("newPassword"), QStringLiteral("Old-password-2024"));
    QVERIFY(!satisfied(differs));
    QCOMPARE(mark(differs)->text(), QStringLiteral("✗"));
    QCOMPARE(mark(repeat)->text(), QStringLiteral("○")); // nothing repeated yet

    field("newPassword")->setText(QStringLiteral("New-password-2025"));
    QVERIFY(satisfied(differs));
    QTest::keyClicks(field("repeatPassword"), QStringLiteral("New-password-202"));
    QVERIFY(!satisfied(repeat));
    QCOMPARE(mark(repeat)->text(), QStringLiteral("✗"));
    QTest::keyClick(field("repeatPassword"), '5');
    QVERIFY(satisfied(repeat));
    QCOMPARE(mark(repeat)->text(), QStringLiteral("✓"));

    // Changing the new password after repeating it breaks the match again.
    QTest::keyClick(field("newPassword"), '!');
    QVERIFY(!satisfied(repeat));
}

void tst_PasswordChangeDialog::changeIsEnabledOnlyWhenEverythingPasses()
{
    create(PasswordChangeDialog::Mode::Forced);
    QPushButton *change = button("change");
    const QString good = QStringLiteral("Ride-Watch-2025");
    QTest::keyClicks(field("newPassword"), good);
    QVERIFY(!change->isEnabled());
    QTest::keyClicks(field("repeatPassword"), good);
    QVERIFY(!change->isEnabled()); // the current password is still missing
    QTest::keyClicks(field("currentPassword"), QStringLiteral("Old-password-2024"));
    QVERIFY(change->isEnabled());

    field("newPassword")->setText(QStringLiteral("Password1234")); // blocklisted
    field("repeatPassword")->setText(QStringLiteral("Password1234"));
    QVERIFY(!satisfied(QStringLiteral("blocklist")));
    QVERIFY(!change->isEnabled());
    field("newPassword")->setText(good);
    field("repeatPassword")->setText(good);
    QVERIFY(change->isEnabled());
}

void tst_PasswordChangeDialog::changeRequestedCarriesBothPasswords()
{
    create(PasswordChangeDialog::Mode::Forced);
    QSignalSpy spy(m_dialog.get(), &PasswordChangeDialog::changeRequested);
    QTest::keyClicks(field("currentPassword"), QStringLiteral("Old-password-2024"));
    QTest::keyClicks(field("newPassword"), QStringLiteral("Ride-Watch-2025"));
    QTest::keyClicks(field("repeatPassword"), QStringLiteral("Ride-Watch-2025"));
    QTest::keyClick(field("repeatPassword"), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Old-password-2024"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Ride-Watch-2025"));
    QVERIFY(m_dialog->isVisible()); // the caller closes it once the platform agrees
}

void tst_PasswordChangeDialog::busyDisablesInputsAndCancels()
{
    create(PasswordChangeDialog::Mode::Forced);
    QSignalSpy cancelled(m_dialog.get(), &PasswordChangeDialog::cancelRequested);
    QSignalSpy signOut(m_dialog.get(), &PasswordChangeDialog::signOutRequested);
    QTest::keyClicks(field("currentPassword"), QStringLiteral("Old-password-2024"));
    QTest::keyClicks(field("newPassword"), QStringLiteral("Ride-Watch-2025"));
    QTest::keyClicks(field("repeatPassword"), QStringLiteral("Ride-Watch-2025"));
    m_dialog->setBusy(true);
    QVERIFY(m_dialog->findChild<BusyIndicator *>()->isVisible());
    QVERIFY(!field("currentPassword")->isEnabled());
    QVERIFY(!field("newPassword")->isEnabled());
    QVERIFY(!field("repeatPassword")->isEnabled());
    QVERIFY(!button("change")->isEnabled());
    QCOMPARE(button("leave")->text(), QStringLiteral("Cancel"));

    QTest::mouseClick(button("leave"), Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(signOut.size(), 0); // cancelling the request is not signing out
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(button("change")->isEnabled());
    QCOMPARE(button("leave")->text(), QStringLiteral("Sign out"));
}

void tst_PasswordChangeDialog::serverRejectionsAreListedUntilTheNextCandidate()
{
    create(PasswordChangeDialog::Mode::Voluntary);
    QTest::keyClicks(field("currentPassword"), QStringLiteral("Old-password-2024"));
    QTest::keyClicks(field("newPassword"), QStringLiteral("Ride-Watch-2023"));
    QTest::keyClicks(field("repeatPassword"), QStringLiteral("Ride-Watch-2023"));
    m_dialog->setBusy(true);
    const QStringList rejections{
        QStringLiteral("It is one of your last 5 passwords."),
        QStringLiteral("It differs from the current password by one character only.")};
    m_dialog->showServerRejections(rejections);
    QVERIFY(!m_dialog->isBusy());
    QCOMPARE(m_dialog->serverRejections(), rejections);
    auto *shown = m_dialog->findChild<QWidget *>(QStringLiteral("serverRejections"));
    QVERIFY(shown && shown->isVisible());
    bool listed = false;
    for (QLabel *l : shown->findChildren<QLabel *>())
        listed = listed || (l->text().contains(rejections.at(0)) && l->text().contains(rejections.at(1)));
    QVERIFY(listed);
    QCOMPARE(field("newPassword")->text(), QString());
    QCOMPARE(field("repeatPassword")->text(), QString());
    QCOMPARE(field("currentPassword")->text(), QStringLiteral("Old-password-2024"));
    QVERIFY(!button("change")->isEnabled());

    QTest::keyClick(field("newPassword"), 'R');
    QVERIFY(!shown->isVisible());
    QVERIFY(m_dialog->serverRejections().isEmpty());
}

void tst_PasswordChangeDialog::showErrorKeepsTheNewPassword()
{
    create(PasswordChangeDialog::Mode::Forced);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QTest::keyClicks(field("currentPassword"), QStringLiteral("typo"));
    QTest::keyClicks(field("newPassword"), QStringLiteral("Ride-Watch-2025"));
    QTest::keyClicks(field("repeatPassword"), QStringLiteral("Ride-Watch-2025"));
    field("repeatPassword")->setFocus();
    m_dialog->setBusy(true);
    m_dialog->showError(QStringLiteral("The current password is wrong."));
    QCOMPARE(m_dialog->errorText(), QStringLiteral("The current password is wrong."));
    QVERIFY(!m_dialog->isBusy());
    QCOMPARE(field("newPassword")->text(), QStringLiteral("Ride-Watch-2025"));
    QTRY_COMPARE(QApplication::focusWidget(), field("currentPassword"));
    QCOMPARE(field("currentPassword")->selectedText(), QStringLiteral("typo"));
}

void tst_PasswordChangeDialog::withoutCheckerOnlyTheDialogRulesApply()
{
    create(PasswordChangeDialog::Mode::Voluntary, PasswordChecker());
    QCOMPARE(m_dialog->checklist().size(), 2);
    QTest::keyClicks(field("currentPassword"), QStringLiteral("a"));
    QTest::keyClicks(field("newPassword"), QStringLiteral("b"));
    QTest::keyClicks(field("repeatPassword"), QStringLiteral("b"));
    QVERIFY(button("change")->isEnabled());
}

void tst_PasswordChangeDialog::screenshots()
{
    create(PasswordChangeDialog::Mode::Forced);
    QTest::keyClicks(field("currentPassword"), QStringLiteral("Old-password-2024"));
    QTest::keyClicks(field("newPassword"), QStringLiteral("zhangwei2025"));
    QTest::keyClicks(field("repeatPassword"), QStringLiteral("zhangwei202"));
    RW_CHECK_SCREENSHOT(m_dialog.get(), QStringLiteral("passwordchangedialog"));

    m_dialog->showServerRejections({QStringLiteral("It is one of your last 5 passwords.")});
    RW_CHECK_SCREENSHOT(m_dialog.get(), QStringLiteral("passwordchangedialog-rejected"));

    if (!guitest::haveChineseFont())
        QSKIP("No font for Simplified Chinese is installed; Chinese text would show as boxes.");
    create(PasswordChangeDialog::Mode::Voluntary, guitest::testChecker(QStringLiteral("王小明"), true));
    m_dialog->setUserName(QStringLiteral("王小明"));
    QTest::keyClicks(field("newPassword"), QStringLiteral("Ride-Watch-2025"));
    QVERIFY(satisfied(QStringLiteral("min-length")));
    RW_CHECK_SCREENSHOT(m_dialog.get(), QStringLiteral("passwordchangedialog-zh"));
}

QTEST_MAIN(tst_PasswordChangeDialog)
#include "tst_passwordchangedialog.moc"
