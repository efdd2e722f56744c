#include "trackreplaypanel.h"

#include "map/mapview.h"
#include "map/tracklayer.h"
#include "session/busyindicator.h"
#include "session/inlinemessage.h"

#include "client/trackclient.h"
#include "geo/webmercator.h"
#include "tracks/trackplayback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rw {

namespace {

QString timeText(qint64 unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds).time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

TrackReplayPanel::TrackReplayPanel(TrackClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_layer(new TrackLayer(this))
    , m_playback(new TrackPlayback(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_title = new QLabel(tr("Track replay"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_company = new QLineEdit(this);
    m_company->setPlaceholderText(tr("CompanyId, e.g. 4690WZSYC001"));
    m_plate = new QLineEdit(this);
    m_plate->setPlaceholderText(tr("Plate number, e.g. 琼D10001"));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    m_from = new QDateTimeEdit(this);
    m_from->setDisplayFormat(format);
    m_from->setCalendarPopup(true);
    m_to = new QDateTimeEdit(this);
    m_to->setDisplayFormat(format);
    m_to->setCalendarPopup(true);
    m_companyLabel = new QLabel(tr("&Company:"), this);
    m_companyLabel->setBuddy(m_company);
    m_plateLabel = new QLabel(tr("&Plate:"), this);
    m_plateLabel->setBuddy(m_plate);
    m_fromLabel = new QLabel(tr("&From:"), this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(tr("&To:"), this);
    m_toLabel->setBuddy(m_to);
    auto *form = new QFormLayout;
    form->addRow(m_companyLabel, m_company);
    form->addRow(m_plateLabel, m_plate);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);

    m_load = new QPushButton(tr("&Load track"), this);
    m_load->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTrack"));
    m_cancel->setToolTip(tr("Stops loading the track (Esc)"));
    m_cancel->hide();
    // Escape in the panel presses Cancel while a track loads (as JobProgress does in the pages).
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, m_cancel, &QPushButton::click);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_load);
    m_busy = new BusyIndicator(tr("Loading the track…"), this);
    m_error = new InlineMessage(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_play = new QToolButton(this);
    m_play->setAutoRaise(false);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setAccessibleName(tr("Replay time"));
    m_speedLabel = new QLabel(tr("&Speed:"), this);
    m_speed = new QComboBox(this);
    for (int speed : TrackPlayback::speeds())
        m_speed->addItem(tr("×%1").arg(speed), speed);
    m_speed->setCurrentIndex(1); // ×10: an hour in six minutes
    m_speedLabel->setBuddy(m_speed);
    m_follow = new QCheckBox(tr("F&ollow the vehicle"), this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_slider, 1);
    auto *options = new QHBoxLayout;
    options->addWidget(m_speedLabel);
    options->addWidget(m_speed);
    options->addStretch();
    options->addWidget(m_follow);
    m_readout = new QLabel(this);
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_eventsLabel = new QLabel(tr("Pickups and drop-offs:"), this);
    m_events = new QListWidget(this);
    m_events->setAccessibleName(tr("Pickups and drop-offs"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addLayout(options);
    layout->addWidget(m_readout);
    layout->addWidget(m_eventsLabel);
    layout->addWidget(m_events, 1);

    m_frameTimer.setInterval(FrameIntervalMs);
    m_layer->setGapSeconds(m_playback->gapSeconds());

    connect(m_load, &QPushButton::clicked, this, &TrackReplayPanel::load);
    connect(m_cancel, &QPushButton::clicked, this, &TrackReplayPanel::cancel);
    connect(m_plate, &QLineEdit::returnPressed, this, &TrackReplayPanel::load);
    connect(m_play, &QToolButton::clicked, this,
            [this] { m_playback->setPlaying(!m_playback->isPlaying()); });
    connect(m_slider, &QSlider::valueChanged, this, &TrackReplayPanel::onSliderMoved);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_playback->setSpeed(m_speed->itemData(index).toInt()); });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            follow();
    });
    connect(m_events, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { jumpToEvent(m_events->row(item)); });
    connect(m_events, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { jumpToEvent(m_events->row(item)); });
    connect(m_layer, &TrackLayer::eventClicked, this, [this](int index) {
        m_events->setCurrentRow(index);
        jumpToEvent(index);
    });

    connect(m_playback, &TrackPlayback::currentTimeChanged, this, &TrackReplayPanel::onTimeChanged);
    connect(m_playback, &TrackPlayback::playingChanged, this, [this](bool playing) {
        playing ? m_frameTimer.start() : m_frameTimer.stop();
        updatePlayButton();
    });
    connect(&m_frameTimer, &QTimer::timeout, m_playback, &TrackPlayback::tick);
    m_playback->setSpeed(m_speed->currentData().toInt());

    if (m_client) {
        connect(m_client, &TrackClient::trackReceived, this, &TrackReplayPanel::onTrackReceived);
        connect(m_client, &TrackClient::trackFailed, this, &TrackReplayPanel::onTrackFailed);
    }
    const QDateTime now = m_clock();
    setPeriod(now.addSecs(-3600), now);
    setTrack(Track());
}

TrackReplayPanel::~TrackReplayPanel()
{
    if (m_client && m_request && m_client->currentRequest() == m_request)
        m_client->cancel();
    setMapView(nullptr);
}

void TrackReplayPanel::setMapView(MapView *map)
{
    if (m_map == map)
        return;
    if (m_map) {
        m_map->removeLayer(m_layer);
        disconnect(m_map, nullptr, this, nullptr);
    }
    m_map = map;
    if (!m_map)
        return;
    m_layer->setMapDatum(m_map->mapDatum());
    m_map->addLayer(m_layer);
    connect(m_map, &MapView::mapDatumChanged, this, [this](Datum datum) {
        m_layer->setMapDatum(datum);
        follow();
    });
}

void TrackReplayPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QString TrackReplayPanel::companyId() const
{
    return m_company->text().trimmed();
}

QString TrackReplayPanel::plate() const
{
    return m_plate->text().trimmed();
}

QDateTime TrackReplayPanel::from() const
{
    return m_from->dateTime();
}

QDateTime TrackReplayPanel::to() const
{
    return m_to->dateTime();
}

void TrackReplayPanel::setPeriod(const QDateTime &from, const QDateTime &to)
{
    // Whole minutes, as the editors show them; the end rounded up so that "now" is included.
    const auto minute = [](const QDateTime &at, bool up) {
        QDateTime whole = at.addSecs(-at.time().second()).addMSecs(-at.time().msec());
        return up && whole < at ? whole.addSecs(60) : whole;
    };
    m_from->setDateTime(minute(from, false));
    m_to->setDateTime(minute(to, true));
}

void TrackReplayPanel::showVehicle(const QString &companyId, const QString &plate)
{
    m_company->setText(companyId);
    m_plate->setText(plate);
    const QDateTime now = m_clock();
    setPeriod(now.addSecs(-3600), now);
    m_error->clear();
}

void TrackReplayPanel::load()
{
    QString problem = TrackClient::checkPeriod(from(), to());
    if (companyId().isEmpty())
        problem = tr("Company: enter the CompanyId of the platform company.");
    else if (plate().isEmpty())
        problem = tr("Plate: enter the plate number of the vehicle.");
    else if (!problem.isEmpty())
        problem = tr("Period: %1").arg(problem);
    else if (!m_client)
        problem = tr("No connection to the platform.");
    if (!problem.isEmpty()) {
        m_failure = problem;
        m_error->showMessage(problem);
        return;
    }
    m_error->clear();
    m_failure.clear();
    m_request = m_client->fetchTrack(companyId(), plate(), from(), to());
    setBusy(m_client->currentRequest() == m_request);
}

void TrackReplayPanel::cancel()
{
    if (m_client && m_request && m_client->currentRequest() == m_request)
        m_client->cancel();
    m_request = 0;
    setBusy(false);
}

void TrackReplayPanel::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    m_cancel->setVisible(busy);
    m_escape->setEnabled(busy);
    m_load->setEnabled(!busy);
}

void TrackReplayPanel::onTrackReceived(quint64 id, const Track &track)
{
    if (id != m_request)
        return; // another panel's, or one this panel cancelled
    m_request = 0;
    setBusy(false);
    setTrack(track);
    emit trackLoaded(track);
}

void TrackReplayPanel::onTrackFailed(quint64 id, const QString &message)
{
    if (id != m_request)
        return;
    m_request = 0;
    setBusy(false);
    m_failure = message;
    m_error->showMessage(message);
    emit loadFailed(message);
}

const Track &TrackReplayPanel::track() const
{
    return m_playback->track();
}

void TrackReplayPanel::setTrack(const Track &track)
{
    m_playback->setTrack(track);
    m_layer->setTrack(track);
    const bool has = m_playback->hasTrack();
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(
            0, has ? int(std::min<qint64>(m_playback->endTime() - m_playback->startTime(), INT_MAX)) : 0);
        m_slider->setPageStep(60);
        m_slider->setValue(0);
    }
    m_slider->setEnabled(has);
    m_play->setEnabled(has);
    m_events->clear();
    for (const TrackEvent &event : track.events) {
        const QString order = event.orderId.isEmpty() ? QString() : QStringLiteral(" · ") + event.orderId;
        m_events->addItem(tr("%1  %2%3", "time, event kind, order")
                              .arg(timeText(event.time), TrackEvent::kindName(event.kind), order));
    }
    m_events->setEnabled(!track.events.isEmpty());
    updateSummary();
    updatePlayButton();
    onTimeChanged(m_playback->currentTime());
    if (has)
        fitMapToTrack();
}

void TrackReplayPanel::updateSummary()
{
    const Track &track = m_playback->track();
    if (track.vehicle.isEmpty()) {
        m_summary->setText(tr("Choose a vehicle and a period (at most 24 hours), then load its track."));
        return;
    }
    QStringList parts;
    const auto pickups = std::count_if(track.events.begin(), track.events.end(), [](const TrackEvent &event) {
        return event.kind == TrackEvent::Kind::Pickup;
    });
    parts << tr("%1: %n fix(es)", "", int(track.points.size())).arg(track.vehicle.vehicleNo)
          << tr("%n pickup(s)", "", int(pickups))
          << tr("%n drop-off(s)", "", int(track.events.size() - pickups));
    if (track.points.isEmpty())
        parts << tr("no positions were stored for this vehicle in this period");
    if (track.truncated)
        parts << tr("only the first %n fixes are shown: choose a shorter period", "", track.pointCap);
    if (track.skippedPoints + track.skippedEvents > 0)
        parts << tr("%n record(s) could not be read", "", track.skippedPoints + track.skippedEvents);
    // The list's separator and full stop are the language's own (Chinese: "，" and "。").
    m_summary->setText(
        tr("%1.", "a sentence made of the summary's parts").arg(parts.join(tr(", ", "list separator"))));
    m_summary->setToolTip(track.problems.join(QLatin1Char('\n')));
}

void TrackReplayPanel::updatePlayButton()
{
    const bool playing = m_playback->isPlaying();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play"));
    m_play->setAccessibleName(m_play->toolTip());
}

void TrackReplayPanel::onTimeChanged(double time)
{
    const TrackSample sample = m_playback->sampleAt(time);
    m_layer->setCurrentSample(sample);
    if (m_playback->hasTrack()) {
        const QSignalBlocker block(m_slider);
        m_updatingSlider = true;
        m_slider->setValue(int(std::floor(time - double(m_playback->startTime()))));
        m_updatingSlider = false;
    }
    if (!sample.valid) {
        m_readout->setText(m_playback->hasTrack() ? QString() : tr("No track loaded."));
        return;
    }
    QStringList parts;
    parts << timeText(qint64(std::floor(time)));
    parts << (sample.speed >= 0 ? tr("%1 km/h").arg(QLocale().toString(sample.speed, 'f', 0))
                                : tr("speed unknown"));
    parts << bizStatusName(sample.status);
    if (!sample.orderId.isEmpty() && sample.orderId != QLatin1String("0"))
        parts << tr("order %1").arg(sample.orderId);
    if (sample.inGap)
        parts << tr("no fixes for %n s", "",
                    int(m_playback->track().points.at(sample.segment + 1).time -
                        m_playback->track().points.at(sample.segment).time));
    m_readout->setText(parts.join(QStringLiteral(" · ")));
    if (isFollowing())
        follow();
}

void TrackReplayPanel::onSliderMoved(int value)
{
    if (m_updatingSlider || !m_playback->hasTrack())
        return;
    m_playback->seek(double(m_playback->startTime() + value));
}

void TrackReplayPanel::jumpToEvent(int index)
{
    const Track &track = m_playback->track();
    if (index < 0 || index >= track.events.size())
        return;
    m_playback->pause();
    m_playback->seek(double(track.events.at(index).time));
    if (m_map && !isFollowing()) {
        const TrackEvent &event = track.events.at(index);
        m_map->setCenter(m_layer->toWorld(event.longitudeDegrees(), event.latitudeDegrees(), event.datum));
    }
}

bool TrackReplayPanel::isFollowing() const
{
    return m_follow->isChecked();
}

void TrackReplayPanel::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

QString TrackReplayPanel::readoutText() const
{
    return m_readout->text();
}

QString TrackReplayPanel::statusText() const
{
    return m_failure.isEmpty() ? m_summary->text() : m_failure;
}

void TrackReplayPanel::follow()
{
    if (m_map && isFollowing() && m_layer->currentSample().valid)
        m_map->setCenter(m_layer->currentWorldPosition());
}

void TrackReplayPanel::fitMapToTrack()
{
    if (!m_map)
        return;
    if (m_layer->track().points.isEmpty())
        return;
    const QRectF bounds = m_layer->worldBounds();
    // The zoom at which the track fills four fifths of the view, within the map's range.
    const QSizeF view = m_map->size();
    const double width = std::max(bounds.width(), 1e-9);
    const double height = std::max(bounds.height(), 1e-9);
    double zoom = std::log2(std::min(view.width() * 0.8 / width, view.height() * 0.8 / height));
    zoom = std::clamp(std::floor(zoom * 2) / 2, m_map->minZoom(), std::min(m_map->maxZoom(), 17.0));
    if (isFollowing() && m_layer->currentSample().valid)
        m_map->flyTo(m_layer->currentWorldPosition(), zoom);
    else
        m_map->flyTo(bounds.center(), zoom);
}

} // namespace rw
