#include "mapview.h"

#include "basemaplayer.h"
#include "maplayer.h"
#include "tilelayer.h"

#include "map/tilefetcher.h"

#include <QEasingCurve>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>
#include <cstring>

namespace rw {

namespace {
constexpr double kWheelZoomPerNotch = 0.5;
constexpr int kZoomAnimationMs = 180;
constexpr int kFlyAnimationMs = 450;
constexpr double kClickSlop = 4; // px a press may move and still be a click
} // namespace

MapView::MapView(QWidget *parent, TileFetcher *fetcher)
    : QWidget(parent)
    , m_fetcher(fetcher ? fetcher : new TileFetcher(nullptr, this))
    , m_baseLayer(new BaseMapLayer(this))
    , m_tileLayer(new TileLayer(m_fetcher, this))
    , m_animation(new QVariantAnimation(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Map"));
    setAccessibleDescription(
        tr("Drag to pan, wheel or +/− to zoom, arrow keys to pan, Home for the whole city."));
    m_baseLayer->setBaseMap(BaseMap::builtIn(mapDatum()));
    auto backgroundChanged = [this] {
        ++m_backgroundGeneration;
        requestRepaint();
    };
    connect(m_baseLayer, &MapLayer::changed, this, backgroundChanged);
    connect(m_tileLayer, &MapLayer::changed, this, backgroundChanged);

    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        if (m_animationKind == AnimationKind::Zoom) {
            const double z = m_fromZoom + (m_toZoom - m_fromZoom) * t;
            const double s = std::exp2(z);
            const QPointF half(width() / 2.0, height() / 2.0);
            applyView(m_anchorWorld - (m_anchorScreen - half) / s, z);
        } else if (m_animationKind == AnimationKind::Fly) {
            applyView(m_fromCenter + (m_toCenter - m_fromCenter) * t,
                      m_fromZoom + (m_toZoom - m_fromZoom) * t);
        }
    });
    connect(m_animation, &QVariantAnimation::finished, this,
            [this] { m_animationKind = AnimationKind::None; });
}

MapView::~MapView() = default;

void MapView::setTileSource(const TileSource &source)
{
    const Datum before = mapDatum();
    m_fetcher->setSource(source);
    m_tileLayer->clear();
    if (mapDatum() != before) {
        if (!m_baseMapCustom)
            m_baseLayer->setBaseMap(BaseMap::builtIn(mapDatum()));
        emit mapDatumChanged(mapDatum());
    }
    requestRepaint();
}

TileSource MapView::tileSource() const
{
    return m_fetcher->source();
}

Datum MapView::mapDatum() const
{
    const TileSource &source = m_fetcher->source();
    return source.isNone() ? Datum::Cgcs2000 : source.datum();
}

void MapView::setBaseMap(const BaseMap &map)
{
    m_baseMapCustom = true;
    m_baseLayer->setBaseMap(map);
}

void MapView::addLayer(MapLayer *layer)
{
    if (!layer || m_layers.contains(layer))
        return;
    m_layers.append(layer);
    connect(layer, &MapLayer::changed, this, &MapView::requestRepaint);
    requestRepaint();
}

void MapView::removeLayer(MapLayer *layer)
{
    if (m_layers.removeAll(layer) > 0) {
        disconnect(layer, nullptr, this, nullptr);
        requestRepaint();
    }
}

MapViewport MapView::viewport() const
{
    MapViewport v;
    v.center = m_center;
    v.zoom = m_zoom;
    v.size = QSizeF(size());
    return v;
}

void MapView::setZoomRange(double minimum, double maximum)
{
    m_minZoom = qMin(minimum, maximum);
    m_maxZoom = qMax(minimum, maximum);
    applyView(m_center, m_zoom);
}

void MapView::setCenter(QPointF world0)
{
    stopAnimation();
    applyView(world0, m_zoom);
}

void MapView::setCenter(LonLat position)
{
    setCenter(WebMercator::project(position, 0));
}

void MapView::setZoom(double zoom)
{
    stopAnimation();
    applyView(m_center, zoom);
}

void MapView::setZoom(double zoom, QPointF anchor)
{
    stopAnimation();
    const MapViewport before = viewport();
    const QPointF anchorWorld = before.toWorld(anchor);
    const double z = qBound(m_minZoom, zoom, m_maxZoom);
    applyView(anchorWorld - (anchor - before.halfSize()) / std::exp2(z), z);
}

void MapView::zoomBy(double delta, QPointF anchor)
{
    if (!m_animationsEnabled) {
        setZoom(m_zoom + delta, anchor);
        return;
    }
    // Wheel notches arriving during an animation add to its target, about the newest anchor.
    const double target =
        qBound(m_minZoom, (m_animationKind == AnimationKind::Zoom ? m_toZoom : m_zoom) + delta, m_maxZoom);
    m_animation->stop();
    m_anchorScreen = anchor;
    m_anchorWorld = viewport().toWorld(anchor);
    m_fromZoom = m_zoom;
    m_toZoom = target;
    m_animationKind = AnimationKind::Zoom;
    m_animation->setDuration(kZoomAnimationMs);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    m_animation->start();
}

void MapView::flyTo(QPointF world0, double zoom)
{
    const double z = qBound(m_minZoom, zoom, m_maxZoom);
    if (!m_animationsEnabled) {
        stopAnimation();
        applyView(world0, z);
        return;
    }
    m_animation->stop();
    m_fromCenter = m_center;
    m_toCenter = clampCenter(world0);
    m_fromZoom = m_zoom;
    m_toZoom = z;
    m_animationKind = AnimationKind::Fly;
    m_animation->setDuration(kFlyAnimationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    m_animation->start();
}

void MapView::flyTo(LonLat position, double zoom)
{
    flyTo(WebMercator::project(position, 0), zoom);
}

void MapView::setHomeView(QPointF world0, double zoom)
{
    m_homeCenter = world0;
    m_homeZoom = zoom;
}

void MapView::goHome()
{
    flyTo(m_homeCenter, m_homeZoom);
}

bool MapView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void MapView::stopAnimation()
{
    m_animation->stop();
    m_animationKind = AnimationKind::None;
}

QPointF MapView::clampCenter(QPointF world0) const
{
    const double w = WebMercator::kTileSize;
    return {qBound(0.0, world0.x(), w), qBound(0.0, world0.y(), w)};
}

void MapView::applyView(QPointF center, double zoom)
{
    const QPointF c = clampCenter(center);
    const double z = qBound(m_minZoom, zoom, m_maxZoom);
    if (c == m_center && z == m_zoom)
        return;
    m_center = c;
    m_zoom = z;
    requestRepaint();
    emit viewChanged();
}

void MapView::requestRepaint()
{
    update();
}

QString MapView::attributionText() const
{
    QStringList parts;
    const TileSource &source = m_fetcher->source();
    if (!source.isNone() && source.problem().isEmpty())
        parts.append(source.attribution());
    // The offline map shows wherever tiles are missing; credit it then (GeoNames is CC BY).
    if (source.isNone() || !source.problem().isEmpty() || !m_tileLayer->lastFrameComplete()) {
        const QString offline = m_baseLayer->baseMap().attribution();
        if (!offline.isEmpty())
            parts.append(offline);
    }
    return parts.join(QStringLiteral(" · "));
}

void MapView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    const qreal dpr = devicePixelRatioF();
    const QSize pixels(qMax(1, qRound(width() * dpr)), qMax(1, qRound(height() * dpr)));
    if (m_frame.size() != pixels) {
        m_frame = QImage(pixels, QImage::Format_RGB32);
        m_frame.setDevicePixelRatio(dpr);
    }
    const MapViewport v = viewport();
    const BackgroundKey key{m_center, m_zoom, pixels, m_backgroundGeneration};
    m_lastReused = key == m_backgroundKey && m_background.size() == pixels;
    if (!m_lastReused) {
        if (m_background.size() != pixels) {
            m_background = QImage(pixels, QImage::Format_RGB32);
            m_background.setDevicePixelRatio(dpr);
        }
        QPainter painter(&m_background);
        m_baseLayer->paint(painter, v);
        m_tileLayer->paint(painter, v);
        painter.end();
        m_backgroundKey = key;
    }
    // Copying the pixels is far cheaper than drawing land, coast and labels again.
    std::memcpy(m_frame.bits(), m_background.constBits(), size_t(m_frame.sizeInBytes()));
    {
        QPainter painter(&m_frame);
        for (const QPointer<MapLayer> &layer : std::as_const(m_layers)) {
            if (layer)
                layer->paint(painter, v);
        }
        paintScaleBar(painter, v);
        paintAttribution(painter);
    }
    QPainter screen(this);
    screen.setCompositionMode(QPainter::CompositionMode_Source);
    screen.drawImage(QPoint(0, 0), m_frame);
    m_lastFrameMs = timer.nsecsElapsed() / 1e6;
}

void MapView::paintScaleBar(QPainter &painter, const MapViewport &v)
{
    const double mpp = v.metresPerPixel();
    if (!(mpp > 0))
        return;
    // The longest 1, 2 or 5 × 10^n metres that fits in 120 px.
    const double maxMetres = mpp * 120;
    double unit = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = unit;
    for (double f : {5.0, 2.0, 1.0}) {
        if (f * unit <= maxMetres) {
            metres = f * unit;
            break;
        }
    }
    const double px = metres / mpp;
    const QString label = metres >= 1000 ? tr("%1 km").arg(metres / 1000) : tr("%1 m").arg(metres);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm(painter.font());
    const QRect box(8, height() - 8 - fm.height() - 10, int(px) + 12, fm.height() + 10);
    painter.fillRect(box, QColor(255, 255, 255, 190));
    const int y = box.bottom() - 4;
    painter.setPen(QPen(QColor(0x21, 0x25, 0x29), 2));
    painter.drawLine(box.left() + 6, y, box.left() + 6 + int(px), y);
    painter.drawLine(box.left() + 6, y - 5, box.left() + 6, y);
    painter.drawLine(box.left() + 6 + int(px), y - 5, box.left() + 6 + int(px), y);
    painter.drawText(QRect(box.left() + 6, box.top() + 1, int(px), fm.height()), Qt::AlignLeft, label);
    painter.restore();
}

void MapView::paintAttribution(QPainter &painter)
{
    const QString text = attributionText();
    if (text.isEmpty())
        return;
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(qMax(7.5, font.pointSizeF() - 1.5));
    painter.setFont(font);
    const QFontMetrics fm(font);
    const QString shown = fm.elidedText(text, Qt::ElideMiddle, qMax(40, width() - 160));
    const int w = fm.horizontalAdvance(shown) + 10;
    const QRect box(width() - w, height() - fm.height() - 4, w, fm.height() + 4);
    painter.fillRect(box, QColor(255, 255, 255, 200));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    stopAnimation();
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_pressCenter = m_center;
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const QPointF delta = event->position() - m_pressPos;
    if (!m_dragging && std::hypot(delta.x(), delta.y()) > kClickSlop) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging)
        applyView(m_pressCenter - delta / std::exp2(m_zoom), m_zoom);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    setCursor(Qt::OpenHandCursor);
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const MapViewport v = viewport();
    for (qsizetype i = m_layers.size() - 1; i >= 0; --i) {
        if (m_layers.at(i) && m_layers.at(i)->click(event->position(), v))
            return;
    }
    emit clicked(v.toWorld(event->position()));
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        zoomBy(1.0, event->position());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    double notches = angle.y() / 120.0;
    if (notches == 0 && !pixels.isNull())
        notches = pixels.y() / 50.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    // A mouse wheel clicks in whole notches (120); touchpads send small, phased deltas: follow them at
    // once rather than animating each.
    const bool touchpad = event->phase() != Qt::NoScrollPhase || std::abs(angle.y()) < 120;
    if (touchpad)
        setZoom(m_zoom + notches * kWheelZoomPerNotch, event->position());
    else
        zoomBy(notches * kWheelZoomPerNotch, event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() / 6.0 / std::exp2(m_zoom);
    const double stepY = height() / 6.0 / std::exp2(m_zoom);
    const QPointF middle(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left:
        setCenter(m_center - QPointF(stepX, 0));
        break;
    case Qt::Key_Right:
        setCenter(m_center + QPointF(stepX, 0));
        break;
    case Qt::Key_Up:
        setCenter(m_center - QPointF(0, stepY));
        break;
    case Qt::Key_Down:
        setCenter(m_center + QPointF(0, stepY));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.0, middle);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(-1.0, middle);
        break;
    case Qt::Key_Home:
        goHome();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(m_zoom + std::log2(1.0 + gesture->value()), mapFromGlobal(gesture->globalPosition()));
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace rw
