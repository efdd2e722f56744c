#pragma once

#include "fleetapplyresult.h"
#include "fleetsnapshot.h"
#include "spatialgrid.h"
#include "vehiclefix.h"
#include "vehiclemark.h"

#include "geo/datum.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <span>
#include <vector>

namespace rw {

/**
 * \brief The live state of every vehicle on the map, laid out for a painter in two contiguous arrays.
 *
 * Vehicles are identified by VehicleKey (company + plate) through an open-addressing hash table and get
 * a dense index 0..size()−1 in order of first appearance; indices stay valid until clear() or
 * removeOlderThan(), which bump layoutVersion(). For each index the painter reads worldPoints()[i]
 * (display-projected Web-Mercator world pixels at zoom 0: multiply by 2^zoom and subtract the viewport
 * origin for screen pixels) and marks()[i] (status, flags, heading, fix time, version, speed, company:
 * 32 bytes, everything a marker needs in one read). Details for a tooltip come from fix(i).
 *
 * apply() projects each fix once, to the base map's datum (CoordinateTransform::toDisplay(): a fix that
 * cannot be converted lawfully is drawn as sent and flagged ApproximatePosition) and to Web Mercator; a
 * fix older than the vehicle's last one is ignored. It works through a batch in small groups, asking the
 * CPU to fetch the hash slots, then the vehicles' data, of a whole group before using them, so that the
 * random memory reads of 100,000 vehicles overlap (tests/bench/bench_fleet.cpp measures it against the
 * 2 ms for 10,000 fixes of DESIGN §9).
 *
 * Redrawing: version() grows by one with every apply() that changed something, and marks()[i].version is
 * the version of vehicle i's last change, so "changed since I last drew" is marks()[i].version > drawn.
 *
 * Spatial queries use a SpatialGrid of ~1.1 km cells: indicesIn() for the viewport, hitTest() for a click.
 *
 * Not thread-safe: owned and used by one thread (the GUI thread). To cluster off that thread, hand
 * snapshot() to ClusterIndexBuilder.
 */
class FleetState
{
public:
    /** Bits of VehicleMark::flags. */
    enum Flag : quint8 {
        ApproximatePosition = 0x01, //!< drawn as sent in another datum (see DisplayPosition)
        Alarm = 0x02,               //!< WarnStatus has any JT/T 808 alarm bit set
        Emergency = 0x04,           //!< WarnStatus bit 0: 紧急报警 (emergency button, JT/T 808)
        HasOrder = 0x08,            //!< OrderId neither empty nor "0"
    };
    /** VehicleMark::heading when the fix had no valid Direction. */
    static constexpr quint16 kNoHeading = 0xffff;
    /** Default staleness, Art. 15(三) of the 2022 办法: "定位信息应实时传输，延迟不得超过 60 秒". */
    static constexpr qint64 kDefaultStaleAfterSeconds = 60;

    /** A state drawn on a base map in \a mapDatum (Tianditu, the default base map, is CGCS2000). */
    explicit FleetState(Datum mapDatum = Datum::Cgcs2000);

    /** Applies \a fixes in order (a later fix of the same vehicle in the batch wins if not older). */
    FleetApplyResult apply(std::span<const VehicleFix> fixes);
    FleetApplyResult apply(const QList<VehicleFix> &fixes)
    {
        return apply(std::span(fixes.constData(), size_t(fixes.size())));
    }

    Datum mapDatum() const { return m_mapDatum; }
    /** Re-projects every vehicle for a base map in \a datum (tens of ms per 100,000); bumps all versions. */
    void setMapDatum(Datum datum);

    qint64 staleAfter() const { return m_staleAfter; }
    void setStaleAfter(qint64 seconds) { m_staleAfter = seconds; }
    /** True when vehicle \a index's last fix is more than staleAfter() seconds before \a now (Unix seconds).
     */
    bool isStale(int index, qint64 now) const { return now - m_marks.at(index).fixTime > m_staleAfter; }

    int size() const { return int(m_points.size()); }
    bool isEmpty() const { return m_points.isEmpty(); }
    /** Reserves room for \a vehicles without rehashing or reallocating. */
    void reserve(int vehicles);
    /** Forgets every vehicle; bumps version() and layoutVersion(). */
    void clear();
    /**
     * Forgets the vehicles whose last fix is older than \a fixTime (Unix seconds); the others keep their
     * order but get new indices. Bumps version() and layoutVersion() if any was removed. Returns the count.
     */
    int removeOlderThan(qint64 fixTime);

    /** Index of the vehicle, or −1. */
    int indexOf(const VehicleKey &key) const;

    /** Grows by one with every change of any vehicle. */
    quint64 version() const { return m_version; }
    /** Grows when indices change meaning (clear(), removeOlderThan()): drop any index kept. */
    quint64 layoutVersion() const { return m_layoutVersion; }
    /** Indices of the vehicles changed after version \a since (marks()[i].version > since), ascending. */
    QList<int> changedSince(quint64 since) const;

    // The painter's arrays, size() long. Pointers are invalidated by any non-const call.
    /** Zoom-0 world pixels (x east, y south, 0..256); QPainter::drawPoints() takes them as they are. */
    const QPointF *worldPoints() const { return m_points.constData(); }
    /** Status, flags, heading, fix time, version, speed and company of each vehicle. */
    const VehicleMark *marks() const { return m_marks.constData(); }

    QPointF worldPosition(int index) const { return m_points.at(index); }
    const VehicleMark &mark(int index) const { return m_marks.at(index); }
    BizStatus status(int index) const { return BizStatus(m_marks.at(index).status); }
    VehicleKey key(int index) const;
    /** The vehicle's last applied fix, as sent (for a tooltip or a details panel). */
    VehicleFix fix(int index) const;
    /** CompanyIds in order of first appearance. */
    const QStringList &companies() const { return m_companies; }

    /** Indices of the vehicles inside \a world0 (zoom-0 world px, edges included), in no set order. */
    QList<int> indicesIn(const QRectF &world0) const;
    /** As indicesIn(), appending to \a out (clear it first to reuse its memory frame after frame). */
    void indicesIn(const QRectF &world0, QList<int> *out) const;
    /** Indices within \a radius (zoom-0 world px) of \a world0, nearest first (ties by index). */
    QList<int> indicesNear(QPointF world0, double radius) const;
    /**
     * The vehicle nearest to \a world0 within \a radius, or −1. For a click at zoom z with a pick radius
     * of p screen pixels: hitTest(clickWorld / 2^z, p / 2^z).
     */
    int hitTest(QPointF world0, double radius) const;

    /** A copy for ClusterIndex, taken for the time \a now (Unix seconds); O(1), see FleetSnapshot. */
    FleetSnapshot snapshot(qint64 now) const;

private:
    // What apply() reads and writes of a vehicle besides the painter's arrays: one cache line. Three
    // random reads per fix in all (slot, record, point + mark), fetched ahead for a group of fixes.
    struct alignas(64) Record
    {
        quint64 hash = 0; // keyHash(company, plate)
        qint32 longitude = 0;
        qint32 latitude = 0;
        quint32 warnStatus = 0;
        qint32 company = 0;
        quint32 cellKey = 0; // SpatialGrid::keyOf() of the position
        Datum datum = Datum::Unknown;
        quint8 orderKind = 0;   // OrderKind
        quint8 plateLength = 0; // UTF-16 units in plate, or kLongPlate: compare m_plates instead
        quint8 reserved = 0;
        char16_t plate[16] = {};
    };
    static_assert(sizeof(Record) == 64);
    static constexpr quint8 kLongPlate = 0xff;
    enum OrderKind : quint8 { NoOrderId, ZeroOrderId, RealOrderId };

    struct Projected
    {
        QPointF point;
        bool approximate;
    };
    Projected project(qint32 longitude, qint32 latitude, Datum datum) const;
    static quint8 flagsOf(const VehicleFix &fix, bool approximate);
    static OrderKind orderKindOf(const QString &orderId);
    quint64 keyHash(int company, QStringView vehicleNo) const;
    bool matches(int index, quint64 hash, int company, QStringView vehicleNo) const;
    int find(quint64 hash, int company, QStringView vehicleNo) const;
    int candidate(quint64 hash) const;
    void insertSlot(quint64 hash, int index);
    void rehash(qsizetype minimumSlots);
    int companyOf(const QString &companyId) const; // −1 if unknown
    int addCompany(const QString &companyId);
    void append(const VehicleFix &fix, int company, quint64 hash, quint64 version);
    // \a points and \a marks: m_points.data() and m_marks.data(), detached once by apply().
    void update(int index, const VehicleFix &fix, quint64 version, QPointF *points, VehicleMark *marks);

    Datum m_mapDatum;
    qint64 m_staleAfter = kDefaultStaleAfterSeconds;
    quint64 m_version = 0;
    quint64 m_layoutVersion = 0;

    // The painter's arrays, shared with snapshots.
    QList<QPointF> m_points;
    QList<VehicleMark> m_marks;
    // Per vehicle, for apply() and fix().
    std::vector<Record> m_records;
    std::vector<QString> m_plates;   // the full plate, for key() and plates longer than Record::plate
    std::vector<QString> m_orderIds; // only for RealOrderId
    std::vector<QString> m_licenseIds;

    QStringList m_companies;
    QHash<QString, int> m_companyIndex;
    mutable int m_lastCompany = -1; // fixes come in runs of one company: checked before the hash

    // Open addressing, linear probing: (upper 32 bits of the hash << 32) | (index + 1), 0 = empty. Equal
    // hashes are told apart by comparing company and plate: collisions cost time, never correctness.
    std::vector<quint64> m_slots;
    quint64 m_slotMask = 0;
    quint64 m_seed; // random per instance, so that uploaders cannot choose colliding plates

    SpatialGrid m_grid;
};

} // namespace rw
