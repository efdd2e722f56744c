#include "vehiclesprites.h"

#include "vehiclestyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace rw {

namespace {

constexpr int kNormalSide = 19; // logical px, odd: the middle pixel is the vehicle's position
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

const QImage &VehicleSprites::vehicle(BizStatus status, int headingBucket, bool stale, Size size)
{
    const int s = qBound(0, int(status), kStatuses - 1);
    const int b = size == Size::Small ? 0 : qBound(-1, headingBucket, kHeadingBuckets - 1) + 1;
    const int index = ((int(size) * kStatuses + s) * (kHeadingBuckets + 1) + b) * 2 + (stale ? 1 : 0);
    QImage &image = m_vehicles[size_t(index)];
    if (image.isNull())
        image = render(BizStatus(s), b - 1, stale, size);
    return image;
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
            arrow.moveTo(0, -9.2);
            arrow.lineTo(-4.2, -4.6);
            arrow.lineTo(4.2, -4.6);
            arrow.closeSubpath();
            p.setPen(QPen(VehicleStyle::outlineColour(), 1.0));
            p.setBrush(stale ? VehicleStyle::staleColour().darker(130) : colour.darker(115));
            p.drawPath(arrow);
            p.restore();
        }
        p.setPen(QPen(rim, 1.6));
        p.setBrush(fill);
        p.drawEllipse(QPointF(0, 0), 5.4, 5.4);
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
    for (int row = y0; row < y1; ++row, dst += targetStride, src += spriteStride) {
        for (int col = x0; col < x1; ++col) {
            const quint32 s = src[col];
            const quint32 a = s >> 24;
            if (a == 0)
                continue;
            if (a == 255) {
                dst[col] = s;
                continue;
            }
            quint32 d = byteMul(dst[col], 255 - a) + s;
            dst[col] = opaqueTarget ? (d | 0xff000000) : d;
        }
    }
}

} // namespace rw
