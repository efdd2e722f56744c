#include "fleetstate.h"

#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"

#include <QHashSeed>

#include <algorithm>
#include <bit>

namespace rw {

namespace {

constexpr qint32 kMaxLongitude = 180'000'000; // 1e-6 degree
constexpr qint32 kMaxLatitude = 90'000'000;

bool validFix(const VehicleFix &fix)
{
    return !fix.key.vehicleNo.isEmpty() && fix.longitude >= -kMaxLongitude &&
           fix.longitude <= kMaxLongitude && fix.latitude >= -kMaxLatitude && fix.latitude <= kMaxLatitude;
}

quint16 headingOf(const VehicleFix &fix)
{
    return fix.direction >= 0 && fix.direction <= 359 ? quint16(fix.direction) : FleetState::kNoHeading;
}

// Keeps the elements of \a v whose keep[i] is set, in order.
template<typename Container>
void compact(Container &v, const std::vector<bool> &keep)
{
    qsizetype out = 0;
    for (qsizetype i = 0; i < qsizetype(v.size()); ++i) {
        if (keep[size_t(i)]) {
            if (out != i)
                v[out] = std::move(v[i]);
            ++out;
        }
    }
    v.resize(out);
}

} // namespace

FleetState::FleetState(Datum mapDatum)
    : m_mapDatum(mapDatum)
    , m_seed(QHashSeed::globalSeed())
{
    rehash(1024);
}

quint32 FleetState::hashOf(QStringView companyId, QStringView vehicleNo) const
{
    const size_t h = qHash(vehicleNo, qHash(companyId, m_seed));
    return quint32(h ^ (quint64(h) >> 32));
}

int FleetState::find(quint32 hash, QStringView companyId, QStringView vehicleNo) const
{
    for (quint64 i = hash & m_slotMask;; i = (i + 1) & m_slotMask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            return -1;
        if (quint32(slot >> 32) != hash)
            continue;
        const int index = int(quint32(slot)) - 1;
        if (m_plate[index] == vehicleNo && m_companies.at(m_company[index]) == companyId)
            return index;
    }
}

void FleetState::insertSlot(quint32 hash, int index)
{
    if (quint64(size()) * 2 > m_slots.size())
        rehash(qsizetype(m_slots.size()) * 2);
    quint64 i = hash & m_slotMask;
    while (m_slots[i] != 0)
        i = (i + 1) & m_slotMask;
    m_slots[i] = quint64(hash) << 32 | quint64(index + 1);
}

void FleetState::rehash(qsizetype minimumSlots)
{
    const quint64 n = std::bit_ceil(quint64(std::max<qsizetype>(minimumSlots, 16)));
    std::vector<quint64> old(n, 0);
    old.swap(m_slots);
    m_slotMask = n - 1;
    for (const quint64 slot : old) {
        if (slot == 0)
            continue;
        quint64 i = (slot >> 32) & m_slotMask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_slotMask;
        m_slots[i] = slot;
    }
}

void FleetState::reserve(int vehicles)
{
    if (quint64(vehicles) * 2 > m_slots.size())
        rehash(qsizetype(vehicles) * 2);
    m_x.reserve(vehicles);
    m_y.reserve(vehicles);
    m_status.reserve(vehicles);
    m_flags.reserve(vehicles);
    m_fixTime.reserve(vehicles);
    m_heading.reserve(vehicles);
    m_vehicleVersion.reserve(vehicles);
    m_longitude.reserve(vehicles);
    m_latitude.reserve(vehicles);
    m_datum.reserve(vehicles);
    m_speed.reserve(vehicles);
    m_warnStatus.reserve(vehicles);
    m_company.reserve(vehicles);
    m_plate.reserve(vehicles);
    m_orderId.reserve(vehicles);
    m_licenseId.reserve(vehicles);
}

FleetState::Projected FleetState::project(qint32 longitude, qint32 latitude, Datum datum) const
{
    const DisplayPosition d =
        CoordinateTransform::toDisplay(longitude / 1e6, latitude / 1e6, datum, m_mapDatum);
    const QPointF w = WebMercator::project(d.longitude, d.latitude);
    return {w.x(), w.y(), d.approximate};
}

quint8 FleetState::flagsOf(const VehicleFix &fix, bool approximate)
{
    quint8 f = approximate ? ApproximatePosition : 0;
    if (fix.warnStatus != 0)
        f |= Alarm;
    if (fix.warnStatus & 1u) // JT/T 808 alarm bit 0: 紧急报警
        f |= Emergency;
    if (fix.hasOrder())
        f |= HasOrder;
    return f;
}

int FleetState::companyIndex(const QString &companyId)
{
    const auto it = m_companyIndex.constFind(companyId);
    if (it != m_companyIndex.cend())
        return *it;
    const int index = int(m_companies.size());
    m_companies.append(companyId);
    m_companyIndex.insert(companyId, index);
    return index;
}

void FleetState::append(const VehicleFix &fix, quint64 version)
{
    const Projected p = project(fix.longitude, fix.latitude, fix.datum);
    const int index = size();
    m_x.append(p.x);
    m_y.append(p.y);
    m_status.append(quint8(fix.bizStatus));
    m_flags.append(flagsOf(fix, p.approximate));
    m_fixTime.append(fix.positionTime);
    m_heading.append(headingOf(fix));
    m_vehicleVersion.append(version);
    m_longitude.push_back(fix.longitude);
    m_latitude.push_back(fix.latitude);
    m_datum.push_back(fix.datum);
    m_speed.push_back(fix.speed);
    m_warnStatus.push_back(fix.warnStatus);
    m_company.push_back(companyIndex(fix.key.companyId));
    m_plate.push_back(fix.key.vehicleNo);
    m_orderId.push_back(fix.orderId);
    m_licenseId.push_back(fix.licenseId);
    m_grid.insert(index, p.x, p.y);
}

FleetApplyResult FleetState::apply(std::span<const VehicleFix> fixes)
{
    FleetApplyResult result;
    if (fixes.empty())
        return result;
    const quint64 version = m_version + 1;
    // Raw pointers for the loop (detaching once from any snapshot); refreshed after an append.
    double *x = nullptr;
    double *y = nullptr;
    quint8 *status = nullptr;
    quint8 *flags = nullptr;
    qint64 *fixTime = nullptr;
    quint16 *heading = nullptr;
    quint64 *versions = nullptr;
    const auto refresh = [&] {
        x = m_x.data();
        y = m_y.data();
        status = m_status.data();
        flags = m_flags.data();
        fixTime = m_fixTime.data();
        heading = m_heading.data();
        versions = m_vehicleVersion.data();
    };
    refresh();
    for (const VehicleFix &fix : fixes) {
        if (!validFix(fix)) {
            ++result.rejected;
            continue;
        }
        const quint32 hash = hashOf(fix.key.companyId, fix.key.vehicleNo);
        const int i = find(hash, fix.key.companyId, fix.key.vehicleNo);
        if (i < 0) {
            append(fix, version);
            insertSlot(hash, size() - 1);
            refresh();
            ++result.inserted;
            continue;
        }
        if (fix.positionTime < fixTime[i]) {
            ++result.outOfOrder;
            continue;
        }
        bool approximate = flags[i] & ApproximatePosition;
        if (fix.longitude != m_longitude[i] || fix.latitude != m_latitude[i] || fix.datum != m_datum[i]) {
            const Projected p = project(fix.longitude, fix.latitude, fix.datum);
            x[i] = p.x;
            y[i] = p.y;
            approximate = p.approximate;
            m_longitude[i] = fix.longitude;
            m_latitude[i] = fix.latitude;
            m_datum[i] = fix.datum;
            m_grid.move(i, p.x, p.y);
        }
        status[i] = quint8(fix.bizStatus);
        flags[i] = flagsOf(fix, approximate);
        fixTime[i] = fix.positionTime;
        heading[i] = headingOf(fix);
        versions[i] = version;
        m_speed[i] = fix.speed;
        m_warnStatus[i] = fix.warnStatus;
        m_orderId[i] = fix.orderId;
        if (!fix.licenseId.isEmpty())
            m_licenseId[i] = fix.licenseId;
        ++result.updated;
    }
    if (result.changed() > 0)
        m_version = version;
    return result;
}

void FleetState::setMapDatum(Datum datum)
{
    if (datum == m_mapDatum)
        return;
    m_mapDatum = datum;
    const quint64 version = ++m_version;
    m_grid.clear();
    for (int i = 0; i < size(); ++i) {
        const Projected p = project(m_longitude[i], m_latitude[i], m_datum[i]);
        m_x[i] = p.x;
        m_y[i] = p.y;
        m_flags[i] = quint8((m_flags[i] & ~ApproximatePosition) | (p.approximate ? ApproximatePosition : 0));
        m_vehicleVersion[i] = version;
        m_grid.insert(i, p.x, p.y);
    }
}

void FleetState::clear()
{
    m_x.clear();
    m_y.clear();
    m_status.clear();
    m_flags.clear();
    m_fixTime.clear();
    m_heading.clear();
    m_vehicleVersion.clear();
    m_longitude.clear();
    m_latitude.clear();
    m_datum.clear();
    m_speed.clear();
    m_warnStatus.clear();
    m_company.clear();
    m_plate.clear();
    m_orderId.clear();
    m_licenseId.clear();
    m_companies.clear();
    m_companyIndex.clear();
    std::fill(m_slots.begin(), m_slots.end(), 0);
    m_grid.clear();
    ++m_version;
    ++m_layoutVersion;
}

int FleetState::removeOlderThan(qint64 fixTime)
{
    std::vector<bool> keep(static_cast<size_t>(size()));
    int removed = 0;
    for (int i = 0; i < size(); ++i) {
        keep[size_t(i)] = m_fixTime[i] >= fixTime;
        removed += keep[size_t(i)] ? 0 : 1;
    }
    if (removed == 0)
        return 0;
    compact(m_x, keep);
    compact(m_y, keep);
    compact(m_status, keep);
    compact(m_flags, keep);
    compact(m_fixTime, keep);
    compact(m_heading, keep);
    compact(m_vehicleVersion, keep);
    compact(m_longitude, keep);
    compact(m_latitude, keep);
    compact(m_datum, keep);
    compact(m_speed, keep);
    compact(m_warnStatus, keep);
    compact(m_company, keep);
    compact(m_plate, keep);
    compact(m_orderId, keep);
    compact(m_licenseId, keep);
    std::fill(m_slots.begin(), m_slots.end(), 0);
    m_grid.clear();
    for (int i = 0; i < size(); ++i) {
        insertSlot(hashOf(m_companies.at(m_company[i]), m_plate[i]), i);
        m_grid.insert(i, m_x[i], m_y[i]);
    }
    ++m_version;
    ++m_layoutVersion;
    return removed;
}

int FleetState::indexOf(const VehicleKey &key) const
{
    return find(hashOf(key.companyId, key.vehicleNo), key.companyId, key.vehicleNo);
}

QList<int> FleetState::changedSince(quint64 since) const
{
    QList<int> out;
    const quint64 *v = m_vehicleVersion.constData();
    for (int i = 0; i < size(); ++i) {
        if (v[i] > since)
            out.append(i);
    }
    return out;
}

VehicleKey FleetState::key(int index) const
{
    return {m_companies.at(m_company[index]), m_plate[index]};
}

VehicleFix FleetState::fix(int index) const
{
    VehicleFix f;
    f.key = key(index);
    f.longitude = m_longitude[index];
    f.latitude = m_latitude[index];
    f.datum = m_datum[index];
    f.positionTime = m_fixTime.at(index);
    f.speed = m_speed[index];
    const quint16 heading = m_heading.at(index);
    f.direction = heading == kNoHeading ? qint16(-1) : qint16(heading);
    f.bizStatus = BizStatus(m_status.at(index));
    f.warnStatus = m_warnStatus[index];
    f.orderId = m_orderId[index];
    f.licenseId = m_licenseId[index];
    return f;
}

void FleetState::indicesIn(const QRectF &world0, QList<int> *out) const
{
    const QRectF r = world0.normalized();
    const double left = r.left();
    const double right = r.right();
    const double top = r.top();
    const double bottom = r.bottom();
    const double *x = m_x.constData();
    const double *y = m_y.constData();
    m_grid.forEachCell(r, [&](const int *items, int count) {
        for (int k = 0; k < count; ++k) {
            const int i = items[k];
            if (x[i] >= left && x[i] <= right && y[i] >= top && y[i] <= bottom)
                out->append(i);
        }
    });
}

QList<int> FleetState::indicesIn(const QRectF &world0) const
{
    QList<int> out;
    indicesIn(world0, &out);
    return out;
}

QList<int> FleetState::indicesNear(QPointF world0, double radius) const
{
    if (!(radius >= 0))
        return {};
    const double r2 = radius * radius;
    QList<std::pair<double, int>> hits;
    const QRectF box(world0.x() - radius, world0.y() - radius, 2 * radius, 2 * radius);
    const double *x = m_x.constData();
    const double *y = m_y.constData();
    m_grid.forEachCell(box, [&](const int *items, int count) {
        for (int k = 0; k < count; ++k) {
            const int i = items[k];
            const double dx = x[i] - world0.x();
            const double dy = y[i] - world0.y();
            const double d2 = dx * dx + dy * dy;
            if (d2 <= r2)
                hits.append({d2, i});
        }
    });
    std::sort(hits.begin(), hits.end());
    QList<int> out;
    out.reserve(hits.size());
    for (const auto &hit : std::as_const(hits))
        out.append(hit.second);
    return out;
}

int FleetState::hitTest(QPointF world0, double radius) const
{
    if (!(radius >= 0))
        return -1;
    int best = -1;
    double bestD2 = radius * radius;
    const QRectF box(world0.x() - radius, world0.y() - radius, 2 * radius, 2 * radius);
    const double *x = m_x.constData();
    const double *y = m_y.constData();
    m_grid.forEachCell(box, [&](const int *items, int count) {
        for (int k = 0; k < count; ++k) {
            const int i = items[k];
            const double dx = x[i] - world0.x();
            const double dy = y[i] - world0.y();
            const double d2 = dx * dx + dy * dy;
            if (d2 < bestD2 || (d2 == bestD2 && (best < 0 || i < best))) {
                best = i;
                bestD2 = d2;
            }
        }
    });
    return best;
}

FleetSnapshot FleetState::snapshot(qint64 now) const
{
    FleetSnapshot s;
    s.x = m_x;
    s.y = m_y;
    s.status = m_status;
    s.flags = m_flags;
    s.fixTime = m_fixTime;
    s.now = now;
    s.staleAfter = m_staleAfter;
    s.version = m_version;
    s.layoutVersion = m_layoutVersion;
    return s;
}

} // namespace rw
