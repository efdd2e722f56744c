#include "fleetpage.h"

#include "fleetfilter.h"
#include "mapview.h"
#include "vehiclecard.h"
#include "vehiclelayer.h"

#include "fleet/fleetstate.h"

#include <QDateTime>
#include <QEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rw {

namespace {

QString normalisedPlate(const QString &plate)
{
    QString out;
    out.reserve(plate.size());
    for (QChar c : plate) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QChar(0x00b7))
            out.append(c.toUpper());
    }
    return out;
}

} // namespace

FleetPage::FleetPage(FleetState *fleet, MapView *map, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_map(map)
    , m_layer(new VehicleLayer(fleet, this))
    , m_filter(new FleetFilter(this))
    , m_card(new VehicleCard(map))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_side(new QTabWidget(this))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filter);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_map);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_side->setObjectName(QStringLiteral("fleetSidePanels"));
    m_side->setDocumentMode(true);
    m_side->hide();
    layout->addWidget(m_splitter, 1);
    m_map->addLayer(m_layer);
    m_map->installEventFilter(this);
    if (m_fleet->mapDatum() != m_map->mapDatum())
        m_fleet->setMapDatum(m_map->mapDatum());

    connect(m_map, &MapView::mapDatumChanged, this, [this](Datum datum) {
        m_fleet->setMapDatum(datum);
        refresh();
    });
    connect(m_layer, &VehicleLayer::vehicleClicked, this, &FleetPage::selectVehicle);
    connect(m_layer, &VehicleLayer::clusterClicked, this,
            [this](QPointF world, int zoom) { m_map->flyTo(world, zoom); });
    connect(m_map, &MapView::clicked, this, [this] { selectVehicle(-1); });
    connect(m_card, &VehicleCard::closeRequested, this, [this] { selectVehicle(-1); });
    connect(m_card, &VehicleCard::replayRequested, this, [this] {
        if (!m_selectedKey.isEmpty())
            emit trackReplayRequested(m_selectedKey);
    });
    connect(m_filter, &FleetFilter::filterChanged, this, [this](const VehicleFilter &filter) {
        m_layer->setFilter(filter);
        updateCounts();
    });
    connect(m_filter, &FleetFilter::plateSearched, this, [this](const QString &plate) {
        if (plate.isEmpty()) {
            m_filter->setSearchResult({});
            return;
        }
        if (!flyToPlate(plate))
            m_filter->setSearchResult(tr("No vehicle with a plate like \"%1\" is on the map.").arg(plate));
    });

    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &FleetPage::refresh);
    m_timer.start();
    m_card->hide();
    refresh();
}

FleetPage::~FleetPage()
{
    m_map->removeLayer(m_layer);
}

void FleetPage::setClock(std::function<qint64()> clock)
{
    m_clock = clock;
    m_layer->setClock(std::move(clock));
    refresh();
}

int FleetPage::findPlate(const QString &text) const
{
    const QString wanted = normalisedPlate(text);
    if (wanted.isEmpty())
        return -1;
    const VehicleFilter::Matcher shown(m_layer->filter(), *m_fleet, m_clock());
    int exactHidden = -1;
    int partShown = -1;
    int partHidden = -1;
    for (int i = 0; i < m_fleet->size(); ++i) {
        const QString plate = normalisedPlate(m_fleet->key(i).vehicleNo);
        if (plate == wanted) {
            if (shown(i))
                return i;
            if (exactHidden < 0)
                exactHidden = i;
        } else if (plate.contains(wanted)) {
            if (shown(i)) {
                if (partShown < 0)
                    partShown = i;
            } else if (partHidden < 0) {
                partHidden = i;
            }
        }
    }
    if (exactHidden >= 0)
        return exactHidden;
    return partShown >= 0 ? partShown : partHidden;
}

bool FleetPage::flyToPlate(const QString &text)
{
    const int index = findPlate(text);
    if (index < 0)
        return false;
    focusVehicle(index);
    return true;
}

void FleetPage::focusVehicle(int index)
{
    const VehicleFilter::Matcher shown(m_layer->filter(), *m_fleet, m_clock());
    if (!shown(index)) {
        // Found but filtered out: show it anyway, and say why it was hidden.
        m_filter->setFilter(VehicleFilter());
        m_filter->setSearchResult(
            tr("%1 was hidden by the filter; the filter was reset.").arg(m_fleet->key(index).vehicleNo));
    } else {
        m_filter->setSearchResult({});
    }
    selectVehicle(index);
    m_map->flyTo(m_fleet->worldPosition(index), qMax(m_map->zoom(), kFlyToZoom));
}

bool FleetPage::openVehicle(const VehicleKey &key)
{
    const int index = m_fleet->indexOf(key);
    if (index < 0) {
        m_filter->setSearchResult(
            tr("%1 of %2 is not on the map: no position has been received for it since sign-in.")
                .arg(key.vehicleNo, key.companyId));
        return false;
    }
    focusVehicle(index);
    return true;
}

void FleetPage::addSidePanel(QWidget *panel, const QString &title)
{
    m_side->addTab(panel, title);
    if (m_side->isHidden()) {
        m_side->show();
        const int total = qMax(m_splitter->width(), 900);
        const int side = qBound(340, total / 3, 460);
        m_splitter->setSizes({total - side, side});
    }
}

void FleetPage::showSidePanel(QWidget *panel)
{
    const int index = m_side->indexOf(panel);
    if (index < 0)
        return;
    m_side->show();
    m_side->setCurrentIndex(index);
}

void FleetPage::selectVehicle(int index)
{
    if (index < 0 || index >= m_fleet->size()) {
        const bool hadOne = !m_selectedKey.isEmpty();
        m_selectedKey = {};
        m_layer->setSelectedVehicle(-1);
        m_card->clear();
        if (hadOne)
            emit vehicleSelected({});
        return;
    }
    m_selectedKey = m_fleet->key(index);
    m_layer->setSelectedVehicle(index);
    m_card->showVehicle(*m_fleet, index, m_clock());
    placeCard();
    m_card->raise();
    // After the card shows the vehicle: an answer given at once (a cached permit status) lands on it.
    emit vehicleSelected(m_selectedKey);
}

int FleetPage::selectedVehicle() const
{
    return m_layer->selectedVehicle();
}

void FleetPage::refresh()
{
    const qint64 now = m_clock();
    if (m_fleet->layoutVersion() != m_layoutVersion) {
        // Indices changed meaning: find the selected vehicle again by its key.
        m_layoutVersion = m_fleet->layoutVersion();
        const int index = m_selectedKey.isEmpty() ? -1 : m_fleet->indexOf(m_selectedKey);
        if (index < 0)
            selectVehicle(-1);
        else
            m_layer->setSelectedVehicle(index);
    }
    const bool moved = m_fleet->version() != m_drawnVersion;
    if (!moved && now == m_lastSecond)
        return;
    m_drawnVersion = m_fleet->version();
    m_lastSecond = now;
    m_filter->setCompanies(m_fleet->companies());
    updateCounts();
    if (m_card->vehicle() >= 0 && m_layer->selectedVehicle() >= 0)
        m_card->showVehicle(*m_fleet, m_layer->selectedVehicle(), now);
    m_map->update();
}

void FleetPage::updateCounts()
{
    m_filter->setShownCount(m_layer->shownCount(), m_fleet->size());
}

void FleetPage::placeCard()
{
    // Word-wrapped values: the height follows from the width.
    const int width = qMax(m_card->minimumWidth(), qMin(m_card->sizeHint().width(), 380));
    m_card->resize(width,
                   m_card->hasHeightForWidth() ? m_card->heightForWidth(width) : m_card->sizeHint().height());
    const int margin = 10;
    m_card->move(qMax(margin, m_map->width() - m_card->width() - margin), margin);
}

void FleetPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCard();
}

bool FleetPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map && event->type() == QEvent::Resize)
        placeCard();
    return QWidget::eventFilter(watched, event);
}

} // namespace rw
