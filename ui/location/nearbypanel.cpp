#include "nearbypanel.h"

#include "geo/webmercator.h"
#include "itemmodels/nearbyvehiclemodel.h"
#include "location/mylocation.h"
#include "map/mapview.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace rw {

namespace {

/** Greys out the rows of stale vehicles (no position for over a minute, Art. 15(三)). */
class StaleShading : public QIdentityProxyModel
{
public:
    StaleShading(QWidget *view, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_view(view)
    {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.data(NearbyVehicleModel::StaleRole).toBool())
            return m_view->palette().color(QPalette::Disabled, QPalette::Text);
        return QIdentityProxyModel::data(index, role);
    }

private:
    QWidget *m_view;
};

constexpr int kRadii[] = {200, 500, 1000, 2000, 5000};

} // namespace

NearbyPanel::NearbyPanel(MyLocation *location, const FleetState *fleet, QWidget *parent)
    : QWidget(parent)
    , m_location(location)
    , m_model(new NearbyVehicleModel(fleet, this))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_locate(new QPushButton(this))
    , m_radiusLabel(new QLabel(this))
    , m_radius(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeView(m_stack))
    , m_placeholder(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("nearbyPanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("myLocationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_locate->setObjectName(QStringLiteral("locateMe"));
    m_radius->setObjectName(QStringLiteral("nearbyRadius"));
    for (const int metres : kRadii)
        m_radius->addItem(QString(), metres);
    m_radius->setCurrentIndex(2); // 1 km, NearbyVehicles::kDefaultRadius
    m_radiusLabel->setBuddy(m_radius);

    m_list->setObjectName(QStringLiteral("nearbyList"));
    auto *shading = new StaleShading(m_list, m_list);
    shading->setSourceModel(m_model);
    m_list->setModel(shading);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_placeholder->setObjectName(QStringLiteral("nearbyPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_placeholder);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_locate);
    layout->addLayout(top);
    layout->addWidget(m_status);
    auto *radiusRow = new QHBoxLayout;
    radiusRow->addWidget(m_radiusLabel);
    radiusRow->addWidget(m_radius);
    radiusRow->addStretch(1);
    layout->addLayout(radiusRow);
    layout->addWidget(m_stack, 1);

    connect(m_locate, &QPushButton::clicked, this, &NearbyPanel::locate);
    connect(m_radius, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setRadius(m_radius->currentData().toDouble());
        updateTexts();
    });
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openVehicle(index.data(NearbyVehicleModel::CompanyIdRole).toString(),
                           index.data(NearbyVehicleModel::PlateRole).toString());
    });
    connect(m_model, &NearbyVehicleModel::countChanged, this, &NearbyPanel::updateTexts);
    if (m_location) {
        connect(m_location, &MyLocation::positionChanged, this, &NearbyPanel::onLocationChanged);
        connect(m_location, &MyLocation::stateChanged, this, &NearbyPanel::onLocationChanged);
        connect(m_location, &MyLocation::messageChanged, this, &NearbyPanel::updateTexts);
    }
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &NearbyPanel::refresh);
    m_timer.start();

    retranslate();
    onLocationChanged();
}

NearbyPanel::~NearbyPanel() = default;

void NearbyPanel::setMapView(MapView *map)
{
    m_map = map;
}

void NearbyPanel::setClock(std::function<qint64()> clock)
{
    m_clock = clock;
    m_model->setClock(std::move(clock));
    refresh();
}

QString NearbyPanel::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

QString NearbyPanel::statusText() const
{
    return m_status->text();
}

void NearbyPanel::refresh()
{
    m_model->refresh();
    updateTexts();
}

void NearbyPanel::locate()
{
    if (!m_location || !m_location->hasFix())
        return;
    const Datum datum = m_map ? m_map->mapDatum() : Datum::Cgcs2000;
    const DisplayPosition p = m_location->displayPosition(datum);
    const QPointF world0 = WebMercator::project(p.longitude, p.latitude, 0);
    if (m_map)
        m_map->flyTo(world0, std::max(m_map->zoom(), kLocateZoom));
    Q_EMIT locateRequested(world0);
}

void NearbyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NearbyPanel::retranslate()
{
    m_title->setText(tr("Vehicles near me"));
    m_locate->setText(tr("Locate me"));
    m_locate->setToolTip(tr("Show my position on the map"));
    m_radiusLabel->setText(tr("&Within:"));
    for (int i = 0; i < m_radius->count(); ++i)
        m_radius->setItemText(i, NearbyVehicleModel::formatDistance(m_radius->itemData(i).toDouble()));
    m_list->setAccessibleName(tr("Vehicles near me, nearest first"));
    updateTexts();
}

void NearbyPanel::onLocationChanged()
{
    if (m_location && m_location->hasFix())
        m_model->setPosition(m_location->coordinate(), m_location->sourceDatum());
    else
        m_model->setPosition(QGeoCoordinate());
    updateTexts();
}

void NearbyPanel::updateTexts()
{
    const bool fix = m_location && m_location->hasFix();
    m_locate->setEnabled(fix);
    if (!m_location) {
        m_status->setText(tr("No position source on this computer."));
    } else if (fix) {
        const QGeoCoordinate c = m_location->coordinate();
        QString where = tr("%1° %2, %3° %4")
                            .arg(std::abs(c.longitude()), 0, 'f', 5)
                            .arg(c.longitude() >= 0 ? tr("E") : tr("W"))
                            .arg(std::abs(c.latitude()), 0, 'f', 5)
                            .arg(c.latitude() >= 0 ? tr("N") : tr("S"));
        const double accuracy = m_location->horizontalAccuracy();
        if (std::isfinite(accuracy))
            where = tr("%1 ± %2 m").arg(where).arg(qRound(accuracy));
        const QDateTime at = m_location->position().timestamp();
        m_status->setText(at.isValid()
                              ? tr("My position: %1 (%2), fix at %3.")
                                    .arg(where, datumName(m_location->sourceDatum()),
                                         at.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                              : tr("My position: %1 (%2).").arg(where, datumName(m_location->sourceDatum())));
    } else {
        m_status->setText(m_location->message());
    }

    QString placeholder;
    if (!m_location)
        placeholder = tr("No position source on this computer.");
    else if (m_location->state() == MyLocation::State::Unavailable)
        placeholder = m_location->message();
    else if (!fix)
        placeholder = tr("Waiting for a position fix…");
    else if (m_model->rowCount() == 0)
        placeholder = tr("No vehicles within %1.").arg(NearbyVehicleModel::formatDistance(m_model->radius()));
    m_placeholder->setText(placeholder);
    m_stack->setCurrentWidget(placeholder.isEmpty() ? static_cast<QWidget *>(m_list) : m_placeholder);
    // The status line already says why there is no position; the list area only needs to if they differ.
    m_status->setVisible(fix || placeholder != m_status->text());
}

} // namespace rw
