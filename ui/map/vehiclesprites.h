#pragma once

#include "fleet/bizstatus.h"

#include <QImage>

#include <array>

namespace rw {

/**
 * \brief Pre-rendered markers for the vehicle layer: per BizStatus × heading bucket × fresh/stale × size,
 * plus the alarm and selection rings. Drawn once, blitted 100,000 times a frame.
 *
 * A marker is a disc in the status colour with a white rim and, at Size::Normal, an arrowhead pointing
 * along the heading (16 buckets of 22.5°). A stale marker is a light grey disc with a rim in the status
 * colour. The middle pixel of every marker is exactly its fill colour (tests read it).
 *
 * blit() copies a sprite into an ARGB32_Premultiplied or RGB32 image with source-over blending, without
 * QPainter's per-call overhead (state checks, clipping set-up): that is what makes one painter pass over
 * the whole fleet fit in a frame.
 */
class VehicleSprites
{
public:
    enum class Size { Small, Normal };
    static constexpr int kHeadingBuckets = 16;

    /** Sprites for a device with \a devicePixelRatio (sprites are in device pixels). */
    explicit VehicleSprites(qreal devicePixelRatio = 1.0);
    qreal devicePixelRatio() const { return m_dpr; }

    /** \a headingBucket from headingBucket(), −1 for no heading (drawn without arrow). */
    const QImage &vehicle(BizStatus status, int headingBucket, bool stale, Size size);
    const QImage &alarmRing(Size size);
    const QImage &selectionRing(Size size);

    /** The bucket of \a heading (degrees clockwise from north), −1 for FleetState::kNoHeading. */
    static int headingBucket(quint16 heading)
    {
        return heading >= 360 ? -1 : int((heading * kHeadingBuckets + 180) / 360) % kHeadingBuckets;
    }

    /** Whether blit() can draw into \a target. */
    static bool canBlit(const QImage &target);
    /** Source-over of \a sprite with its top-left at device pixel (\a x, \a y), clipped to \a target. */
    static void blit(QImage &target, const QImage &sprite, int x, int y);

private:
    static constexpr int kStatuses = kBizStatusCount;
    static constexpr int kVariants = 2 * kStatuses * (kHeadingBuckets + 1) * 2;
    QImage render(BizStatus status, int headingBucket, bool stale, Size size) const;
    QImage ring(Size size, bool selection) const;

    qreal m_dpr;
    std::array<QImage, kVariants> m_vehicles;
    std::array<QImage, 4> m_rings;
};

} // namespace rw
