#include "suspensiondialog.h"

#include "client/outageclient.h"
#include "outages/outagereport.h"
#include "session/inlinemessage.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rw {

SuspensionDialog::SuspensionDialog(OutageClient *client, const QString &companyId, const QString &companyName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_companyId(companyId)
    , m_stateLabel(new QLabel(this))
    , m_history(new QTableWidget(0, 4, this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new InlineMessage(this))
    , m_apply(new QPushButton(this))
{
    m_client->setParent(this);
    setWindowTitle(tr("Upload access of %1").arg(companyName));
    setMinimumSize(560, 420);
    auto *layout = new QVBoxLayout(this);
    auto *heading =
        new QLabel(companyName == companyId ? companyId : tr("%1 (%2)").arg(companyName, companyId), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_stateLabel->setObjectName(u"suspensionState"_s);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setText(tr("Loading the current state…"));
    layout->addWidget(m_stateLabel);
    layout->addWidget(new QLabel(tr("History:"), this));
    m_history->setObjectName(u"suspensionHistory"_s);
    m_history->setHorizontalHeaderLabels(
        {tr("Suspended (CST)"), tr("By, reason"), tr("Restored (CST)"), tr("By, reason")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_history, 1);
    auto *reasonLabel = new QLabel(tr("Reason (required; recorded in the history and the audit log):"), this);
    reasonLabel->setWordWrap(true);
    layout->addWidget(reasonLabel);
    m_reason->setObjectName(u"suspensionReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply->setObjectName(u"applySuspension"_s);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &SuspensionDialog::apply);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &SuspensionDialog::updateActions);
    connect(m_client, &OutageClient::suspensionReceived, this,
            [this](const CompanySuspensionState &s) { showState(s); });
    connect(m_client, &OutageClient::suspensionChanged, this, [this](const CompanySuspensionState &s) {
        m_busy = false;
        m_reason->clear();
        showState(s);
        Q_EMIT changed(s);
    });
    connect(m_client, &OutageClient::failed, this, [this](OutageClient::Operation, const QString &message) {
        m_busy = false;
        m_error->showMessage(message); // the platform's code and message verbatim
        updateActions();
    });
    updateActions();
    reload();
}

QString SuspensionDialog::errorText() const
{
    return m_error->text();
}

void SuspensionDialog::reload()
{
    m_client->suspension(m_companyId);
}

void SuspensionDialog::showState(const CompanySuspensionState &s)
{
    m_state = s;
    m_loaded = true;
    m_error->clear();
    if (s.suspended)
        m_stateLabel->setText(tr("Uploads are suspended (Art. 13) since %1 by %2: %3")
                                  .arg(OutageReport::cstTime(s.sinceMs), s.by, s.reason));
    else
        m_stateLabel->setText(tr("Uploads are allowed."));
    m_stateLabel->setStyleSheet(s.suspended ? u"color: #b71c1c; font-weight: bold"_s : QString());
    m_history->setRowCount(int(s.history.size()));
    for (int i = 0; i < s.history.size(); ++i) {
        const CompanySuspensionState::Period &p = s.history.at(i);
        const QStringList cells{
            OutageReport::cstTime(p.suspendedAtMs), tr("%1: %2").arg(p.suspendedBy, p.reason),
            p.restoredAtMs > 0 ? OutageReport::cstTime(p.restoredAtMs) : tr("still suspended"),
            p.restoredAtMs > 0 ? tr("%1: %2").arg(p.restoredBy, p.restoreReason) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_history->setItem(i, c, item);
        }
    }
    m_history->resizeColumnsToContents();
    updateActions();
}

void SuspensionDialog::updateActions()
{
    m_apply->setText(m_loaded && m_state.suspended ? tr("Restore access") : tr("Suspend access"));
    m_apply->setEnabled(m_loaded && !m_busy);
}

void SuspensionDialog::apply()
{
    if (!m_loaded || m_busy)
        return;
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_error->showMessage(m_state.suspended
                                 ? tr("Give the reason for restoring the access (seed 000 Art. 13).")
                                 : tr("Give the reason for suspending the access (seed 000 Art. 13)."));
        m_reason->setFocus();
        return;
    }
    m_busy = true;
    m_error->clear();
    updateActions();
    m_client->setSuspended(m_companyId, !m_state.suspended, reason);
}

} // namespace rw
