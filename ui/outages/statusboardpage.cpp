#include "statusboardpage.h"

#include "suspensiondialog.h"

#include "domain/agetext.h"
#include "itemmodels/statusboardmodel.h"
#include "outages/outagereport.h"
#include "session/inlinemessage.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

/** Sorts on SortRole; an open outage's rows light red, a suspended company's grey. */
class BoardProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool outage = QSortFilterProxyModel::data(index, StatusBoardModel::HighlightRole).toBool();
        const bool suspended = QSortFilterProxyModel::data(index, StatusBoardModel::SuspendedRole).toBool();
        if (role == Qt::BackgroundRole && (outage || suspended))
            return QBrush(outage ? QColor(0xff, 0xcd, 0xd2) : QColor(0xe0, 0xe0, 0xe0));
        if (role == Qt::ForegroundRole && (outage || suspended))
            return QBrush(Qt::black); // readable on the light background under a dark theme too
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

StatusBoardPage::StatusBoardPage(OutageClient *client, bool canSuspend, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_canSuspend(canSuspend)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
    , m_ageTimer(new QTimer(this))
    , m_age(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_model(new StatusBoardModel(this))
    , m_proxy(new BoardProxy(this))
    , m_view(new QTableView(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_suspend(new QPushButton(tr("Suspend or restore access…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary->setObjectName(u"boardSummary"_s);
    m_age->setObjectName(u"boardAge"_s);
    m_refresh->setObjectName(u"refreshBoard"_s);
    m_suspend->setObjectName(u"suspendCompany"_s);
    m_suspend->setVisible(m_canSuspend);
    top->addWidget(m_summary, 1);
    top->addWidget(m_age);
    top->addWidget(m_refresh);
    top->addWidget(m_suspend);
    layout->addLayout(top);
    layout->addWidget(m_error);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StatusBoardModel::SortRole);
    m_view->setObjectName(u"statusBoard"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StatusBoardModel::CompanyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *note =
        new QLabel(tr("Seed 000 Art. 21: the platform watches every company's link around the clock. "
                      "Records per minute over the last 5 minutes; a red row has an open outage."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_timer->setInterval(RefreshIntervalMs);
    m_ageTimer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &StatusBoardPage::refresh);
    connect(m_ageTimer, &QTimer::timeout, this, &StatusBoardPage::updateAge);
    connect(m_refresh, &QPushButton::clicked, this, &StatusBoardPage::refresh);
    connect(m_suspend, &QPushButton::clicked, this, &StatusBoardPage::openSuspensionDialog);
    connect(m_client, &OutageClient::boardReceived, this, &StatusBoardPage::onBoard);
    connect(m_client, &OutageClient::failed, this,
            [this](OutageClient::Operation op, const QString &message) {
                if (op == OutageClient::Operation::Board)
                    m_error->showMessage(message);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StatusBoardPage::updateActions);
    m_age->setText(tr("No data yet"));
    updateActions();
}

StatusBoardPage::~StatusBoardPage() = default;

void StatusBoardPage::setClock(std::function<QDateTime()> clock)
{
    m_now = std::move(clock);
}

void StatusBoardPage::setWatchWhileHidden(bool watch)
{
    m_watchHidden = watch;
    updatePolling();
}

bool StatusBoardPage::isPolling() const
{
    return m_timer->isActive();
}

QString StatusBoardPage::errorText() const
{
    return m_error->text();
}

void StatusBoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updatePolling();
    if (m_running)
        refresh();
}

void StatusBoardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updatePolling();
}

void StatusBoardPage::updatePolling()
{
    const bool poll = m_running && (isVisible() || m_watchHidden);
    if (poll && !m_timer->isActive()) {
        m_timer->start();
        if (!isVisible() && m_watchHidden && !m_haveBaseline)
            refresh();
    } else if (!poll) {
        m_timer->stop();
    }
    if (poll && isVisible())
        m_ageTimer->start();
    else
        m_ageTimer->stop();
}

void StatusBoardPage::start()
{
    m_running = true;
    updatePolling();
}

void StatusBoardPage::stop()
{
    m_running = false;
    updatePolling();
}

void StatusBoardPage::clear()
{
    stop();
    m_model->clear();
    m_seenOutages.clear();
    m_haveBaseline = false;
    m_receivedAt = {};
    m_age->setText(tr("No data yet"));
    m_summary->clear();
    m_error->clear();
}

void StatusBoardPage::refresh()
{
    m_client->board();
}

void StatusBoardPage::onBoard(const StatusBoard &board)
{
    m_error->clear();
    const QString selected = selectedCompany();
    m_model->setBoard(board);
    m_receivedAt = m_now();
    m_boardAtMs = board.atMs;
    if (!selected.isEmpty())
        selectCompany(selected);
    int open = 0, suspended = 0;
    for (const StatusBoard::Company &c : board.companies) {
        suspended += c.suspended ? 1 : 0;
        for (const StatusBoard::Stream &s : c.streams) {
            if (s.openOutage <= 0)
                continue;
            ++open;
            if (m_seenOutages.contains(s.openOutage))
                continue;
            m_seenOutages.insert(s.openOutage);
            // The first board is the baseline: what was open before we watched is shown, not announced.
            if (m_haveBaseline)
                Q_EMIT outageOpened(c.companyId, c.displayName(), s.stream, s.openOutage);
        }
    }
    m_haveBaseline = true;
    m_summary->setText(tr("%n company(ies)", "", int(board.companies.size())) +
                       tr("; %1 open outage(s), %2 suspended").arg(open).arg(suspended));
    m_view->resizeColumnsToContents();
    updateAge();
    updateActions();
    Q_EMIT boardUpdated();
}

void StatusBoardPage::updateAge()
{
    if (!m_receivedAt.isValid()) {
        m_age->setText(tr("No data yet"));
        return;
    }
    const qint64 age = std::max<qint64>(0, m_receivedAt.secsTo(m_now()));
    m_age->setText(tr("Board of %1 (CST), received %2 ago")
                       .arg(OutageReport::cstTime(m_boardAtMs), AgeText::format(age)));
}

QString StatusBoardPage::selectedCompany() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->data(current, StatusBoardModel::CompanyIdRole).toString() : QString();
}

void StatusBoardPage::selectCompany(const QString &companyId)
{
    const int row = m_model->rowOf(companyId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void StatusBoardPage::updateActions()
{
    m_suspend->setEnabled(m_canSuspend && !selectedCompany().isEmpty());
}

SuspensionDialog *StatusBoardPage::openSuspensionDialog()
{
    const QString id = selectedCompany();
    if (!m_canSuspend || id.isEmpty())
        return nullptr;
    const StatusBoard::Company *c = m_model->board().company(id);
    // Its own client: the dialog's calls must not displace the board's newest request.
    auto *dialog =
        new SuspensionDialog(new OutageClient(m_client->platform()), id, c ? c->displayName() : id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SuspensionDialog::changed, this, &StatusBoardPage::refresh);
    dialog->open();
    return dialog;
}

} // namespace rw
