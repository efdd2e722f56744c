#include "passwordchangedialog.h"

#include "session/busyindicator.h"
#include "session/capslockhint.h"
#include "session/fitheight.h"
#include "session/inlinemessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rw {

namespace {

enum class RuleState { Pending, Met, Failed };

const QString MetColour = QStringLiteral("#107c10");
const QString FailedColour = QStringLiteral("#c50f1f");

QLineEdit *passwordField(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(128); // ASVS 2.1.2: allow at least 64 characters
    return field;
}

} // namespace

PasswordChangeDialog::PasswordChangeDialog(PasswordChecker checker, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_checker(std::move(checker))
    , m_mode(mode)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_account(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_current(passwordField(QStringLiteral("currentPassword"), tr("Current password"), this))
    , m_new(passwordField(QStringLiteral("newPassword"), tr("New password"), this))
    , m_repeat(passwordField(QStringLiteral("repeatPassword"), tr("Repeat the new password"), this))
    , m_capsLock(new CapsLockHint(this))
    , m_rulesLayout(new QGridLayout)
    , m_rejections(new InlineMessage(this))
    , m_error(new InlineMessage(this))
    , m_busyIndicator(new BusyIndicator(tr("Sending the new password to the platform…"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setMinimumWidth(480);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_account->setTextFormat(Qt::PlainText);
    m_account->hide();
    m_rejections->setObjectName(QStringLiteral("serverRejections"));

    m_capsLock->watch(m_current);
    m_capsLock->watch(m_new);
    m_capsLock->watch(m_repeat);

    auto *form = new QFormLayout;
    m_currentLabel->setBuddy(m_current);
    form->addRow(m_currentLabel, m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    form->addRow(QString(), m_capsLock);

    auto *rulesTitle = new QLabel(tr("The new password must meet these requirements:"), this);
    rulesTitle->setWordWrap(true);
    m_rulesLayout->setColumnStretch(1, 1);
    m_rulesLayout->setHorizontalSpacing(8);
    m_rulesLayout->setVerticalSpacing(2);

    m_change = m_buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setDefault(true);
    m_leave = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_leave->setObjectName(QStringLiteral("leave"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordChangeDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordChangeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetNoConstraint); // see fitHeightToContents()
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_account);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(rulesTitle);
    layout->addLayout(m_rulesLayout);
    layout->addWidget(m_rejections);
    layout->addWidget(m_error);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_buttons);

    connect(m_current, &QLineEdit::textChanged, this, &PasswordChangeDialog::updateChecklist);
    connect(m_new, &QLineEdit::textChanged, this, [this] {
        // Rejections were about the previous candidate; a new one must be judged afresh.
        m_rejectionTexts.clear();
        m_rejections->clear();
        updateChecklist();
    });
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordChangeDialog::updateChecklist);

    updateExplanation();
    setBusy(false);
    updateChecklist();
    m_current->setFocus();
}

QString PasswordChangeDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PasswordChangeDialog::setUserName(const QString &userName)
{
    m_userName = userName;
    m_account->setText(tr("Account: %1").arg(userName));
    m_account->setVisible(!userName.isEmpty());
}

void PasswordChangeDialog::setForcedReason(ForcedReason reason)
{
    m_forcedReason = reason;
    updateExplanation();
}

void PasswordChangeDialog::updateExplanation()
{
    // Art. 19 (platform operation rules): bureaus make users keep their account details safe and
    // change their passwords regularly; DESIGN §8 turns that into a maximum age checked at login.
    const bool reset = m_mode == Mode::Forced && m_forcedReason == ForcedReason::ResetByAdministrator;
    if (m_mode == Mode::Voluntary) {
        setWindowTitle(tr("Change password"));
        m_title->setText(tr("Change your password"));
        m_explanation->setText(
            tr("The platform rules require users to change their passwords regularly (Art. 19 of the "
               "Measures for the Operation of the Ride-Hailing Supervision Information Platform). The "
               "new password must meet the requirements below; the platform also refuses your recent "
               "passwords."));
    } else if (reset) {
        setWindowTitle(tr("New password required"));
        m_title->setText(tr("Choose a new password"));
        m_explanation->setText(
            tr("An administrator has reset your password. Choose a new password that only you know "
               "before you continue, or sign out. The platform rules require users to keep their account "
               "details safe and to change their passwords regularly (Art. 19 of the Measures for the "
               "Operation of the Ride-Hailing Supervision Information Platform)."));
    } else {
        setWindowTitle(tr("New password required"));
        m_title->setText(tr("Your password has expired"));
        m_explanation->setText(
            tr("The platform rules require users to change their passwords regularly (Art. 19 of the "
               "Measures for the Operation of the Ride-Hailing Supervision Information Platform), and "
               "your password has reached its maximum age. Choose a new password to continue, or sign "
               "out."));
    }
    m_currentLabel->setText(reset ? tr("&Temporary password:") : tr("&Current password:"));
}

void PasswordChangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_current->setEnabled(!busy);
    m_new->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    m_busyIndicator->setBusy(busy);
    if (busy || m_mode == Mode::Voluntary)
        m_leave->setText(tr("Cancel"));
    else
        m_leave->setText(tr("Sign out"));
    updateButtons();
}

void PasswordChangeDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->showMessage(message);
    m_current->setFocus();
    m_current->selectAll();
}

void PasswordChangeDialog::showServerRejections(const QStringList &rejections)
{
    setBusy(false);
    m_new->clear(); // clears the previous list too (see the textChanged connection)
    m_repeat->clear();
    m_rejectionTexts = rejections;
    if (!rejections.isEmpty()) {
        QString text = tr("The platform did not accept the new password:");
        for (const QString &r : rejections)
            text += QStringLiteral("\n• ") + r;
        m_rejections->showMessage(text);
    }
    m_new->setFocus();
}

void PasswordChangeDialog::reject()
{
    if (m_busy) {
        setBusy(false);
        emit cancelRequested();
        return;
    }
    if (m_mode == Mode::Forced)
        emit signOutRequested(); // there is no way past a forced change but to sign out
    QDialog::reject();
}

void PasswordChangeDialog::done(int result)
{
    // Do not leave the secrets in the widgets longer than needed (MLPS L3-CES1-32 residual data).
    const QSignalBlocker blockNew(m_new);
    m_current->clear();
    m_new->clear();
    m_repeat->clear();
    QDialog::done(result);
}

bool PasswordChangeDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        fitHeightToContents(this);
    return handled;
}

void PasswordChangeDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeightToContents(this); // a new width may need a different height for the wrapped text
}

void PasswordChangeDialog::submit()
{
    updateButtons();
    if (!m_change->isEnabled())
        return;
    m_error->clear();
    emit changeRequested(m_current->text(), m_new->text());
}

void PasswordChangeDialog::updateChecklist()
{
    const QString candidate = m_new->text();
    QList<PasswordRuleStatus> statuses = m_checker ? m_checker(candidate) : QList<PasswordRuleStatus>();
    statuses.append({RepeatMatchesRule, !m_repeat->text().isEmpty() && m_repeat->text() == candidate,
                     tr("The repeated password matches the new password.")});
    statuses.append({DiffersFromCurrentRule, !candidate.isEmpty() && candidate != m_current->text(),
                     tr("The new password differs from the current password.")});

    bool sameRules = statuses.size() == m_rows.size();
    for (qsizetype i = 0; sameRules && i < statuses.size(); ++i)
        sameRules = statuses.at(i).id == m_rows.at(i).id;
    m_statuses = statuses;
    if (!sameRules)
        rebuildRows();

    for (qsizetype i = 0; i < m_statuses.size(); ++i) {
        const PasswordRuleStatus &status = m_statuses.at(i);
        const RuleRow &row = m_rows.at(i);
        // Nothing typed yet is not a failure: show the rule neutrally until there is something to judge.
        const bool judged =
            status.id == RepeatMatchesRule ? !m_repeat->text().isEmpty() : !candidate.isEmpty();
        const RuleState state = !judged            ? RuleState::Pending
                                : status.satisfied ? RuleState::Met
                                                   : RuleState::Failed;
        QString mark, colour, accessible;
        switch (state) {
        case RuleState::Pending:
            mark = QStringLiteral("○");
            colour = palette().color(QPalette::PlaceholderText).name();
            accessible = tr("Requirement not checked yet: %1").arg(status.text);
            break;
        case RuleState::Met:
            mark = QStringLiteral("✓");
            colour = MetColour;
            accessible = tr("Requirement met: %1").arg(status.text);
            break;
        case RuleState::Failed:
            mark = QStringLiteral("✗");
            colour = FailedColour;
            accessible = tr("Requirement not met: %1").arg(status.text);
            break;
        }
        row.mark->setText(mark);
        row.mark->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
        row.text->setText(status.text);
        row.text->setStyleSheet(state == RuleState::Failed ? QStringLiteral("color: %1;").arg(colour)
                                                           : QString());
        row.text->setAccessibleName(accessible);
        row.mark->setAccessibleName(accessible);
        row.text->setToolTip(accessible);
    }
    updateButtons();
}

void PasswordChangeDialog::rebuildRows()
{
    for (const RuleRow &row : std::as_const(m_rows)) {
        delete row.mark;
        delete row.text;
    }
    m_rows.clear();
    for (qsizetype i = 0; i < m_statuses.size(); ++i) {
        RuleRow row{m_statuses.at(i).id, new QLabel(this), new QLabel(this)};
        row.mark->setObjectName(QStringLiteral("ruleMark_") + row.id);
        row.text->setObjectName(QStringLiteral("ruleText_") + row.id);
        row.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        row.mark->setMinimumWidth(row.mark->fontMetrics().horizontalAdvance(QStringLiteral("✓✓")));
        row.text->setWordWrap(true);
        row.text->setTextFormat(Qt::PlainText);
        m_rulesLayout->addWidget(row.mark, int(i), 0);
        m_rulesLayout->addWidget(row.text, int(i), 1);
        m_rows.append(row);
    }
}

void PasswordChangeDialog::updateButtons()
{
    bool allMet = !m_statuses.isEmpty();
    for (const PasswordRuleStatus &status : std::as_const(m_statuses))
        allMet = allMet && status.satisfied;
    m_change->setEnabled(!m_busy && !m_current->text().isEmpty() && allMet);
}

} // namespace rw
