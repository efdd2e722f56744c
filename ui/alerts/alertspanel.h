#pragma once

#include "client/alertclient.h"
#include "rules/alertkind.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rw {

class AlertListModel;

/**
 * \brief The live map's alerts panel, to sit beside the map: the alerts of an AlertListModel, a filter by
 * kind whose entries count the alerts of each kind, and the state of the polling (an error is shown, the
 * list stays as it was).
 *
 * Double-click or Enter on an alert emits openVehicle() with its company and plate (alerts without a
 * plate, e.g. a driver never seen in a vehicle, open nothing). The panel shows; it fetches nothing.
 */
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPanel(QWidget *parent = nullptr);

    /** Shows \a model (not owned; must outlive the panel or be replaced). */
    void setModel(AlertListModel *model);
    AlertListModel *model() const { return m_model; }

    /** Shows only alerts of \a kind; nothing: all kinds. */
    void setKindFilter(std::optional<AlertKind> kind);
    std::optional<AlertKind> kindFilter() const;

    QTableView *view() const { return m_view; }
    QComboBox *kindBox() const { return m_kinds; }
    QLabel *statusLabel() const { return m_status; }
    /** The current alert spelled out: plate, company, kind, article, detail, since when. */
    QLabel *detailsLabel() const { return m_details; }

public Q_SLOTS:
    /** The polling's state (AlertClient::stateChanged with its errorMessage()). */
    void setPollingState(rw::AlertClient::State state, const QString &message = {});

Q_SIGNALS:
    /** The user asked to see the vehicle of an alert on the map. */
    void openVehicle(const QString &companyId, const QString &plate);

private:
    void updateCounts();
    void activate(const QModelIndex &proxyIndex);
    void showDetails(const QModelIndex &proxyIndex);

    AlertListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kinds;
    QLabel *m_status;
    QTableView *m_view;
    QLabel *m_details;
    QPushButton *m_open;
};

} // namespace rw
