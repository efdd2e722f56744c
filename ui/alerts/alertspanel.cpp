#include "alertspanel.h"

#include "itemmodels/alertlistmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rw {

AlertsPanel::AlertsPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_kinds(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_open(new QPushButton(tr("Show on map"), this))
{
    m_proxy->setFilterRole(AlertListModel::KindRole);
    m_kinds->setAccessibleName(tr("Alert kind"));
    m_kinds->addItem(tr("All kinds"));
    for (AlertKind kind : AllAlertKinds)
        m_kinds->addItem(alertKindTitle(kind), int(kind));
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant kind = m_kinds->itemData(index);
        m_proxy->setFilterRegularExpression(kind.isValid() ? QStringLiteral("^%1$").arg(kind.toInt())
                                                           : QString());
    });

    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Alerts"));
    // activated: double-click, or Enter/Return on the current row.
    connect(m_view, &QAbstractItemView::activated, this, &AlertsPanel::activate);

    // Beside the map the panel is narrow: the table shows what tells alerts apart (plate, kind, time) and
    // the current alert's article, company and detail are spelled out below it.
    m_details->setObjectName(QStringLiteral("alertDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] { activate(m_view->currentIndex()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kinds);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_open, 0, Qt::AlignRight);
    updateCounts();
    showDetails({});
}

void AlertsPanel::setModel(AlertListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        connect(model, &AlertListModel::countsChanged, this, &AlertsPanel::updateCounts);
        connect(model, &QObject::destroyed, this, [this] { m_model = nullptr; });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this] { showDetails(m_view->currentIndex()); });
        for (int column : {int(AlertListModel::ArticleColumn), int(AlertListModel::CompanyColumn),
                           int(AlertListModel::DetailColumn)})
            m_view->setColumnHidden(column, true);
        // Plate, kind, time: in that order of importance. Sized by their contents as rows arrive (the
        // model is empty when it is set); the kind takes what is left.
        QHeaderView *header = m_view->horizontalHeader();
        header->moveSection(header->visualIndex(AlertListModel::PlateColumn), 0);
        header->moveSection(header->visualIndex(AlertListModel::KindColumn), 1);
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(AlertListModel::KindColumn, QHeaderView::Stretch);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) { showDetails(current); });
    }
    updateCounts();
    showDetails({});
}

void AlertsPanel::setKindFilter(std::optional<AlertKind> kind)
{
    m_kinds->setCurrentIndex(kind ? m_kinds->findData(int(*kind)) : 0);
}

std::optional<AlertKind> AlertsPanel::kindFilter() const
{
    const QVariant kind = m_kinds->currentData();
    return kind.isValid() ? std::optional(AlertKind(kind.toInt())) : std::nullopt;
}

void AlertsPanel::setPollingState(AlertClient::State state, const QString &message)
{
    switch (state) {
    case AlertClient::State::Error:
        m_status->setText(tr("Alerts are not up to date: %1").arg(message));
        m_status->setVisible(true);
        break;
    case AlertClient::State::Stopped:
    case AlertClient::State::Polling:
        m_status->clear();
        m_status->setVisible(false);
        break;
    }
}

void AlertsPanel::updateCounts()
{
    int total = 0;
    for (int i = 1; i < m_kinds->count(); ++i) {
        const auto kind = AlertKind(m_kinds->itemData(i).toInt());
        const int n = m_model ? m_model->count(kind) : 0;
        total += n;
        m_kinds->setItemText(i, tr("%1 (%2)").arg(alertKindTitle(kind)).arg(n));
    }
    m_kinds->setItemText(0, tr("All kinds (%1)").arg(total));
}

void AlertsPanel::showDetails(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || !m_model) {
        m_details->setText(tr("Select an alert to see the rule it breaks. Double-click or Enter shows the "
                              "vehicle on the map."));
        m_open->setEnabled(false);
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const auto cell = [&](int column) {
        return m_model->index(source.row(), column).data().toString().toHtmlEscaped();
    };
    const QString plate = cell(AlertListModel::PlateColumn);
    m_details->setText(tr("<b>%1</b> · %2<br>%3 — %4<br>%5<br><small>since %6</small>")
                           .arg(plate.isEmpty() ? tr("(no plate)") : plate,
                                cell(AlertListModel::CompanyColumn), cell(AlertListModel::KindColumn),
                                cell(AlertListModel::ArticleColumn), cell(AlertListModel::DetailColumn),
                                cell(AlertListModel::TimeColumn)));
    m_open->setEnabled(!plate.isEmpty());
}

void AlertsPanel::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const QString company = source.data(AlertListModel::CompanyRole).toString();
    const QString plate = source.data(AlertListModel::PlateRole).toString();
    if (!plate.isEmpty())
        Q_EMIT openVehicle(company, plate);
}

} // namespace rw
