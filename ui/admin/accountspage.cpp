#include "accountspage.h"

#include "client/adminclient.h"
#include "itemmodels/accountlistmodel.h"
#include "newaccountdialog.h"
#include "onetimepassworddialog.h"
#include "session/busyindicator.h"
#include "session/inlinemessage.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rw {

namespace {

/** Sorts and filters, and colours the state: locked red, disabled grey, a pending change amber. */
class AccountsProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == AccountListModel::StateColumn) {
            switch (AccountInfo::State(index.data(AccountListModel::StateRole).toInt())) {
            case AccountInfo::State::Locked:
                return QColor(QStringLiteral("#a4262c"));
            case AccountInfo::State::Disabled:
                return QColor(QStringLiteral("#605e5c"));
            case AccountInfo::State::MustChange:
                return QColor(QStringLiteral("#8a5300"));
            case AccountInfo::State::Active:
                break;
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

bool isAccountOperation(AdminClient::Operation operation)
{
    using Op = AdminClient::Operation;
    return operation == Op::ListAccounts || operation == Op::CreateAccount ||
           operation == Op::DisableAccount || operation == Op::EnableAccount ||
           operation == Op::ResetPassword || operation == Op::UnlockAccount;
}

QPushButton *actionButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

AccountsPage::AccountsPage(AdminClient *client, AccountListModel *model, Role viewer,
                           const QString &ownUserName, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(model)
    , m_viewer(viewer)
    , m_ownUser(ownUserName)
    , m_canManage(viewer.can(Permission::ManageAccounts))
    , m_canUnlock(viewer.can(Permission::UnlockAccounts))
    , m_proxy(new AccountsProxy(this))
    , m_view(new QTableView(this))
    , m_intro(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_new(actionButton(tr("&New account…"), QStringLiteral("newAccount"), this))
    , m_disable(actionButton(tr("&Disable…"), QStringLiteral("disable"), this))
    , m_enable(actionButton(tr("&Enable"), QStringLiteral("enable"), this))
    , m_reset(actionButton(tr("&Reset password…"), QStringLiteral("resetPassword"), this))
    , m_unlock(actionButton(tr("&Unlock"), QStringLiteral("unlock"), this))
    , m_refresh(actionButton(tr("Re&fresh"), QStringLiteral("refresh"), this))
    , m_unlockRow(new QWidget(this))
    , m_unlockUser(new QLineEdit(this))
    , m_unlockByName(actionButton(tr("Unlock"), QStringLiteral("unlockByName"), this))
    , m_status(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_busy(new BusyIndicator(tr("Waiting for the platform…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("accounts"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountListModel::UserColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by user, name, role, region or state"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *title = new QLabel(tr("<h2>Accounts</h2>"), this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    if (m_canManage)
        m_intro->setText(
            tr("Create accounts, disable and enable them, and reset passwords; a reset makes the "
               "holder choose a new password. Lifting a lockout is the security administrator's "
               "duty (GB/T 22239-2019 §8.1.5: separated administrators)."));
    else
        m_intro->setText(tr("Lift the lockout of an account before it ends, e.g. after the holder has proved "
                            "who they are. Accounts are created, disabled and reset by the system "
                            "administrator."));

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_disable, m_enable, m_reset, m_unlock})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_filter, 2);
    actions->addWidget(m_refresh);
    m_new->setVisible(m_canManage);
    m_disable->setVisible(m_canManage);
    m_enable->setVisible(m_canManage);
    m_reset->setVisible(m_canManage);
    m_unlock->setVisible(m_canUnlock);

    // The security administrator may not be shown the list: unlocking by user name always works.
    m_unlockUser->setObjectName(QStringLiteral("unlockUser"));
    m_unlockUser->setPlaceholderText(tr("User name"));
    m_unlockUser->setClearButtonEnabled(true);
    auto *unlockLayout = new QHBoxLayout(m_unlockRow);
    unlockLayout->setContentsMargins(0, 0, 0, 0);
    auto *unlockLabel = new QLabel(tr("Unlock the account &named:"), m_unlockRow);
    unlockLabel->setBuddy(m_unlockUser);
    unlockLayout->addWidget(unlockLabel);
    unlockLayout->addWidget(m_unlockUser, 1);
    unlockLayout->addWidget(m_unlockByName);
    unlockLayout->addStretch(1);
    m_unlockRow->setVisible(m_canUnlock);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("color: #107c10;"));
    m_status->hide();
    m_error->setObjectName(QStringLiteral("error"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_intro);
    layout->addLayout(actions);
    layout->addWidget(m_unlockRow);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountsPage::updateActions);
    connect(m_unlockUser, &QLineEdit::textChanged, this, &AccountsPage::updateActions);
    connect(m_unlockUser, &QLineEdit::returnPressed, m_unlockByName, &QPushButton::click);

    connect(m_new, &QPushButton::clicked, this, &AccountsPage::openNewAccountDialog);
    connect(m_disable, &QPushButton::clicked, this, &AccountsPage::confirmDisable);
    connect(m_enable, &QPushButton::clicked, this, &AccountsPage::enableSelected);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::confirmReset);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        if (const AccountInfo *account = selectedAccount())
            unlock(account->userName);
    });
    connect(m_unlockByName, &QPushButton::clicked, this, [this] { unlock(m_unlockUser->text().trimmed()); });
    connect(m_refresh, &QPushButton::clicked, this, &AccountsPage::refresh);

    connect(m_client, &AdminClient::accountsReceived, this, [this](const QList<AccountInfo> &accounts) {
        m_model->setAccounts(accounts);
        m_loaded = true;
        m_listRefused = false;
        m_view->show();
        if (!m_selectAfterLoad.isEmpty())
            selectUser(std::exchange(m_selectAfterLoad, {}));
        finish();
    });
    connect(m_client, &AdminClient::accountCreated, this,
            [this](const AccountInfo &account, const QString &password, const QString &totpUri) {
                if (m_newDialog) {
                    m_newDialog->setBusy(false);
                    m_newDialog->accept();
                }
                // Shown even if the form was closed meanwhile: the password exists only here.
                auto *dialog = new OneTimePasswordDialog(OneTimePasswordDialog::Reason::Created,
                                                         account.userName, password, totpUri, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
                showStatus(
                    tr("Account %1 was created as %2%3. The holder must change the one-time password at "
                       "the first sign-in.")
                        .arg(account.userName, account.role.displayName(),
                             account.regionCode.isEmpty() ? QString()
                                                          : tr(" for region %1").arg(account.regionCode)));
                m_selectAfterLoad = account.userName;
                finish();
                refresh();
            });
    connect(m_client, &AdminClient::accountDisabledChanged, this, [this](const QString &user, bool disabled) {
        showStatus(disabled ? tr("Account %1 was disabled; its sessions have ended.").arg(user)
                            : tr("Account %1 was enabled.").arg(user));
        finish();
        refresh();
    });
    connect(m_client, &AdminClient::passwordReset, this,
            [this](const QString &user, const QString &password) {
                auto *dialog =
                    new OneTimePasswordDialog(OneTimePasswordDialog::Reason::Reset, user, password, {}, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
                showStatus(
                    tr("The password of %1 was reset; the holder must choose a new one at the next sign-in.")
                        .arg(user));
                finish();
                refresh();
            });
    connect(m_client, &AdminClient::accountUnlocked, this, [this](const QString &user) {
        showStatus(tr("Account %1 was unlocked; its holder can sign in again.").arg(user));
        if (m_unlockUser->text().trimmed() == user)
            m_unlockUser->clear();
        finish();
        if (!m_listRefused)
            refresh();
    });
    connect(m_client, &AdminClient::failed, this,
            [this](AdminClient::Operation operation, const QString &message) {
                if (!isAccountOperation(operation))
                    return;
                finish();
                if (operation == AdminClient::Operation::CreateAccount && m_newDialog &&
                    m_newDialog->isVisible()) {
                    m_newDialog->showError(message); // next to the form, which keeps what was typed
                    return;
                }
                if (operation == AdminClient::Operation::ListAccounts && !m_canManage) {
                    showUnlockByName();
                    m_status->setToolTip(message);
                    return;
                }
                showError(message);
            });
    updateActions();
}

QString AccountsPage::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

QString AccountsPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void AccountsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_inFlight == 0)
        refresh();
}

void AccountsPage::refresh()
{
    m_loaded = true; // asked for: the next show does not ask again
    if (!m_canManage) {
        // The platform lists accounts to the system administrator only (ManageAccounts): asking would only
        // leave a refusal in the audit log.
        showUnlockByName();
        return;
    }
    start();
    m_client->listAccounts();
}

void AccountsPage::showUnlockByName()
{
    m_listRefused = true;
    m_view->hide();
    m_error->clear();
    showStatus(tr("The platform shows the list of accounts to the system administrator only. Enter the "
                  "user name of a locked account to unlock it."));
    updateActions();
}

void AccountsPage::start()
{
    ++m_inFlight;
    m_busy->setBusy(true);
    updateActions();
}

void AccountsPage::finish()
{
    m_inFlight = qMax(0, m_inFlight - 1);
    m_busy->setBusy(m_inFlight > 0);
    updateActions();
}

void AccountsPage::showStatus(const QString &text)
{
    m_error->clear();
    m_status->setToolTip(QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AccountsPage::showError(const QString &text)
{
    m_status->hide();
    m_error->showMessage(text);
}

const AccountInfo *AccountsPage::selectedAccount() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->accountAt(row) : nullptr;
}

void AccountsPage::selectUser(const QString &userName)
{
    const int row = m_model->rowOf(userName);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void AccountsPage::updateActions()
{
    const AccountInfo *account = selectedAccount();
    const bool idle = m_inFlight == 0;
    const bool own = account && account->userName == m_ownUser;
    m_new->setEnabled(idle);
    m_disable->setEnabled(idle && account && !account->disabled && !own);
    m_enable->setEnabled(idle && account && account->disabled);
    m_reset->setEnabled(idle && account && !own);
    m_unlock->setEnabled(idle && account && account->isLocked());
    m_unlockByName->setEnabled(idle && !m_unlockUser->text().trimmed().isEmpty());
    m_refresh->setEnabled(idle && !m_listRefused);
    const QString ownHint = tr("Your own account: use Change password in the Account menu instead.");
    m_disable->setToolTip(own ? ownHint : QString());
    m_reset->setToolTip(own ? ownHint : QString());
}

void AccountsPage::openNewAccountDialog()
{
    if (m_newDialog) {
        m_newDialog->raise();
        return;
    }
    m_newDialog = new NewAccountDialog(this);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newDialog, &NewAccountDialog::createRequested, this,
            [this](const QString &user, const QString &displayName, Role role, const QString &region) {
                m_newDialog->setBusy(true);
                start();
                m_client->createAccount(user, displayName, role, region);
            });
    m_newDialog->open();
}

void AccountsPage::confirmDisable()
{
    const AccountInfo *account = selectedAccount();
    if (!account)
        return;
    const QString user = account->userName;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Disable account"),
                                tr("Disable account %1 (%2)? Its holder cannot sign in until the account is "
                                   "enabled again, and their open sessions end now.")
                                    .arg(user, account->role.displayName()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDisable"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Disable"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, user](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        start();
        m_client->setAccountDisabled(user, true);
    });
    box->open();
}

void AccountsPage::enableSelected()
{
    if (const AccountInfo *account = selectedAccount()) {
        start();
        m_client->setAccountDisabled(account->userName, false);
    }
}

void AccountsPage::confirmReset()
{
    const AccountInfo *account = selectedAccount();
    if (!account)
        return;
    const QString user = account->userName;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset password"),
                                tr("Reset the password of %1? A one-time password replaces the current one, "
                                   "their open sessions end, and they must choose a new password at the next "
                                   "sign-in.")
                                    .arg(user),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmReset"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Reset password"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, user](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        start();
        m_client->resetPassword(user);
    });
    box->open();
}

void AccountsPage::unlock(const QString &userName)
{
    if (userName.isEmpty())
        return;
    start();
    m_client->unlockAccount(userName);
}

} // namespace rw
