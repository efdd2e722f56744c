#include "operatingarea.h"

#include "geo/coordinatetransform.h"

namespace rw {

namespace {

template<typename Convert>
QGeoPolygon converted(const QGeoPolygon &polygon, Convert convert)
{
    QList<QGeoCoordinate> ring;
    const QList<QGeoCoordinate> perimeter = polygon.perimeter();
    ring.reserve(perimeter.size());
    for (const QGeoCoordinate &c : perimeter) {
        const LonLat p = convert(LonLat{c.longitude(), c.latitude()});
        ring.append(QGeoCoordinate(p.latitude, p.longitude));
    }
    return QGeoPolygon(ring);
}

} // namespace

OperatingArea::OperatingArea(const QGeoPolygon &wgs84)
    : m_wgs84(wgs84)
    , m_gcj02(converted(wgs84, &CoordinateTransform::wgs84ToGcj02))
    , m_bd09(converted(wgs84, &CoordinateTransform::wgs84ToBd09))
{}

bool OperatingArea::contains(const QGeoCoordinate &point, Datum datum) const
{
    if (!isValid() || !point.isValid())
        return false;
    switch (datum) {
    case Datum::Gcj02:
        return m_gcj02.contains(point);
    case Datum::Bd09:
        return m_bd09.contains(point);
    case Datum::Wgs84:
    case Datum::Cgcs2000:
    case Datum::Unknown:
        break;
    }
    return m_wgs84.contains(point);
}

} // namespace rw
