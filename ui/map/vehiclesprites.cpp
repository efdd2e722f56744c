#include "vehiclesprites.h"

#include "vehiclestyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace rw {

namespace {

constexpr int kNormalSide = 21; // logical px, odd: the middle pixel is the vehicle's position
constexpr int kSmallSide = 9;

int sideOf(VehicleSprites::Size size)
{
    return size == VehicleSprites::Size::Normal ? kNormalSide : kSmallSide;
}

// x · a / 255 for the four 8-bit channels of x at once (two at a time in 16-bit lanes).
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080);
    x &= 0xff00ff00;
    return x | t;
}

} // namespace

VehicleSprites::VehicleSprites(qreal devicePixelRatio)
    : m_dpr(devicePixelRatio > 0 ? devicePixelRatio : 1.0)
{}

int VehicleSprites::variant(BizStatus status, int headingBucket, bool stale, Size size)
{
    const int st = qBound(0, int(status), kStatuses - 1);
    const int b = size == Size::Small ? 0 : qBound(-1, headingBucket, kHeadingBuckets - 1) + 1;
    return ((int(size) * kStatuses + st) * (kHeadingBuckets + 1) + b) * 2 + (stale ? 1 : 0);
}

const QImage &VehicleSprites::vehicle(int variant)
{
    QImage &image = m_vehicles[size_t(variant)];
    if (image.isNull()) {
        const bool stale = variant & 1;
        const int b = (variant / 2) % (kHeadingBuckets + 1);
        const int st = (variant / 2 / (kHeadingBuckets + 1)) % kStatuses;
        const Size size = Size(variant / 2 / (kHeadingBuckets + 1) / kStatuses);
        image = render(BizStatus(st), b - 1, stale, size);
        m_spans[size_t(variant)] = spansOf(image);
    }
    return image;
}

void VehicleSprites::blitVehicle(QImage &target, int variant, int x, int y)
{
    const QImage &sprite = vehicle(variant);
    blitSpans(target, sprite, &m_spans[size_t(variant)], x - sprite.width() / 2, y - sprite.height() / 2);
}

VehicleSprites::Spans VehicleSprites::spansOf(const QImage &sprite)
{
    Spans spans;
    for (int row = 0; row < sprite.height(); ++row) {
        const auto *line = reinterpret_cast<const quint32 *>(sprite.constScanLine(row));
        Span span;
        int begin = 0;
        int end = sprite.width();
        while (begin < end && (line[begin] >> 24) == 0)
            ++begin;
        while (end > begin && (line[end - 1] >> 24) == 0)
            --end;
        // The longest run of opaque pixels is copied; the rest of [begin, end) is blended.
        int bestBegin = begin;
        int bestEnd = begin;
        for (int col = begin; col < end;) {
            if ((line[col] >> 24) != 255) {
                ++col;
                continue;
            }
            int stop = col;
            while (stop < end && (line[stop] >> 24) == 255)
                ++stop;
            if (stop - col > bestEnd - bestBegin) {
                bestBegin = col;
                bestEnd = stop;
            }
            col = stop;
        }
        span.begin = quint16(begin);
        span.opaqueBegin = quint16(bestBegin);
        span.opaqueEnd = quint16(bestEnd);
        span.end = quint16(end);
        spans.push_back(span);
    }
    return spans;
}

const QImage &VehicleSprites::alarmRing(Size size)
{
    QImage &image = m_rings[size_t(int(size) * 2)];
    if (image.isNull())
        image = ring(size, false);
    return image;
}

const QImage &VehicleSprites::selectionRing(Size size)
{
    QImage &image = m_rings[size_t(int(size) * 2 + 1)];
    if (image.isNull())
        image = ring(size, true);
    return image;
}

QImage VehicleSprites::render(BizStatus status, int headingBucket, bool stale, Size size) const
{
    const int side = sideOf(size);
    const int pixels = int(std::ceil(side * m_dpr)) | 1;
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(pixels / 2.0, pixels / 2.0);
    p.scale(m_dpr, m_dpr);

    const QColor colour = VehicleStyle::statusColour(status);
    const QColor fill = stale ? VehicleStyle::staleColour() : colour;
    const QColor rim = stale ? colour : VehicleStyle::outlineColour();
    if (size == Size::Normal) {
        if (headingBucket >= 0) {
            p.save();
            p.rotate(headingBucket * 360.0 / kHeadingBuckets);
            QPainterPath arrow;
            arrow.moveTo(0, -10.0);
            arrow.lineTo(-4.3, -3.6);
            arrow.lineTo(4.3, -3.6);
            arrow.closeSubpath();
            p.setPen(QPen(VehicleStyle::outlineColour(), 1.0));
            p.setBrush(stale ? VehicleStyle::staleColour().darker(130) : colour.darker(115));
            p.drawPath(arrow);
            p.restore();
        }
        p.setPen(QPen(rim, 1.6));
        p.setBrush(fill);
        p.drawEllipse(QPointF(0, 0), 5.2, 5.2);
    } else {
        p.setPen(QPen(rim, 1.0));
        p.setBrush(fill);
        p.drawEllipse(QPointF(0, 0), 3.2, 3.2);
    }
    p.end();
    image.setDevicePixelRatio(m_dpr);
    return image;
}

QImage VehicleSprites::ring(Size size, bool selection) const
{
    const int side = (size == Size::Normal ? kNormalSide : kSmallSide) + 8;
    const int pixels = int(std::ceil(side * m_dpr)) | 1;
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(pixels / 2.0, pixels / 2.0);
    p.scale(m_dpr, m_dpr);
    const double radius = (size == Size::Normal ? 8.0 : 5.0) + (selection ? 3.0 : 0.0);
    p.setPen(QPen(selection ? VehicleStyle::selectionColour() : VehicleStyle::alarmColour(),
                  selection ? 2.5 : 2.0));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(0, 0), radius, radius);
    p.end();
    image.setDevicePixelRatio(m_dpr);
    return image;
}

bool VehicleSprites::canBlit(const QImage &target)
{
    return target.format() == QImage::Format_ARGB32_Premultiplied || target.format() == QImage::Format_RGB32;
}

void VehicleSprites::blit(QImage &target, const QImage &sprite, int x, int y)
{
    blitSpans(target, sprite, nullptr, x, y);
}

void VehicleSprites::blitSpans(QImage &target, const QImage &sprite, const Spans *spans, int x, int y)
{
    const int w = sprite.width();
    const int h = sprite.height();
    const int x0 = qMax(0, -x);
    const int y0 = qMax(0, -y);
    const int x1 = qMin(w, target.width() - x);
    const int y1 = qMin(h, target.height() - y);
    if (x0 >= x1 || y0 >= y1)
        return;
    const bool opaqueTarget = target.format() == QImage::Format_RGB32;
    const qsizetype targetStride = target.bytesPerLine() / 4;
    const qsizetype spriteStride = sprite.bytesPerLine() / 4;
    // bits() on a shared image would detach; the frame is not shared, so this is the pointer.
    auto *dst = reinterpret_cast<quint32 *>(target.bits()) + (y + y0) * targetStride + x;
    const auto *src = reinterpret_cast<const quint32 *>(sprite.constBits()) + y0 * spriteStride;
    auto blend = [opaqueTarget](quint32 *d, const quint32 *src, int from, int to) {
        for (int col = from; col < to; ++col) {
            const quint32 s = src[col];
            const quint32 a = s >> 24;
            if (a == 0)
                continue;
            const quint32 out = a == 255 ? s : byteMul(d[col], 255 - a) + s;
            d[col] = opaqueTarget ? (out | 0xff000000) : out;
        }
    };
    for (int row = y0; row < y1; ++row, dst += targetStride, src += spriteStride) {
        if (!spans) {
            blend(dst, src, x0, x1);
            continue;
        }
        const Span &span = (*spans)[size_t(row)];
        const int begin = qMax(x0, int(span.begin));
        const int end = qMin(x1, int(span.end));
        const int opaqueBegin = qBound(begin, int(span.opaqueBegin), end);
        const int opaqueEnd = qBound(opaqueBegin, int(span.opaqueEnd), end);
        blend(dst, src, begin, opaqueBegin);
        // Opaque premultiplied pixels are valid RGB32 pixels too. A plain loop: the runs are a few pixels,
        // too short for a memcpy call to pay.
        for (int col = opaqueBegin; col < opaqueEnd; ++col)
            dst[col] = src[col];
        blend(dst, src, opaqueEnd, end);
    }
}

} // namespace rw
