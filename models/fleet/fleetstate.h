#pragma once

#include "fleetapplyresult.h"
#include "fleetsnapshot.h"
#include "spatialgrid.h"
#include "vehiclefix.h"

#include "geo/datum.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <span>
#include <vector>

namespace rw {

/**
 * \brief The live state of every vehicle on the map, laid out for a painter: one array per attribute.
 *
 * Vehicles are identified by VehicleKey (company + plate) through an open-addressing hash table and get
 * a dense index 0..size()−1 in order of first appearance; indices stay valid until clear() or
 * removeOlderThan(), which bump layoutVersion(). For each index the painter reads contiguous arrays:
 * worldX()/worldY() (display-projected Web-Mercator world pixels at zoom 0: multiply by 2^zoom and
 * subtract the viewport origin to get screen pixels), statuses(), headings(), fixTimes(), flags() and
 * versions(). Details for a tooltip come from fix(i).
 *
 * apply() projects each fix once, to the base map's datum (CoordinateTransform::toDisplay(): a fix that
 * cannot be converted lawfully is drawn as sent and flagged ApproximatePosition) and to Web Mercator; a
 * fix older than the vehicle's last one is ignored. 10,000 fixes on 100,000 vehicles take well under the
 * 2 ms of DESIGN §9 (tests/bench/bench_fleet.cpp).
 *
 * Redrawing: version() grows by one with every apply() that changed something, and versions()[i] is the
 * version of vehicle i's last change, so "vehicles changed since I last drew" is versions()[i] > drawn.
 *
 * Spatial queries use a SpatialGrid of ~600 m cells: indicesIn() for the viewport, hitTest() for a click.
 *
 * Not thread-safe: owned and used by one thread (the GUI thread). To cluster off that thread, hand
 * snapshot() to ClusterIndexBuilder.
 */
class FleetState
{
public:
    /** Bits of flags()[i]. */
    enum Flag : quint8 {
        ApproximatePosition = 0x01, //!< drawn as sent in another datum (see DisplayPosition)
        Alarm = 0x02,               //!< WarnStatus has any JT/T 808 alarm bit set
        Emergency = 0x04,           //!< WarnStatus bit 0: 紧急报警 (emergency button, JT/T 808)
        HasOrder = 0x08,            //!< OrderId neither empty nor "0"
    };
    /** headings()[i] when the fix had no valid Direction. */
    static constexpr quint16 kNoHeading = 0xffff;
    /** Default staleness, Art. 15(三) of the 2022 办法: "定位信息应实时传输，延迟不得超过 60 秒". */
    static constexpr qint64 kDefaultStaleAfterSeconds = 60;

    /** A state drawn on a base map in \a mapDatum (Tianditu, the default base map, is CGCS2000). */
    explicit FleetState(Datum mapDatum = Datum::Cgcs2000);

    /** Applies \a fixes in order (a later fix of the same vehicle in the batch wins if not older). */
    FleetApplyResult apply(std::span<const VehicleFix> fixes);
    FleetApplyResult apply(const QList<VehicleFix> &fixes)
    {
        return apply(std::span(fixes.constData(), fixes.size()));
    }

    Datum mapDatum() const { return m_mapDatum; }
    /** Re-projects every vehicle for a base map in \a datum (about 30 ms per 100,000); bumps all versions. */
    void setMapDatum(Datum datum);

    qint64 staleAfter() const { return m_staleAfter; }
    void setStaleAfter(qint64 seconds) { m_staleAfter = seconds; }
    /** True when vehicle \a index's last fix is more than staleAfter() seconds before \a now (Unix seconds).
     */
    bool isStale(int index, qint64 now) const { return now - m_fixTime.at(index) > m_staleAfter; }

    int size() const { return int(m_x.size()); }
    bool isEmpty() const { return m_x.isEmpty(); }
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
    /** Indices of the vehicles changed after version \a since (versions()[i] > since), ascending. */
    QList<int> changedSince(quint64 since) const;

    // Hot arrays, size() long, for the painter. Pointers are invalidated by any non-const call.
    const double *worldX() const { return m_x.constData(); }          //!< zoom-0 world px, 0..256, east
    const double *worldY() const { return m_y.constData(); }          //!< zoom-0 world px, 0..256, south
    const quint8 *statuses() const { return m_status.constData(); }   //!< BizStatus
    const quint16 *headings() const { return m_heading.constData(); } //!< 0..359, or kNoHeading
    const qint64 *fixTimes() const { return m_fixTime.constData(); }  //!< PositionTime, Unix s
    const quint8 *flags() const { return m_flags.constData(); }       //!< Flag bits
    const quint64 *versions() const { return m_vehicleVersion.constData(); }
    const int *companyIndices() const { return m_company.data(); } //!< index into companies()

    QPointF worldPosition(int index) const { return {m_x.at(index), m_y.at(index)}; }
    BizStatus status(int index) const { return BizStatus(m_status.at(index)); }
    VehicleKey key(int index) const;
    /** The vehicle's last applied fix, as sent (for a tooltip or a details panel). */
    VehicleFix fix(int index) const;
    /** CompanyIds in order of first appearance; companyIndices() points into it. */
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
    struct Projected
    {
        double x;
        double y;
        bool approximate;
    };
    Projected project(qint32 longitude, qint32 latitude, Datum datum) const;
    static quint8 flagsOf(const VehicleFix &fix, bool approximate);
    quint32 hashOf(QStringView companyId, QStringView vehicleNo) const;
    int find(quint32 hash, QStringView companyId, QStringView vehicleNo) const;
    void insertSlot(quint32 hash, int index);
    void rehash(qsizetype minimumSlots);
    int companyIndex(const QString &companyId);
    void append(const VehicleFix &fix, quint64 version);

    Datum m_mapDatum;
    qint64 m_staleAfter = kDefaultStaleAfterSeconds;
    quint64 m_version = 0;
    quint64 m_layoutVersion = 0;

    // Hot, shared with snapshots.
    QList<double> m_x;
    QList<double> m_y;
    QList<quint8> m_status;
    QList<quint8> m_flags;
    QList<qint64> m_fixTime;
    // Hot, not shared.
    QList<quint16> m_heading;
    QList<quint64> m_vehicleVersion;
    // Cold: as sent, for fix() and re-projection.
    std::vector<qint32> m_longitude;
    std::vector<qint32> m_latitude;
    std::vector<Datum> m_datum;
    std::vector<float> m_speed;
    std::vector<quint32> m_warnStatus;
    std::vector<int> m_company;
    std::vector<QString> m_plate;
    std::vector<QString> m_orderId;
    std::vector<QString> m_licenseId;

    QStringList m_companies;
    QHash<QString, int> m_companyIndex;

    // Open addressing, linear probing: (hash << 32) | (index + 1), 0 = empty. Equal hashes are told
    // apart by comparing company and plate, so collisions cost time, never correctness.
    std::vector<quint64> m_slots;
    quint64 m_slotMask = 0;
    size_t m_seed;

    SpatialGrid m_grid;
};

} // namespace rw
