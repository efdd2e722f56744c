#pragma once

#include <QString>
#include <QtGlobal>

namespace rw {

/**
 * \brief A geodetic datum of a position or of a base map.
 *
 * The values are the spec's `Encrypt` codes (platform-interface.md §4), so a fix's datum is
 * `datumFromEncrypt(Encrypt)` and `int(datum)` is the code to send. CGCS2000 (Tianditu, BeiDou) differs
 * from WGS-84 by centimetres; everything in models/geo treats the two as the same datum.
 */
enum class Datum : quint8 {
    Unknown = 0,  //!< Encrypt 0 "其他", an absent Encrypt, or a code outside 0..4
    Gcj02 = 1,    //!< GCJ-02 测绘局标准: Amap/AutoNavi, Tencent; the legally mandated offset datum
    Wgs84 = 2,    //!< WGS-84: GPS output, OpenStreetMap
    Bd09 = 3,     //!< BD-09 百度标准: Baidu maps only (GCJ-02 plus a second offset)
    Cgcs2000 = 4, //!< CGCS2000 北斗标准: Tianditu; treated as WGS-84
};

/** The datum of the spec's Encrypt code \a code; Datum::Unknown for 0 and for any other value. */
constexpr Datum datumFromEncrypt(qint64 code)
{
    return code >= 1 && code <= 4 ? Datum(code) : Datum::Unknown;
}

/** True for WGS-84 and CGCS2000, which are drawn on each other's maps without conversion. */
constexpr bool isWgs84Like(Datum datum)
{
    return datum == Datum::Wgs84 || datum == Datum::Cgcs2000;
}

/** The datum's name for display: "GCJ-02", "WGS-84", "BD-09", "CGCS2000", or a translated "unknown". */
QString datumName(Datum datum);

} // namespace rw
