#pragma once

#include <QPointF>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace rw {

class FleetState;
class MapView;
class MyLocation;
class NearbyVehicleModel;

/**
 * \brief "Vehicles near me" (issue 4 item 7): where the officer is, and the vehicles within a chosen
 * radius of it, nearest first, with status, distance, direction and the age of their last fix.
 *
 * - The status line says where the officer is ("109.51700° E, 18.77500° N ± 12 m, WGS-84, 3 s ago"), or
 *   why not (MyLocation::message(): "No position source on this computer.", "Waiting for a position fix
 *   from …", "Could not use …: access was denied …").
 * - "Locate me" flies the map (setMapView()) to the fix and emits locateRequested().
 * - The radius selector (200 m to 5 km, default 1 km) sets NearbyVehicleModel::setRadius().
 * - Double-click (or Enter) on a vehicle emits openVehicle(companyId, plate).
 * - Without a position source, a fix or any vehicle in reach, the list gives way to a sentence saying so.
 *
 * The panel owns its NearbyVehicleModel (model()) and refreshes it every second (the fleet moves and
 * fixes age) and at once when the position changes. Stale vehicles are shown in grey. The location and
 * the fleet must outlive the panel.
 */
class NearbyPanel : public QWidget
{
    Q_OBJECT

public:
    NearbyPanel(MyLocation *location, const FleetState *fleet, QWidget *parent = nullptr);
    ~NearbyPanel() override;

    /** The map "Locate me" flies (not owned; may be null). Its datum places the fix. */
    void setMapView(MapView *map);
    /** Unix seconds, for ages and staleness (default: the system clock). */
    void setClock(std::function<qint64()> clock);

    NearbyVehicleModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    QPushButton *locateButton() const { return m_locate; }
    QComboBox *radiusSelector() const { return m_radius; }
    /** The sentence shown instead of the list (empty while the list shows). */
    QString placeholderText() const;
    /** The status line. */
    QString statusText() const;

    /** The zoom "Locate me" flies to (at least; a closer view is kept). */
    static constexpr double kLocateZoom = 16;

public Q_SLOTS:
    /** Searches again and updates the texts (also every second). */
    void refresh();
    /** Flies the map to the fix, if there is one. */
    void locate();

Q_SIGNALS:
    /** The officer asked for this vehicle (double-click or Enter in the list). */
    void openVehicle(const QString &companyId, const QString &plate);
    /** "Locate me" was pressed with a fix at \a world0 (zoom-0 world px, in the map's datum). */
    void locateRequested(QPointF world0);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onLocationChanged();
    void updateTexts();

    QPointer<MyLocation> m_location;
    NearbyVehicleModel *m_model;
    QPointer<MapView> m_map;
    std::function<qint64()> m_clock;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_locate;
    QLabel *m_radiusLabel;
    QComboBox *m_radius;
    QStackedWidget *m_stack;
    QTreeView *m_list;
    QLabel *m_placeholder;
    QTimer m_timer;
};

} // namespace rw
