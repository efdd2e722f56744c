#pragma once

#include "session/passwordchecker.h"

#include <QDialog>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rw {

class BusyIndicator;
class CapsLockHint;
class InlineMessage;

/**
 * \brief Changes the signed-in user's password, with a live checklist of the policy rules.
 *
 * Forced mode follows a sign-in whose password expired or was reset (DESIGN §8: maximum age
 * 90 days enforced at login): the only way out other than changing it is "Sign out". Voluntary
 * mode is opened from the console and can be cancelled.
 *
 * The checklist shows the injected PasswordChecker's rules for the new password as the user types,
 * plus two the dialog checks itself: the repetition matches, and the new password differs from the
 * current one. Each line carries a ✓ or ✗ mark, a colour and an accessible description, so colour
 * is never the only cue. "Change password" is enabled only when every line passes.
 *
 * Like LoginDialog it never talks to the platform: it emits changeRequested(); the caller sends it,
 * calls setBusy(true), then accept()s or calls showError() / showServerRejections().
 */
class PasswordChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Forced, Voluntary };
    Q_ENUM(Mode)
    /** Why a forced change is needed; chooses the explanation shown. */
    enum class ForcedReason { Expired, ResetByAdministrator };
    Q_ENUM(ForcedReason)

    /** Checklist line ids of the rules the dialog checks itself. */
    static inline const QString RepeatMatchesRule = QStringLiteral("repeat-matches");
    static inline const QString DiffersFromCurrentRule = QStringLiteral("differs-from-current");

    PasswordChangeDialog(PasswordChecker checker, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_busy; }
    /** The checklist as currently shown: the checker's rules, then the dialog's own two. */
    QList<PasswordRuleStatus> checklist() const { return m_statuses; }
    QString errorText() const;
    /** Server rejections currently shown, one per line; empty if none. */
    QStringList serverRejections() const { return m_rejectionTexts; }

    void reject() override;
    void done(int result) override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

public slots:
    /** Shown in the explanation ("Account: …"); the checker already knows it for its own rule. */
    void setUserName(const QString &userName);
    void setForcedReason(rw::PasswordChangeDialog::ForcedReason reason);
    void setBusy(bool busy);
    /** Ends the busy state and shows \a message inline (e.g. the current password was wrong). */
    void showError(const QString &message);
    /**
     * Ends the busy state and lists the rules only the platform could check, e.g. that the new
     * password is one of the last five (DESIGN §8, history of 5). The new-password fields are
     * cleared; the list disappears once the user types a new candidate.
     */
    void showServerRejections(const QStringList &rejections);

signals:
    void changeRequested(const QString &currentPassword, const QString &newPassword);
    /** Forced mode: the user chose "Sign out" (or closed the dialog) instead of changing it. */
    void signOutRequested();
    /** The user cancelled while a request was in flight; the dialog is editable again. */
    void cancelRequested();

private:
    struct RuleRow
    {
        QString id;
        QLabel *mark;
        QLabel *text;
    };

    void updateChecklist();
    void rebuildRows();
    void updateExplanation();
    void updateButtons();
    void submit();

    PasswordChecker m_checker;
    Mode m_mode;
    ForcedReason m_forcedReason = ForcedReason::Expired;
    QString m_userName;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_account;
    QLabel *m_currentLabel;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    CapsLockHint *m_capsLock;
    QGridLayout *m_rulesLayout;
    QList<RuleRow> m_rows;
    QList<PasswordRuleStatus> m_statuses;
    InlineMessage *m_rejections;
    QStringList m_rejectionTexts;
    InlineMessage *m_error;
    BusyIndicator *m_busyIndicator;
    QDialogButtonBox *m_buttons;
    QPushButton *m_change;
    QPushButton *m_leave;
    bool m_busy = false;
};

} // namespace rw
