#pragma once

#include "security/role.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rw {

class BusyIndicator;
class InlineMessage;

/**
 * \brief The system administrator's form for a new account: user name, display name, role and, for
 * the business roles, the region the account may see (DESIGN §8).
 *
 * The region is checked as the platform checks it (Role::checkScope): a city code for city and
 * enforcement officers, a province code for provincial supervisors, none for administrators, whose
 * region field is disabled. "Create" stays disabled until the form is complete and valid; a wrong value
 * is explained inline, naming the field. The dialog stays open while the platform creates the account
 * (createRequested → setBusy → close or showError), like the sign-in dialog.
 */
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAccountDialog(QWidget *parent = nullptr);

    QString userName() const;
    QString displayName() const;
    Role role() const;
    QString regionCode() const;

    /** What is wrong with the form now (translated, naming the field); empty when it can be sent. */
    QString problem() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void setBusy(bool busy);
    /** The platform's refusal, e.g. a user name that exists already. */
    void showError(const QString &message);

Q_SIGNALS:
    void createRequested(const QString &userName, const QString &displayName, rw::Role role,
                         const QString &regionCode);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void update();
    void submit();

    QLineEdit *m_user;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_region;
    QLabel *m_regionHint;
    InlineMessage *m_problem;
    InlineMessage *m_error;
    BusyIndicator *m_busyIndicator;
    QPushButton *m_create;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace rw
