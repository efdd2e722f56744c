#include "fleetstate.h"

#include "prefetch.h"

#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"

#include <QRandomGenerator>

#include <algorithm>
#include <bit>
#include <cstring>

namespace rw {

namespace {

constexpr qint32 kMaxLongitude = 180'000'000; // 1e-6 degree
constexpr qint32 kMaxLatitude = 90'000'000;
// Fixes handled together by apply(): enough to overlap the memory reads of several vehicles, few enough
// that the prefetched lines are still in the cache when used.
constexpr int kGroup = 16;

bool validFix(const VehicleFix &fix)
{
    return !fix.key.vehicleNo.isEmpty() && fix.longitude >= -kMaxLongitude &&
           fix.longitude <= kMaxLongitude && fix.latitude >= -kMaxLatitude && fix.latitude <= kMaxLatitude;
}

quint16 headingOf(const VehicleFix &fix)
{
    return fix.direction >= 0 && fix.direction <= 359 ? quint16(fix.direction) : FleetState::kNoHeading;
}

quint32 slotHash(quint64 hash)
{
    return quint32(hash >> 32);
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
    , m_seed(QRandomGenerator::global()->generate64())
{
    rehash(1024);
}

// A seeded multiply-xorshift hash of the plate's UTF-16 units and the company index, finished with the
// splitmix64 mixer: a few nanoseconds for a plate, where qHash(QString) (SipHash) takes tens.
quint64 FleetState::keyHash(int company, QStringView vehicleNo) const
{
    constexpr quint64 kMul = 0xbf58476d1ce4e5b9ULL;
    const auto mix = [](quint64 h, quint64 v) {
        h = (h ^ v) * kMul;
        return h ^ (h >> 31);
    };
    const char *p = reinterpret_cast<const char *>(vehicleNo.utf16());
    size_t n = size_t(vehicleNo.size()) * sizeof(char16_t);
    quint64 h = m_seed ^ (quint64(company) * 0x9e3779b97f4a7c15ULL) ^ n;
    for (; n >= 8; n -= 8, p += 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        h = mix(h, v);
    }
    if (n > 0) {
        quint64 v = 0;
        std::memcpy(&v, p, n);
        h = mix(h, v);
    }
    h ^= h >> 30;
    h *= kMul;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

bool FleetState::matches(int index, quint64 hash, int company, QStringView vehicleNo) const
{
    const Record &r = m_records[size_t(index)];
    if (r.hash != hash || r.company != company)
        return false;
    if (r.plateLength == kLongPlate) {
        if (m_plates[size_t(index)] != vehicleNo)
            return false;
    } else if (vehicleNo.size() != r.plateLength ||
               std::memcmp(r.plate, vehicleNo.utf16(), size_t(r.plateLength) * sizeof(char16_t)) != 0) {
        return false;
    }
    return true;
}

int FleetState::find(quint64 hash, int company, QStringView vehicleNo) const
{
    const quint32 h = slotHash(hash);
    for (quint64 i = hash & m_slotMask;; i = (i + 1) & m_slotMask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            return -1;
        if (quint32(slot >> 32) != h)
            continue;
        const int index = int(quint32(slot)) - 1;
        if (matches(index, hash, company, vehicleNo))
            return index;
    }
}

int FleetState::candidate(quint64 hash) const
{
    const quint32 h = slotHash(hash);
    for (quint64 i = hash & m_slotMask;; i = (i + 1) & m_slotMask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            return -1;
        if (quint32(slot >> 32) == h)
            return int(quint32(slot)) - 1;
    }
}

void FleetState::insertSlot(quint64 hash, int index)
{
    if (quint64(size()) * 2 > m_slots.size())
        rehash(qsizetype(m_slots.size()) * 2);
    quint64 i = hash & m_slotMask;
    while (m_slots[i] != 0)
        i = (i + 1) & m_slotMask;
    m_slots[i] = quint64(slotHash(hash)) << 32 | quint64(index + 1);
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
        // The slot keeps only the upper half of the hash; the record has all of it.
        quint64 i = m_records[size_t(quint32(slot) - 1)].hash & m_slotMask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_slotMask;
        m_slots[i] = slot;
    }
}

void FleetState::reserve(int vehicles)
{
    if (quint64(vehicles) * 2 > m_slots.size())
        rehash(qsizetype(vehicles) * 2);
    m_points.reserve(vehicles);
    m_marks.reserve(vehicles);
    m_records.reserve(size_t(vehicles));
    m_plates.reserve(size_t(vehicles));
    m_orderIds.reserve(size_t(vehicles));
    m_licenseIds.reserve(size_t(vehicles));
}

FleetState::Projected FleetState::project(qint32 longitude, qint32 latitude, Datum datum) const
{
    const DisplayPosition d =
        CoordinateTransform::toDisplay(longitude / 1e6, latitude / 1e6, datum, m_mapDatum);
    return {WebMercator::project(d.longitude, d.latitude), d.approximate};
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

FleetState::OrderKind FleetState::orderKindOf(const QString &orderId)
{
    if (orderId.isEmpty())
        return NoOrderId;
    return orderId.size() == 1 && orderId.front() == u'0' ? ZeroOrderId : RealOrderId;
}

int FleetState::companyOf(const QString &companyId) const
{
    if (m_lastCompany >= 0) {
        const QString &last = m_companies.at(m_lastCompany);
        if (last.size() == companyId.size() &&
            std::memcmp(last.utf16(), companyId.utf16(), size_t(last.size()) * sizeof(char16_t)) == 0)
            return m_lastCompany;
    }
    const auto it = m_companyIndex.constFind(companyId);
    if (it == m_companyIndex.cend())
        return -1;
    m_lastCompany = *it;
    return *it;
}

int FleetState::addCompany(const QString &companyId)
{
    const int index = int(m_companies.size());
    m_companies.append(companyId);
    m_companyIndex.insert(companyId, index);
    return index;
}

void FleetState::append(const VehicleFix &fix, int company, quint64 hash, quint64 version)
{
    const Projected p = project(fix.longitude, fix.latitude, fix.datum);
    const int index = size();
    m_points.append(p.point);
    VehicleMark mark;
    mark.fixTime = fix.positionTime;
    mark.version = version;
    mark.status = quint8(fix.bizStatus);
    mark.flags = flagsOf(fix, p.approximate);
    mark.heading = headingOf(fix);
    mark.speed = fix.speed;
    mark.company = company;
    m_marks.append(mark);

    Record r;
    r.hash = hash;
    r.longitude = fix.longitude;
    r.latitude = fix.latitude;
    r.warnStatus = fix.warnStatus;
    r.company = company;
    r.cellKey = m_grid.keyOf(p.point.x(), p.point.y());
    r.datum = fix.datum;
    r.orderKind = orderKindOf(fix.orderId);
    const QString &plate = fix.key.vehicleNo;
    if (plate.size() <= qsizetype(std::size(r.plate))) {
        r.plateLength = quint8(plate.size());
        std::memcpy(r.plate, plate.utf16(), size_t(plate.size()) * sizeof(char16_t));
    } else {
        r.plateLength = kLongPlate;
    }
    m_records.push_back(r);
    m_plates.push_back(plate);
    m_orderIds.push_back(r.orderKind == RealOrderId ? fix.orderId : QString());
    m_licenseIds.push_back(fix.licenseId);
    m_grid.insert(index, r.cellKey);
    insertSlot(hash, index);
}

void FleetState::update(int i, const VehicleFix &fix, quint64 version, QPointF *points, VehicleMark *marks)
{
    Record &r = m_records[size_t(i)];
    VehicleMark &mark = marks[i];
    bool approximate = mark.flags & ApproximatePosition;
    if (fix.longitude != r.longitude || fix.latitude != r.latitude || fix.datum != r.datum) {
        const Projected p = project(fix.longitude, fix.latitude, fix.datum);
        points[i] = p.point;
        approximate = p.approximate;
        r.longitude = fix.longitude;
        r.latitude = fix.latitude;
        r.datum = fix.datum;
        const quint32 cell = m_grid.keyOf(p.point.x(), p.point.y());
        if (cell != r.cellKey) {
            r.cellKey = cell;
            m_grid.move(i, cell);
        }
    }
    mark.fixTime = fix.positionTime;
    mark.version = version;
    mark.status = quint8(fix.bizStatus);
    mark.flags = flagsOf(fix, approximate);
    mark.heading = headingOf(fix);
    mark.speed = fix.speed;
    r.warnStatus = fix.warnStatus;
    // Most fixes carry no order ("0"): then the order strings are not touched at all.
    const OrderKind kind = orderKindOf(fix.orderId);
    if (kind == RealOrderId)
        m_orderIds[size_t(i)] = fix.orderId;
    else if (r.orderKind == RealOrderId)
        m_orderIds[size_t(i)] = QString();
    r.orderKind = kind;
    if (!fix.licenseId.isEmpty())
        m_licenseIds[size_t(i)] = fix.licenseId;
}

FleetApplyResult FleetState::apply(std::span<const VehicleFix> fixes)
{
    FleetApplyResult result;
    if (fixes.empty())
        return result;
    const quint64 version = m_version + 1;
    // Detach from any snapshot once; the raw pointers stay valid until an append() may reallocate.
    QPointF *points = m_points.data();
    VehicleMark *marks = m_marks.data();

    bool valid[kGroup];
    int companies[kGroup];
    quint64 hashes[kGroup];
    int candidates[kGroup];
    for (size_t start = 0; start < fixes.size(); start += kGroup) {
        const int n = int(std::min<size_t>(kGroup, fixes.size() - start));
        const VehicleFix *group = fixes.data() + start;
        // 1. Hash every fix of the group and start loading its hash slot.
        for (int k = 0; k < n; ++k) {
            const VehicleFix &fix = group[k];
            valid[k] = validFix(fix);
            companies[k] = valid[k] ? companyOf(fix.key.companyId) : -1;
            hashes[k] = companies[k] >= 0 ? keyHash(companies[k], fix.key.vehicleNo) : 0;
            if (companies[k] >= 0)
                prefetch(&m_slots[hashes[k] & m_slotMask]);
        }
        // 2. Read the slots; start loading the candidate vehicles' data.
        for (int k = 0; k < n; ++k) {
            const int i = candidates[k] = companies[k] >= 0 ? candidate(hashes[k]) : -1;
            if (i < 0)
                continue;
            prefetch(&m_records[size_t(i)], true);
            prefetch(points + i, true);
            prefetch(marks + i, true);
            if (group[k].hasOrder())
                prefetch(&m_orderIds[size_t(i)], true);
        }
        // 3. Apply. A candidate is only a slot with the same hash bits: confirm it, else search again
        // (also finds a vehicle inserted earlier in this group).
        for (int k = 0; k < n; ++k) {
            const VehicleFix &fix = group[k];
            if (!valid[k]) {
                ++result.rejected;
                continue;
            }
            int company = companies[k];
            quint64 hash = hashes[k];
            if (company < 0) { // unknown in step 1; an earlier fix of this group may have added it
                company = companyOf(fix.key.companyId);
                if (company >= 0)
                    hash = keyHash(company, fix.key.vehicleNo);
            }
            int i = -1;
            if (company >= 0) {
                i = candidates[k];
                if (i < 0 || !matches(i, hash, company, fix.key.vehicleNo))
                    i = find(hash, company, fix.key.vehicleNo);
            }
            if (i < 0) {
                if (company < 0) {
                    company = addCompany(fix.key.companyId);
                    hash = keyHash(company, fix.key.vehicleNo);
                }
                append(fix, company, hash, version);
                points = m_points.data();
                marks = m_marks.data();
                ++result.inserted;
            } else if (fix.positionTime < marks[i].fixTime) {
                ++result.outOfOrder;
            } else {
                update(i, fix, version, points, marks);
                ++result.updated;
            }
        }
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
        Record &r = m_records[size_t(i)];
        VehicleMark &mark = m_marks[i];
        const Projected p = project(r.longitude, r.latitude, r.datum);
        m_points[i] = p.point;
        mark.flags = quint8((mark.flags & ~ApproximatePosition) | (p.approximate ? ApproximatePosition : 0));
        mark.version = version;
        r.cellKey = m_grid.keyOf(p.point.x(), p.point.y());
        m_grid.insert(i, r.cellKey);
    }
}

void FleetState::clear()
{
    m_points.clear();
    m_marks.clear();
    m_records.clear();
    m_plates.clear();
    m_orderIds.clear();
    m_licenseIds.clear();
    m_companies.clear();
    m_companyIndex.clear();
    m_lastCompany = -1;
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
        keep[size_t(i)] = m_marks[i].fixTime >= fixTime;
        removed += keep[size_t(i)] ? 0 : 1;
    }
    if (removed == 0)
        return 0;
    compact(m_points, keep);
    compact(m_marks, keep);
    compact(m_records, keep);
    compact(m_plates, keep);
    compact(m_orderIds, keep);
    compact(m_licenseIds, keep);
    std::fill(m_slots.begin(), m_slots.end(), 0);
    m_grid.clear();
    for (int i = 0; i < size(); ++i) {
        insertSlot(m_records[size_t(i)].hash, i);
        m_grid.insert(i, m_records[size_t(i)].cellKey);
    }
    ++m_version;
    ++m_layoutVersion;
    return removed;
}

int FleetState::indexOf(const VehicleKey &key) const
{
    const int company = companyOf(key.companyId);
    return company < 0 ? -1 : find(keyHash(company, key.vehicleNo), company, key.vehicleNo);
}

QList<int> FleetState::changedSince(quint64 since) const
{
    QList<int> out;
    const VehicleMark *marks = m_marks.constData();
    for (int i = 0; i < size(); ++i) {
        if (marks[i].version > since)
            out.append(i);
    }
    return out;
}

VehicleKey FleetState::key(int index) const
{
    return {m_companies.at(m_records[size_t(index)].company), m_plates[size_t(index)]};
}

VehicleFix FleetState::fix(int index) const
{
    const Record &r = m_records[size_t(index)];
    const VehicleMark &mark = m_marks.at(index);
    VehicleFix f;
    f.key = key(index);
    f.longitude = r.longitude;
    f.latitude = r.latitude;
    f.datum = r.datum;
    f.positionTime = mark.fixTime;
    f.speed = mark.speed;
    f.direction = mark.heading == kNoHeading ? qint16(-1) : qint16(mark.heading);
    f.bizStatus = BizStatus(mark.status);
    f.warnStatus = r.warnStatus;
    switch (OrderKind(r.orderKind)) {
    case NoOrderId:
        break;
    case ZeroOrderId:
        f.orderId = QStringLiteral("0");
        break;
    case RealOrderId:
        f.orderId = m_orderIds[size_t(index)];
        break;
    }
    f.licenseId = m_licenseIds[size_t(index)];
    return f;
}

void FleetState::indicesIn(const QRectF &world0, QList<int> *out) const
{
    const QRectF r = world0.normalized();
    const double left = r.left();
    const double right = r.right();
    const double top = r.top();
    const double bottom = r.bottom();
    const QPointF *points = m_points.constData();
    m_grid.forEachCell(r, [&](const int *items, int count) {
        for (int k = 0; k < count; ++k) {
            const int i = items[k];
            const QPointF &p = points[i];
            if (p.x() >= left && p.x() <= right && p.y() >= top && p.y() <= bottom)
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
    const QPointF *points = m_points.constData();
    m_grid.forEachCell(box, [&](const int *items, int count) {
        for (int k = 0; k < count; ++k) {
            const int i = items[k];
            const double dx = points[i].x() - world0.x();
            const double dy = points[i].y() - world0.y();
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
    const QPointF *points = m_points.constData();
    m_grid.forEachCell(box, [&](const int *items, int count) {
        for (int k = 0; k < count; ++k) {
            const int i = items[k];
            const double dx = points[i].x() - world0.x();
            const double dy = points[i].y() - world0.y();
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
    s.points = m_points;
    s.marks = m_marks;
    s.now = now;
    s.staleAfter = m_staleAfter;
    s.version = m_version;
    s.layoutVersion = m_layoutVersion;
    return s;
}

} // namespace rw
