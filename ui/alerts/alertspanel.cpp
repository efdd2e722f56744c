#include "alertspanel.h"

#include "itemmodels/alertlistmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kinds);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    updateCounts();
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
        m_view->resizeColumnsToContents();
    }
    updateCounts();
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
