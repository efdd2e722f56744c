#pragma once

#include "security/role.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rw {

class AccountListModel;
class AdminClient;
class BusyIndicator;
class InlineMessage;
class NewAccountDialog;
struct AccountInfo;

/**
 * \brief The accounts page of the administrators (DESIGN §8, MLPS 2.0 §8.1.5).
 *
 * The system administrator (ManageAccounts) creates accounts, disables and enables them and resets
 * passwords (the holder must then choose a new one); the security administrator (UnlockAccounts) lifts
 * lockouts, from the table or by user name. Each sees only their own actions; the platform checks
 * them anyway. One-time passwords are shown once, in a dialog that must be acknowledged.
 *
 * Destructive actions (disable, reset) ask first. Every dialog is window-modal and non-blocking
 * (open(), no nested event loop). The page talks to the platform only through AdminClient and shows
 * the accounts through the injected AccountListModel; it loads them when first shown.
 */
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    /** \a viewer and \a ownUserName: the signed-in account (nobody disables or resets their own). */
    AccountsPage(AdminClient *client, AccountListModel *model, Role viewer, const QString &ownUserName,
                 QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    bool isBusy() const { return m_inFlight > 0; }
    /** The last success message, e.g. "Account li.na was disabled …"; empty after an error. */
    QString statusText() const;
    QString errorText() const;

public Q_SLOTS:
    /** Loads the list again (only for a role that may list accounts). */
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const AccountInfo *selectedAccount() const;
    void updateActions();
    /** The security administrator's view: no list (the platform refuses it), unlock by user name. */
    void showUnlockByName();
    void start();
    void finish();
    void showStatus(const QString &text);
    void showError(const QString &text);
    void selectUser(const QString &userName);

    void openNewAccountDialog();
    void confirmDisable();
    void enableSelected();
    void confirmReset();
    void unlock(const QString &userName);

    AdminClient *m_client;
    AccountListModel *m_model;
    Role m_viewer;
    QString m_ownUser;
    bool m_canManage;
    bool m_canUnlock;
    bool m_loaded = false;
    bool m_listRefused = false; //!< the platform does not list accounts to this role
    int m_inFlight = 0;
    QString m_selectAfterLoad;

    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_intro;
    QLineEdit *m_filter;
    QPushButton *m_new;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_reset;
    QPushButton *m_unlock;
    QPushButton *m_refresh;
    QWidget *m_unlockRow;
    QLineEdit *m_unlockUser;
    QPushButton *m_unlockByName;
    QLabel *m_status;
    InlineMessage *m_error;
    BusyIndicator *m_busy;
    QPointer<NewAccountDialog> m_newDialog;
};

} // namespace rw
