#include "badrecordspage.h"

#include "addbadrecorddialog.h"
#include "client/badrecordclient.h"
#include "itemmodels/badrecordlistmodel.h"
#include "removebadrecorddialog.h"
#include "session/inlinemessage.h"
#include "session/jobprogress.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rw {

namespace {

/** Active entries only (or all), the text filter over every column; removed rows grey, ran-out amber. */
class BadRecordsProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setActiveOnly(bool activeOnly)
    {
        if (m_activeOnly == activeOnly)
            return;
        m_activeOnly = activeOnly;
        invalidateFilter();
    }
    bool activeOnly() const { return m_activeOnly; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == BadRecordListModel::StateColumn) {
            if (index.data(BadRecordListModel::RemovedRole).toBool())
                return QColor(QStringLiteral("#605e5c"));
            if (!index.data(BadRecordListModel::ActiveRole).toBool())
                return QColor(QStringLiteral("#8a5300"));
            return QColor(QStringLiteral("#a4262c")); // listed now
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(BadRecordListModel::SortRole);
        const QVariant b = right.data(BadRecordListModel::SortRole);
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less || order == QPartialOrdering::Greater)
            return order == QPartialOrdering::Less;
        // Equal (two entries of the same minute): the older entry first, as the ids say.
        return left.data(BadRecordListModel::IdRole).toLongLong() <
               right.data(BadRecordListModel::IdRole).toLongLong();
    }

    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
        if (m_activeOnly && !row.data(BadRecordListModel::ActiveRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    bool m_activeOnly = true;
};

QPushButton *actionButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

BadRecordsPage::BadRecordsPage(BadRecordClient *client, BadRecordListModel *model, Role viewer,
                               QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(model)
    , m_canManage(viewer.can(Permission::ManageCityPermits))
    , m_proxy(new BadRecordsProxy(this))
    , m_view(new QTableView(this))
    , m_show(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_add(actionButton(tr("&Add…"), QStringLiteral("add"), this))
    , m_remove(actionButton(tr("&Remove…"), QStringLiteral("remove"), this))
    , m_refresh(actionButton(tr("Re&fresh"), QStringLiteral("refresh"), this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_busy(new JobProgress(tr("Cancel"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BadRecordListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("badRecords"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BadRecordListModel::AddedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BadRecordListModel::ReasonColumn, QHeaderView::Stretch);

    m_show->setObjectName(QStringLiteral("show"));
    m_show->addItem(tr("Active entries"), true);
    m_show->addItem(tr("All entries, with history"), false);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by plate, name, reason or officer"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<BadRecordsProxy *>(m_proxy)->setActiveOnly(m_show->currentData().toBool());
        updateSummary();
        updateActions();
    });

    auto *title = new QLabel(tr("<h2>Bad-record list</h2>"), this);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    const QString purpose =
        tr("Vehicles and drivers on the city's bad-record list (Wuzhishan rules Art. 34). A "
           "listed vehicle or driver that goes online raises an alert on the live map.");
    intro->setText(
        m_canManage ? purpose + QLatin1Char(' ') +
                          tr("Entries you remove stay in the history with who removed them and why.")
                    : purpose + QLatin1Char(' ') + tr("Only the city authority adds and removes entries."));

    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    auto *actions = new QHBoxLayout;
    actions->addWidget(showLabel);
    actions->addWidget(m_show);
    actions->addWidget(m_add);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_filter, 2);
    actions->addWidget(m_refresh);
    m_add->setVisible(m_canManage);
    m_remove->setVisible(m_canManage);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("color: #107c10;"));
    m_status->hide();
    m_error->setObjectName(QStringLiteral("error"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    // The columns follow their contents as rows arrive or the filter shows more of them (the header does
    // not re-measure rows a filter brings back by itself).
    const auto remeasure = [this] {
        QMetaObject::invokeMethod(m_view->horizontalHeader(), "resizeSections", Qt::QueuedConnection);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, remeasure);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, remeasure);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, remeasure);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, remeasure);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BadRecordsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BadRecordsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BadRecordsPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BadRecordsPage::updateActions);
    connect(m_model, &BadRecordListModel::countsChanged, this, &BadRecordsPage::updateSummary);
    connect(m_add, &QPushButton::clicked, this, &BadRecordsPage::openAddDialog);
    connect(m_remove, &QPushButton::clicked, this, &BadRecordsPage::openRemoveDialog);
    connect(m_refresh, &QPushButton::clicked, this, &BadRecordsPage::refresh);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_canManage && m_remove->isEnabled())
            openRemoveDialog();
    });

    m_busy->setObjectName(QStringLiteral("progress"));
    m_busy->cancelButton()->setObjectName(QStringLiteral("cancelLoad"));
    connect(m_busy, &JobProgress::cancelRequested, this, &BadRecordsPage::cancelRefresh);
    connect(m_client, &BadRecordClient::listed, this,
            [this](const QList<BadRecord> &records, const QDateTime &asOf, bool) {
                m_model->setRecords(records);
                if (asOf.isValid())
                    m_platformToday = BadRecord::chinaDate(asOf);
                m_loaded = true;
                if (std::exchange(m_listing, false))
                    finish();
            });
    connect(m_client, &BadRecordClient::added, this, [this](const BadRecord &record) {
        m_model->upsert(record);
        if (m_addDialog) {
            m_addDialog->setBusy(false);
            m_addDialog->accept();
        }
        const QString subject =
            record.subject == BadRecord::Subject::Vehicle
                ? tr("Vehicle %1").arg(record.plate)
                : tr("Driver %1").arg(record.name.isEmpty() ? record.licence : record.name);
        showStatus(record.until.isValid()
                       ? tr("%1 was added to the bad-record list (entry %2) until %3.")
                             .arg(subject)
                             .arg(record.id)
                             .arg(record.until.toString(Qt::ISODate))
                       : tr("%1 was added to the bad-record list (entry %2).").arg(subject).arg(record.id));
        finish();
        selectRecord(record.id);
    });
    connect(m_client, &BadRecordClient::removed, this, [this](const BadRecord &record) {
        m_model->upsert(record);
        if (m_removeDialog) {
            m_removeDialog->setBusy(false);
            m_removeDialog->accept();
        }
        showStatus(tr("Entry %1 was removed from the bad-record list; it stays in the history (Show: all).")
                       .arg(record.id));
        finish();
    });
    connect(m_client, &BadRecordClient::failed, this,
            [this](BadRecordClient::Operation operation, const QString &message) {
                if (operation != BadRecordClient::Operation::List || std::exchange(m_listing, false))
                    finish();
                if (operation == BadRecordClient::Operation::Add && m_addDialog && m_addDialog->isVisible()) {
                    m_addDialog->showError(message); // next to the form, which keeps what was typed
                    return;
                }
                if (operation == BadRecordClient::Operation::Remove && m_removeDialog &&
                    m_removeDialog->isVisible()) {
                    m_removeDialog->showError(message);
                    return;
                }
                showError(message);
            });
    updateActions();
    updateSummary();
}

bool BadRecordsPage::showsActiveOnly() const
{
    return static_cast<BadRecordsProxy *>(m_proxy)->activeOnly();
}

void BadRecordsPage::setShowActiveOnly(bool activeOnly)
{
    m_show->setCurrentIndex(m_show->findData(activeOnly));
}

QString BadRecordsPage::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

QString BadRecordsPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QDate BadRecordsPage::today() const
{
    return m_platformToday.isValid() ? m_platformToday
                                     : BadRecord::chinaDate(QDateTime::currentDateTimeUtc());
}

void BadRecordsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_inFlight == 0)
        refresh();
}

void BadRecordsPage::refresh()
{
    m_loaded = true; // asked for: the next show does not ask again
    if (m_listing)
        return; // one list at a time: the answer on its way is as fresh
    m_listing = true;
    start();
    m_client->list(false); // all: the page filters active entries itself
}

void BadRecordsPage::cancelRefresh()
{
    if (!m_listing)
        return;
    m_client->cancelList();
    m_listing = false;
    finish();
    showStatus(tr("Loading the list cancelled; the entries shown are from before. Refresh asks again."));
}

void BadRecordsPage::start()
{
    ++m_inFlight;
    if (!m_busy->isRunning())
        m_busy->start(tr("Waiting for the platform…"));
    // Only the list's load is cancelled: an addition or removal may already be done on the platform.
    m_busy->cancelButton()->setVisible(m_listing);
    m_busy->cancelButton()->setEnabled(m_listing);
    updateActions();
}

void BadRecordsPage::finish()
{
    m_inFlight = qMax(0, m_inFlight - 1);
    if (m_inFlight > 0) {
        m_busy->cancelButton()->setVisible(m_listing);
        m_busy->cancelButton()->setEnabled(m_listing);
    } else {
        m_busy->finish();
    }
    updateActions();
}

void BadRecordsPage::showStatus(const QString &text)
{
    m_error->clear();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void BadRecordsPage::showError(const QString &text)
{
    m_status->hide();
    m_error->showMessage(text);
}

const BadRecord *BadRecordsPage::selectedRecord() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->recordAt(row) : nullptr;
}

void BadRecordsPage::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void BadRecordsPage::updateActions()
{
    const BadRecord *record = selectedRecord();
    const bool idle = m_inFlight == 0;
    m_add->setEnabled(idle && m_canManage);
    m_remove->setEnabled(idle && m_canManage && record && !record->isRemoved());
    m_refresh->setEnabled(idle);
    m_remove->setToolTip(record && record->isRemoved() ? tr("This entry was removed already.") : QString());
}

void BadRecordsPage::updateSummary()
{
    const int active = m_model->activeCount();
    const int all = m_model->rowCount();
    m_summary->setText(tr("Active entries: %1 · all, with history: %2").arg(active).arg(all));
}

void BadRecordsPage::openAddDialog()
{
    if (!m_canManage)
        return;
    if (m_addDialog) {
        m_addDialog->raise();
        return;
    }
    m_addDialog = new AddBadRecordDialog(today(), this);
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_addDialog, &AddBadRecordDialog::addRequested, this,
        [this](BadRecord::Subject subject, const QString &key, const QString &reason, const QDate &until) {
            m_addDialog->setBusy(true);
            start();
            m_client->add(subject, key, reason, until);
        });
    m_addDialog->open();
}

void BadRecordsPage::openRemoveDialog()
{
    const BadRecord *record = selectedRecord();
    if (!m_canManage || !record || record->isRemoved())
        return;
    if (m_removeDialog) {
        m_removeDialog->raise();
        return;
    }
    m_removeDialog = new RemoveBadRecordDialog(*record, this);
    m_removeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_removeDialog, &RemoveBadRecordDialog::removeRequested, this,
            [this](qint64 id, const QString &reason) {
                m_removeDialog->setBusy(true);
                start();
                m_client->remove(id, reason);
            });
    m_removeDialog->open();
}

BadRecordsPage::~BadRecordsPage() = default;

// Out of line: reading the dialogs' QPointers needs their complete types, which users of the page lack.
AddBadRecordDialog *BadRecordsPage::addDialog() const
{
    return m_addDialog;
}

RemoveBadRecordDialog *BadRecordsPage::removeDialog() const
{
    return m_removeDialog;
}

} // namespace rw
