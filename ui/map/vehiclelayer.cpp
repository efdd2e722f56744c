#include "vehiclelayer.h"

#include "vehiclestyle.h"

#include "fleet/clusterindexbuilder.h"
#include "fleet/fleetstate.h"

#include <QDateTime>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace rw {

VehicleLayer::VehicleLayer(FleetState *fleet, QObject *parent)
    : MapLayer(parent)
    , m_fleet(fleet)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_builder(new ClusterIndexBuilder({}, this))
{
    connect(m_builder, &ClusterIndexBuilder::built, this, &VehicleLayer::onClustersBuilt);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &MapLayer::changed);
}

VehicleLayer::~VehicleLayer() = default;

void VehicleLayer::setFilter(const VehicleFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    ++m_filterGeneration;
    emit changed();
}

void VehicleLayer::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    emit changed();
}

void VehicleLayer::setClusteringEnabled(bool enabled)
{
    if (m_clustering == enabled)
        return;
    m_clustering = enabled;
    emit changed();
}

void VehicleLayer::setClusterMaxZoom(double zoom)
{
    m_clusterMaxZoom = zoom;
    emit changed();
}

void VehicleLayer::setClusterOptions(const ClusterOptions &options)
{
    m_builder->setOptions(options);
    m_index.reset();
    emit changed();
}

void VehicleLayer::setSelectedVehicle(int index)
{
    if (m_selected == index)
        return;
    m_selected = index;
    emit changed();
}

int VehicleLayer::shownCount() const
{
    const VehicleFilter::Matcher match(m_filter, *m_fleet, m_clock());
    if (match.acceptsAll())
        return m_fleet->size();
    int n = 0;
    for (int i = 0; i < m_fleet->size(); ++i)
        n += match(i) ? 1 : 0;
    return n;
}

bool VehicleLayer::wantsClusters(const MapViewport &viewport) const
{
    return m_clustering && viewport.zoom < m_clusterMaxZoom;
}

void VehicleLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    m_stats = {};
    m_drawnClusters.clear();
    if (!m_fleet || m_fleet->isEmpty())
        return;
    const qint64 now = m_clock();
    if (wantsClusters(viewport)) {
        maybeRequestClusters();
        if (m_index && m_indexRequest.layoutVersion == m_fleet->layoutVersion()) {
            paintClusters(painter, viewport, now);
            return;
        }
    }
    paintVehicles(painter, viewport, now);
}

void VehicleLayer::drawSprite(QPainter &painter, QImage *frame, const QImage &sprite, double x, double y,
                              double dpr, QPointF deviceOffset)
{
    if (frame) {
        const int ix = int(std::floor(x * dpr + deviceOffset.x()));
        const int iy = int(std::floor(y * dpr + deviceOffset.y()));
        VehicleSprites::blit(*frame, sprite, ix - sprite.width() / 2, iy - sprite.height() / 2);
    } else {
        // Sprites carry their device pixel ratio: drawImage() takes logical coordinates.
        const int half = sprite.width() / 2;
        painter.drawImage(QPointF((std::floor(x * dpr) - half) / dpr, (std::floor(y * dpr) - half) / dpr),
                          sprite);
    }
}

void VehicleLayer::paintVehicles(QPainter &painter, const MapViewport &viewport, qint64 now)
{
    const double s = viewport.scale();
    const double margin = 16 / s;
    m_indices.clear();
    m_fleet->indicesIn(viewport.worldRect().adjusted(-margin, -margin, margin, margin), &m_indices);
    m_stats.candidates = int(m_indices.size());

    const VehicleFilter::Matcher match(m_filter, *m_fleet, now);
    int shown = 0;
    if (match.acceptsAll()) {
        shown = m_stats.candidates;
    } else {
        for (int i : std::as_const(m_indices))
            shown += match(i) ? 1 : 0;
    }
    m_stats.shown = shown;
    const VehicleSprites::Size size =
        shown > m_smallThreshold ? VehicleSprites::Size::Small : VehicleSprites::Size::Normal;
    m_stats.smallSprites = size == VehicleSprites::Size::Small;

    // Fast path: blit straight into the frame image when nothing but a translation/scale stands between.
    QImage *frame = nullptr;
    const QTransform device = painter.deviceTransform();
    double dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster &&
        painter.device()->devType() == QInternal::Image && !painter.hasClipping() &&
        device.type() <= QTransform::TxScale && qFuzzyCompare(device.m11(), device.m22())) {
        auto *image = static_cast<QImage *>(painter.device());
        if (VehicleSprites::canBlit(*image)) {
            frame = image;
            dpr = device.m11();
        }
    }
    m_stats.fastPath = frame != nullptr;
    const QPointF deviceOffset = frame ? QPointF(device.dx(), device.dy()) : QPointF();
    if (!m_sprites || !qFuzzyCompare(m_sprites->devicePixelRatio(), dpr))
        m_sprites = std::make_unique<VehicleSprites>(dpr);

    const int width = frame ? frame->width() : int(std::ceil(viewport.size.width() * dpr));
    const int height = frame ? frame->height() : int(std::ceil(viewport.size.height() * dpr));
    const int reach = (size == VehicleSprites::Size::Normal ? 21 : 9) * int(std::ceil(dpr));

    const QPointF *points = m_fleet->worldPoints();
    const VehicleMark *marks = m_fleet->marks();
    const qint64 staleAfter = m_fleet->staleAfter();
    const double cx = viewport.center.x();
    const double cy = viewport.center.y();
    const double hx = viewport.size.width() / 2;
    const double hy = viewport.size.height() / 2;
    const double ox = deviceOffset.x();
    const double oy = deviceOffset.y();

    // Key each shown vehicle by its cell in the frame widened by a sprite on each side, row-major, packed
    // with its pixel in the cell, its marker and its index:
    // [cell:26][dx:1][dy:1][marker:9][alarm:1][index:26]. A cell is one device pixel for full markers; for
    // the small dots drawn when the view holds more than smallSpriteThreshold() vehicles it is 2 × 2 pixels:
    // a second dot less than 2 px from the first could not be told from it.
    const int shift = size == VehicleSprites::Size::Small ? 1 : 0;
    const quint64 wideWidth = quint64(width) + 2 * quint64(reach);
    const quint64 wideHeight = quint64(height) + 2 * quint64(reach);
    const quint64 cellsWide = (wideWidth >> shift) + 1;
    const quint64 maxKey = cellsWide * ((wideHeight >> shift) + 1);
    constexpr int kIndexBits = 26;
    constexpr int kKeyShift = 38;
    static_assert(VehicleSprites::kVariants <= 512, "the marker has 9 bits");
    const bool packable = maxKey < (quint64(1) << 26) && m_fleet->size() < (1 << kIndexBits);
    m_items.clear();
    m_items.reserve(size_t(shown));
    for (int i : std::as_const(m_indices)) {
        if (!match(i))
            continue;
        const VehicleMark &mark = marks[i];
        const int ex = int(std::floor(((points[i].x() - cx) * s + hx) * dpr + ox)) + reach;
        const int ey = int(std::floor(((points[i].y() - cy) * s + hy) * dpr + oy)) + reach;
        if (ex < 0 || ey < 0 || quint64(ex) >= wideWidth || quint64(ey) >= wideHeight)
            continue;
        const bool stale = now - mark.fixTime > staleAfter;
        const quint64 marker = quint64(VehicleSprites::variant(
            BizStatus(mark.status), VehicleSprites::headingBucket(mark.heading), stale, size));
        const quint64 alarm = (mark.flags & FleetState::Alarm) ? 1 : 0;
        const quint64 cell = quint64(ey >> shift) * cellsWide + quint64(ex >> shift);
        const quint64 offset = (quint64(ex & shift) << 1) | quint64(ey & shift);
        m_items.push_back(packable ? (cell << kKeyShift) | (offset << 36) | (marker << 27) |
                                         (alarm << kIndexBits) | quint64(i)
                                   : quint64(i));
    }
    if (packable) {
        // LSD radix sort on the cell (11 bits a pass; stable, so a cell keeps its vehicles in index order).
        int keyBits = 1;
        while ((quint64(1) << keyBits) < maxKey)
            ++keyBits;
        m_scratch.resize(m_items.size());
        for (int bit = kKeyShift; bit < kKeyShift + keyBits; bit += 11) {
            std::array<quint32, 2049> count{};
            for (quint64 item : m_items)
                ++count[((item >> bit) & 2047) + 1];
            for (size_t b = 1; b < count.size(); ++b)
                count[b] += count[b - 1];
            for (quint64 item : m_items)
                m_scratch[count[(item >> bit) & 2047]++] = item;
            m_items.swap(m_scratch);
        }
    }

    QList<int> alarms;
    int drawn = 0;
    quint64 previous = ~quint64(0);
    for (quint64 item : std::as_const(m_items)) {
        int i = 0;
        int ix = 0;
        int iy = 0;
        int marker = 0;
        if (packable) {
            const quint64 cell = item >> kKeyShift;
            if (cell == previous)
                continue; // a vehicle in this cell is drawn already and hides this one
            previous = cell;
            i = int(item & ((quint64(1) << kIndexBits) - 1));
            marker = int((item >> 27) & 511);
            const int offset = int((item >> 36) & 3);
            ix = (int(cell % cellsWide) << shift) + (offset >> 1) - reach;
            iy = (int(cell / cellsWide) << shift) + (offset & 1) - reach;
            if ((item >> kIndexBits) & 1)
                alarms.append(i);
        } else {
            // A frame too large to pack: draw in index order, no de-duplication.
            i = int(item);
            const VehicleMark &mark = marks[i];
            ix = int(std::floor(((points[i].x() - cx) * s + hx) * dpr + ox));
            iy = int(std::floor(((points[i].y() - cy) * s + hy) * dpr + oy));
            marker =
                VehicleSprites::variant(BizStatus(mark.status), VehicleSprites::headingBucket(mark.heading),
                                        now - mark.fixTime > staleAfter, size);
            if (mark.flags & FleetState::Alarm)
                alarms.append(i);
        }
        if (frame)
            m_sprites->blitVehicle(*frame, marker, ix, iy);
        else
            drawSprite(painter, nullptr, m_sprites->vehicle(marker), (points[i].x() - cx) * s + hx,
                       (points[i].y() - cy) * s + hy, dpr, {});
        ++drawn;
    }
    // Rings on top of every marker.
    const QImage &ring = m_sprites->alarmRing(size);
    for (int i : std::as_const(alarms))
        drawSprite(painter, frame, ring, (points[i].x() - cx) * s + hx, (points[i].y() - cy) * s + hy, dpr,
                   deviceOffset);
    if (m_selected >= 0 && m_selected < m_fleet->size() && match(m_selected)) {
        const VehicleMark &mark = marks[m_selected];
        const double sx = (points[m_selected].x() - cx) * s + hx;
        const double sy = (points[m_selected].y() - cy) * s + hy;
        const bool stale = now - mark.fixTime > staleAfter;
        drawSprite(painter, frame,
                   m_sprites->vehicle(BizStatus(mark.status), VehicleSprites::headingBucket(mark.heading),
                                      stale, VehicleSprites::Size::Normal),
                   sx, sy, dpr, deviceOffset);
        drawSprite(painter, frame, m_sprites->selectionRing(VehicleSprites::Size::Normal), sx, sy, dpr,
                   deviceOffset);
    }
    m_stats.drawn = drawn;
}

void VehicleLayer::paintClusters(QPainter &painter, const MapViewport &viewport, qint64 now)
{
    m_stats.clustered = true;
    const double s = viewport.scale();
    const double margin = 40 / s;
    const QList<MapCluster> nodes =
        m_index->clusters(viewport.worldRect().adjusted(-margin, -margin, margin, margin), viewport.zoom);
    m_stats.candidates = int(nodes.size());

    if (!m_sprites || !qFuzzyCompare(m_sprites->devicePixelRatio(), painter.device()->devicePixelRatioF()))
        m_sprites = std::make_unique<VehicleSprites>(painter.device()->devicePixelRatioF());
    const double dpr = m_sprites->devicePixelRatio();
    const qint64 staleAfter = m_fleet->staleAfter();

    QList<const MapCluster *> discs;
    int shown = 0;
    for (const MapCluster &node : nodes) {
        shown += node.count;
        if (node.isCluster()) {
            discs.append(&node);
            continue;
        }
        // A single vehicle: drawn where it is now, from the live arrays.
        const int i = toFleetIndex(node.vehicle);
        if (i < 0 || i >= m_fleet->size())
            continue;
        const QPointF at = viewport.toScreen(m_fleet->worldPosition(i));
        const VehicleMark &mark = m_fleet->mark(i);
        const bool stale = now - mark.fixTime > staleAfter;
        drawSprite(painter, nullptr,
                   m_sprites->vehicle(BizStatus(mark.status), VehicleSprites::headingBucket(mark.heading),
                                      stale, VehicleSprites::Size::Normal),
                   at.x(), at.y(), dpr, {});
        if (mark.flags & FleetState::Alarm)
            drawSprite(painter, nullptr, m_sprites->alarmRing(VehicleSprites::Size::Normal), at.x(), at.y(),
                       dpr, {});
        ++m_stats.drawn;
    }
    m_stats.shown = shown;
    std::sort(discs.begin(), discs.end(),
              [](const MapCluster *a, const MapCluster *b) { return a->count < b->count; });

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(qMax(8.0, font.pointSizeF() - 0.5));
    painter.setFont(font);
    for (const MapCluster *node : std::as_const(discs)) {
        const QPointF at = viewport.toScreen(node->world);
        const double radius = qMin(30.0, 11.0 + 2.6 * std::log2(double(node->count)));
        // Ring split by status, clockwise from twelve o'clock.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawEllipse(at, radius, radius);
        const QRectF ringRect(at.x() - radius + 2.5, at.y() - radius + 2.5, 2 * radius - 5, 2 * radius - 5);
        int start = 90 * 16;
        for (int st = 0; st < kBizStatusCount; ++st) {
            const int n = node->statusCounts[size_t(st)];
            if (n == 0)
                continue;
            const int span = -int(std::lround(360.0 * 16 * n / node->count));
            painter.setPen(QPen(VehicleStyle::statusColour(BizStatus(st)), 4.5, Qt::SolidLine, Qt::FlatCap));
            painter.drawArc(ringRect, start, span);
            start += span;
        }
        QString label = node->count < 10000
                            ? QString::number(node->count)
                            : tr("%1k").arg(node->count / 1000.0, 0, 'f', node->count < 100000 ? 1 : 0);
        painter.setPen(QColor(0x21, 0x25, 0x29));
        painter.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                         label);
        if (node->alarmCount > 0) {
            const QPointF badge = at + QPointF(radius * 0.72, -radius * 0.72);
            painter.setPen(QPen(Qt::white, 1.2));
            painter.setBrush(VehicleStyle::alarmColour());
            painter.drawEllipse(badge, 5.5, 5.5);
        }
        m_drawnClusters.append({node->id, at, radius, node->count, label, node->world});
    }
    painter.restore();
    m_stats.clusters = int(discs.size());
}

int VehicleLayer::toFleetIndex(int snapshotIndex) const
{
    if (!m_indexRequest.indexMap)
        return snapshotIndex;
    if (snapshotIndex < 0 || size_t(snapshotIndex) >= m_indexRequest.indexMap->size())
        return -1;
    return (*m_indexRequest.indexMap)[size_t(snapshotIndex)];
}

void VehicleLayer::maybeRequestClusters()
{
    const quint64 version = m_fleet->version();
    const quint64 layout = m_fleet->layoutVersion();
    auto current = [&](const ClusterRequest &r) {
        return r.fleetVersion == version && r.layoutVersion == layout &&
               r.filterGeneration == m_filterGeneration;
    };
    if (m_index && current(m_indexRequest))
        return;
    const std::optional<ClusterRequest> &latest = m_pending ? m_pending : m_running;
    if (latest && current(*latest))
        return; // on its way
    // Only the fleet moved: rebuild at most every clusterInterval() ms.
    const bool onlyMoved = m_index && m_indexRequest.layoutVersion == layout &&
                           m_indexRequest.filterGeneration == m_filterGeneration;
    if (onlyMoved && m_sinceRequest.isValid() && m_sinceRequest.elapsed() < m_clusterIntervalMs) {
        if (!m_retry.isActive())
            m_retry.start(int(m_clusterIntervalMs - m_sinceRequest.elapsed()) + 1);
        return;
    }
    refreshClusters();
}

void VehicleLayer::refreshClusters()
{
    if (!m_fleet)
        return;
    const qint64 now = m_clock();
    ClusterRequest request;
    request.filterGeneration = m_filterGeneration;
    request.fleetVersion = m_fleet->version();
    request.layoutVersion = m_fleet->layoutVersion();
    FleetSnapshot snapshot;
    const VehicleFilter::Matcher match(m_filter, *m_fleet, now);
    if (match.acceptsAll()) {
        snapshot = m_fleet->snapshot(now);
    } else {
        // A snapshot of the vehicles shown only, so that the counts are those of the filter.
        auto map = std::make_shared<std::vector<int>>();
        const int n = m_fleet->size();
        for (int i = 0; i < n; ++i) {
            if (match(i))
                map->push_back(i);
        }
        const qsizetype m = qsizetype(map->size());
        snapshot.points.resize(m);
        snapshot.marks.resize(m);
        for (qsizetype k = 0; k < m; ++k) {
            const int i = (*map)[size_t(k)];
            snapshot.points[k] = m_fleet->worldPosition(i);
            snapshot.marks[k] = m_fleet->mark(i);
        }
        snapshot.now = now;
        snapshot.staleAfter = m_fleet->staleAfter();
        snapshot.version = request.fleetVersion;
        snapshot.layoutVersion = request.layoutVersion;
        request.indexMap = std::move(map);
    }
    if (m_running)
        m_pending = request;
    else
        m_running = request;
    m_sinceRequest.restart();
    m_builder->request(snapshot);
}

void VehicleLayer::onClustersBuilt(const ClusterIndex &index)
{
    if (!m_running)
        return;
    m_indexRequest = *m_running;
    m_running = std::exchange(m_pending, std::nullopt);
    m_index = index;
    emit clustersReady();
    emit changed();
}

bool VehicleLayer::click(QPointF screen, const MapViewport &viewport)
{
    if (m_stats.clustered && m_index) {
        for (qsizetype k = m_drawnClusters.size() - 1; k >= 0; --k) {
            const DrawnCluster &c = m_drawnClusters.at(k);
            if (std::hypot(screen.x() - c.screen.x(), screen.y() - c.screen.y()) <= c.radius) {
                const int zoom = qMax(m_index->expansionZoom(c.id), int(std::floor(viewport.zoom)) + 1);
                emit clusterClicked(c.world, zoom);
                return true;
            }
        }
    }
    const int index = vehicleAt(screen, viewport);
    if (index < 0)
        return false;
    emit vehicleClicked(index);
    return true;
}

int VehicleLayer::vehicleAt(QPointF screen, const MapViewport &viewport) const
{
    if (!m_fleet || m_fleet->isEmpty())
        return -1;
    const QList<int> near = m_fleet->indicesNear(viewport.toWorld(screen), kPickRadius / viewport.scale());
    const VehicleFilter::Matcher match(m_filter, *m_fleet, m_clock());
    for (int i : near) {
        if (match(i))
            return i;
    }
    return -1;
}

} // namespace rw
