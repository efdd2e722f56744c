#include "basemaplayer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace rw {

BaseMapLayer::BaseMapLayer(QObject *parent)
    : MapLayer(parent)
{}

void BaseMapLayer::setBaseMap(const BaseMap &map)
{
    m_map = map;
    rebuild();
    emit changed();
}

void BaseMapLayer::rebuild()
{
    m_paths.clear();
    m_areas.clear();
    for (const BaseMap::Layer &layer : m_map.layers()) {
        Paths paths;
        paths.box = layer.box;
        paths.land.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &ring : layer.land)
            paths.land.addPolygon(QPolygonF(ring));
        for (const QList<QPointF> &line : layer.coast) {
            paths.coast.moveTo(line.first());
            for (qsizetype i = 1; i < line.size(); ++i)
                paths.coast.lineTo(line.at(i));
        }
        m_paths.append(paths);
    }
    for (const BaseMap::Area &area : m_map.areas()) {
        QPainterPath path;
        path.addPolygon(QPolygonF(area.ring));
        path.closeSubpath();
        m_areas.append(path);
    }
}

double BaseMapLayer::labelMinZoom(const BaseMap::Label &label)
{
    if (label.kind == BaseMap::Label::Kind::Sea)
        return 4.0 + 2.0 * label.rank; // 南海 from 4, 北部湾 from 6, 琼州海峡 from 8
    return label.rank <= 1 ? 6.0 : 8.0;
}

void BaseMapLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    m_lastLabels.clear();
    const QRectF screen(QPointF(0, 0), viewport.size);
    painter.fillRect(screen, seaColour());
    if (m_map.isEmpty())
        return;

    const double s = viewport.scale();
    const QPointF offset = viewport.halfSize() - viewport.center * s;
    const QTransform toScreen(s, 0, 0, s, offset.x(), offset.y());
    const QRectF world = viewport.worldRect();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen coastPen(coastColour(), 1.0);
    coastPen.setCosmetic(true);
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        const Paths &paths = m_paths.at(i);
        if (!paths.box.intersects(world))
            continue;
        // Only where no finer layer covers the view.
        // Boxes snapped to whole pixels and one pixel inside the data (whose clipped polygons end at the
        // box): an antialiased edge there would show as a faint seam where two layers' land meet.
        auto snapped = [&toScreen](const QRectF &box) {
            const QRectF r = toScreen.mapRect(box);
            return QRectF(QPointF(std::round(r.left()) + 1, std::round(r.top()) + 1),
                          QPointF(std::round(r.right()) - 1, std::round(r.bottom()) - 1));
        };
        QPainterPath clip;
        clip.addRect(snapped(paths.box).intersected(screen.adjusted(-2, -2, 2, 2)));
        bool covered = false;
        for (qsizetype j = i + 1; j < m_paths.size(); ++j) {
            if (!m_paths.at(j).box.intersects(world))
                continue;
            if (m_paths.at(j).box.contains(world)) {
                covered = true;
                break;
            }
            QPainterPath finer;
            finer.addRect(snapped(m_paths.at(j).box));
            clip = clip.subtracted(finer);
        }
        if (covered)
            continue;
        painter.setClipPath(clip);
        painter.setTransform(toScreen);
        painter.setPen(Qt::NoPen);
        painter.setBrush(landColour());
        painter.drawPath(paths.land);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(coastPen);
        painter.drawPath(paths.coast);
        painter.resetTransform();
        painter.setClipping(false);
    }

    // City outlines from zoom 7: a dashed line, no fill, so that the land stays land.
    if (viewport.zoom >= 7) {
        QPen cityPen(cityColour(), 1.6, Qt::DashLine);
        cityPen.setCosmetic(true);
        painter.setTransform(toScreen);
        painter.setPen(cityPen);
        painter.setBrush(Qt::NoBrush);
        for (const QPainterPath &area : m_areas) {
            if (area.boundingRect().intersects(world))
                painter.drawPath(area);
        }
        painter.resetTransform();
    }

    // Labels with a white halo, most important first, none overlapping.
    QFont placeFont = painter.font();
    placeFont.setPointSizeF(qMax(9.0, placeFont.pointSizeF()));
    QFont seaFont = placeFont;
    seaFont.setItalic(true);
    seaFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    QList<const BaseMap::Label *> order;
    for (const BaseMap::Label &label : m_map.labels()) {
        if (viewport.zoom >= labelMinZoom(label) && world.contains(label.world))
            order.append(&label);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const BaseMap::Label *a, const BaseMap::Label *b) { return a->rank < b->rank; });
    QList<QRectF> taken;
    for (const BaseMap::Label *label : order) {
        const bool sea = label->kind == BaseMap::Label::Kind::Sea;
        painter.setFont(sea ? seaFont : placeFont);
        const QFontMetricsF metrics(painter.font());
        const QPointF at = viewport.toScreen(label->world);
        const double width = metrics.horizontalAdvance(label->name);
        const QPointF baseline =
            sea ? at - QPointF(width / 2, -metrics.ascent() / 2) : at + QPointF(6, metrics.ascent() / 2 - 1);
        const QRectF box(baseline.x() - 2, baseline.y() - metrics.ascent() - 1, width + 4,
                         metrics.height() + 2);
        bool overlaps = false;
        for (const QRectF &r : taken)
            overlaps = overlaps || r.intersects(box);
        if (overlaps)
            continue;
        taken.append(box);
        if (!sea) {
            painter.setPen(QPen(QColor(0x49, 0x50, 0x57), 1));
            painter.setBrush(QColor(255, 255, 255));
            painter.drawEllipse(at, 3, 3);
        }
        QPainterPath text;
        text.addText(baseline, painter.font(), label->name);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(text);
        painter.setPen(Qt::NoPen);
        painter.setBrush(sea ? QColor(0x3b, 0x6e, 0x8f) : QColor(0x21, 0x25, 0x29));
        painter.drawPath(text);
        m_lastLabels.append(label->name);
    }
    painter.restore();
}

} // namespace rw
