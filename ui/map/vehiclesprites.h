#pragma once

#include "fleet/bizstatus.h"

#include <QImage>

#include <array>
#include <vector>

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
    const QImage &vehicle(BizStatus status, int headingBucket, bool stale, Size size)
    {
        return vehicle(variant(status, headingBucket, stale, size));
    }
    /** The number of vehicle() variants: variant() is below it. */
    static constexpr int kVariants = 2 * kBizStatusCount * (kHeadingBuckets + 1) * 2;
    /** One number for a marker (status, heading bucket, stale, size), for packing into sort keys. */
    static int variant(BizStatus status, int headingBucket, bool stale, Size size);
    const QImage &vehicle(int variant);
    /** Blits the marker \a variant with its middle pixel at device pixel (\a x, \a y), skipping its
     * transparent corners. */
    void blitVehicle(QImage &target, int variant, int x, int y);
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
    /**
     * Per row of a sprite: [begin, opaqueBegin) is blended, [opaqueBegin, opaqueEnd) copied (fully opaque),
     * [opaqueEnd, end) blended; outside [begin, end) the row is transparent.
     */
    struct Span
    {
        quint16 begin = 0;
        quint16 opaqueBegin = 0;
        quint16 opaqueEnd = 0;
        quint16 end = 0;
    };
    using Spans = std::vector<Span>;
    static void blitSpans(QImage &target, const QImage &sprite, const Spans *spans, int x, int y);
    static Spans spansOf(const QImage &sprite);
    QImage render(BizStatus status, int headingBucket, bool stale, Size size) const;
    QImage ring(Size size, bool selection) const;

    qreal m_dpr;
    std::array<QImage, kVariants> m_vehicles;
    std::array<Spans, kVariants> m_spans;
    std::array<QImage, 4> m_rings;
};

} // namespace rw
