#include "intakepage.h"

#include "itemmodels/intakesummarymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rw {

IntakePage::IntakePage(IntakeSummaryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IntakeSummaryModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IntakeSummaryModel::CompanyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_filter->setPlaceholderText(tr("Filter by company or interface"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *title = new QLabel(tr("<h2>Data intake</h2>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::dataChanged, this, &IntakePage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &IntakePage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &IntakePage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IntakePage::updateSummary);
    updateSummary();
}

void IntakePage::updateSummary()
{
    QSet<QString> companies;
    for (const IntakeCounter &c : m_model->counters())
        companies.insert(c.companyId);
    const QLocale locale;
    m_summary->setText(
        tr("%1 records received from %n companies, %2 rejected and kept in quarantine.", nullptr,
           int(companies.size()))
            .arg(locale.toString(m_model->totalReceived()), locale.toString(m_model->totalRejected())));
}

} // namespace rw
