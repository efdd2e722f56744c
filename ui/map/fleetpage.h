#pragma once

#include "fleet/vehiclekey.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QSplitter;
class QTabWidget;

namespace rw {

class FleetFilter;
class FleetState;
class MapView;
class VehicleCard;
class VehicleLayer;

/**
 * \brief The live fleet page: the filter bar above the map, the vehicles on it, and the vehicle card.
 *
 * Composition only: the page is given a FleetState (filled by whoever receives positions, e.g. the
 * BrokerClient, not wired here) and a MapView, adds a VehicleLayer to the map and connects the parts:
 * a click on a vehicle selects it and shows its card, a click on a cluster flies in to where it splits, the
 * filter bar filters the layer, a plate typed in the search box flies to the vehicle. When the map's tile
 * source changes datum, the fleet is re-projected (FleetState::setMapDatum()).
 *
 * The fleet is not a QObject: the page looks at FleetState::version() ten times a second and repaints
 * when it moved (and every second regardless, since vehicles go stale with time alone). Call refresh()
 * after applying a batch to draw it at once.
 */
class FleetPage : public QWidget
{
    Q_OBJECT

public:
    FleetPage(FleetState *fleet, MapView *map, QWidget *parent = nullptr);
    ~FleetPage() override;

    MapView *mapView() const { return m_map; }
    VehicleLayer *vehicleLayer() const { return m_layer; }
    FleetFilter *filterBar() const { return m_filter; }
    VehicleCard *card() const { return m_card; }

    /** Unix seconds, for staleness (default: the system clock). */
    void setClock(std::function<qint64()> clock);

    /**
     * The vehicle whose plate is \a text: compared without case and spaces, an exact plate first, else the
     * first plate containing it (among the vehicles the filter shows, then all). −1 when none.
     */
    int findPlate(const QString &text) const;
    /** Finds \a text, selects the vehicle, flies to it and shows its card; false when not found. */
    bool flyToPlate(const QString &text);
    /**
     * Selects the vehicle \a key, flies to it and shows its card (for an alert or a "near me" list); false,
     * with a message in the filter bar, when the vehicle is not on the map.
     */
    bool openVehicle(const VehicleKey &key);
    /** Selects vehicle \a index (−1: none) and shows its card. */
    void selectVehicle(int index);
    int selectedVehicle() const;

    /**
     * Adds \a panel (alerts, vehicles near me, track replay) as a tab of the side area right of the map,
     * which appears with its first panel. The page takes ownership.
     */
    void addSidePanel(QWidget *panel, const QString &title);
    /** Brings \a panel's tab to the front (and the side area into view). */
    void showSidePanel(QWidget *panel);
    QTabWidget *sidePanels() const { return m_side; }

    /** Redraws now if the fleet changed (also done by a 10 Hz timer). */
    void refresh();

    /** The zoom a plate search flies to. */
    static constexpr double kFlyToZoom = 15;

signals:
    /** The officer asked for the track of \a vehicle (the card's "Replay track" button). */
    void trackReplayRequested(const rw::VehicleKey &vehicle);
    /**
     * A vehicle was selected and its card shown (a click, a plate search, an alert's "show"); an empty key
     * when the selection was cleared (the card closed, the vehicle gone), so that answers about the
     * previous one can be dropped.
     */
    void vehicleSelected(const rw::VehicleKey &vehicle);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Selects, flies to and shows vehicle \a index, resetting a filter that hid it. */
    void focusVehicle(int index);
    void placeCard();
    void updateCounts();

    FleetState *m_fleet;
    MapView *m_map;
    VehicleLayer *m_layer;
    FleetFilter *m_filter;
    VehicleCard *m_card;
    QSplitter *m_splitter;
    QTabWidget *m_side;
    std::function<qint64()> m_clock;
    QTimer m_timer;
    quint64 m_drawnVersion = ~quint64(0);
    quint64 m_layoutVersion = 0;
    qint64 m_lastSecond = 0;
    VehicleKey m_selectedKey;
};

} // namespace rw
