#pragma once

#include "tracks/track.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QShortcut;
class QSlider;
class QToolButton;

namespace rw {

class BusyIndicator;
class InlineMessage;
class MapView;
class TrackClient;
class TrackLayer;
class TrackPlayback;

/**
 * \brief The track replay (issue 4 item 6): pick a vehicle and a period, load its stored positions, and
 * play them back on the map with a time slider, a speed and a follow mode; the trip's pickups and
 * drop-offs are listed, and a click on one jumps there.
 *
 * Composition: the panel owns a TrackPlayback (the logic) and a TrackLayer (the drawing), which
 * setMapView() adds to the map (and keeps in the map's datum). Loading goes through the TrackClient
 * given (not owned; may be null when tracks are handed in with setTrack()): Load shows a busy row with
 * Cancel, a failure shows the client's message. While playing, a timer ticks the playback every
 * FrameIntervalMs; with Follow on, each step re-centres the map on the vehicle (MapView::setCenter()).
 *
 * The period defaults to the last hour before the clock's now (setClock()); the platform limits it to
 * 24 hours (TrackClient::checkPeriod()), which the panel checks before asking.
 */
class TrackReplayPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int FrameIntervalMs = 33;

    explicit TrackReplayPanel(TrackClient *client, QWidget *parent = nullptr);
    ~TrackReplayPanel() override;

    /** Draws on \a map (not owned; null: on no map). The layer is removed from a previous map. */
    void setMapView(MapView *map);
    MapView *mapView() const { return m_map; }
    TrackLayer *layer() const { return m_layer; }
    TrackPlayback *playback() const { return m_playback; }
    TrackClient *client() const { return m_client; }

    /** The time "now" for the default period (default: the system clock). */
    void setClock(std::function<QDateTime()> clock);

    QString companyId() const;
    QString plate() const;
    QDateTime from() const;
    QDateTime to() const;
    void setPeriod(const QDateTime &from, const QDateTime &to);

    /** Shows \a track (as loaded) from its first fix, paused; fits the map to it. */
    void setTrack(const Track &track);
    const Track &track() const;

    bool isFollowing() const;
    void setFollowing(bool follow);

    /** The readout under the slider: time, speed, status, order (for tests and accessibility). */
    QString readoutText() const;
    /** The summary of the loaded track or the last failure. */
    QString statusText() const;
    QSlider *slider() const { return m_slider; }
    QListWidget *eventList() const { return m_events; }

public slots:
    /** Pre-fills the vehicle and the last hour (does not load): e.g. from the vehicle card. */
    void showVehicle(const QString &companyId, const QString &plate);
    /** Loads the chosen vehicle and period through the client. */
    void load();
    void cancel();
    /** Moves the replay to trip event \a index (pickup or drop-off) and pauses. */
    void jumpToEvent(int index);

signals:
    void trackLoaded(const rw::Track &track);
    void loadFailed(const QString &message);

private:
    void setBusy(bool busy);
    void onTrackReceived(quint64 id, const Track &track);
    void onTrackFailed(quint64 id, const QString &message);
    void onTimeChanged(double time);
    void onSliderMoved(int value);
    void updatePlayButton();
    void updateSummary();
    void fitMapToTrack();
    void follow();

    TrackClient *m_client;
    QPointer<MapView> m_map;
    TrackLayer *m_layer;
    TrackPlayback *m_playback;
    std::function<QDateTime()> m_clock;
    QTimer m_frameTimer;
    quint64 m_request = 0;
    bool m_updatingSlider = false;
    QString m_failure;

    QLabel *m_title;
    QLabel *m_companyLabel;
    QLineEdit *m_company;
    QLabel *m_plateLabel;
    QLineEdit *m_plate;
    QLabel *m_fromLabel;
    QDateTimeEdit *m_from;
    QLabel *m_toLabel;
    QDateTimeEdit *m_to;
    QPushButton *m_load;
    QPushButton *m_cancel;
    QShortcut *m_escape;
    BusyIndicator *m_busy;
    InlineMessage *m_error;
    QLabel *m_summary;
    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_speedLabel;
    QComboBox *m_speed;
    QCheckBox *m_follow;
    QLabel *m_readout;
    QLabel *m_eventsLabel;
    QListWidget *m_events;
};

} // namespace rw
