#include "nearbyvehiclemodel.h"

#include "domain/agetext.h"
#include "fleet/bizstatus.h"

#include <QDateTime>
#include <QSet>

#include <cmath>

namespace rw {

NearbyVehicleModel::NearbyVehicleModel(const FleetState *fleet, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fleet(fleet)
    , m_search(fleet)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{}

void NearbyVehicleModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void NearbyVehicleModel::setPosition(const QGeoCoordinate &position, Datum datum)
{
    m_position = position;
    m_datum = datum;
    refresh();
}

void NearbyVehicleModel::setRadius(double metres)
{
    m_search.setRadius(metres);
    refresh();
}

void NearbyVehicleModel::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    refresh();
}

void NearbyVehicleModel::refresh()
{
    QList<NearbyVehicle> next = m_search.find(m_position, m_clock(), m_datum);
    if (next.size() > m_maxRows)
        next.resize(m_maxRows);
    const int before = int(m_rows.size());
    apply(std::move(next));
    // Time passed for every row: the ages change even where nothing else did.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn), {Qt::DisplayRole});
    if (int(m_rows.size()) != before)
        Q_EMIT countChanged(int(m_rows.size()));
}

void NearbyVehicleModel::apply(QList<NearbyVehicle> next)
{
    // 1. Rows whose vehicle left the radius go, in contiguous blocks from the bottom.
    QSet<VehicleKey> nextKeys;
    nextKeys.reserve(next.size());
    for (const NearbyVehicle &v : std::as_const(next))
        nextKeys.insert(v.key);
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (nextKeys.contains(m_rows.at(last).key))
            continue;
        int first = last;
        while (first > 0 && !nextKeys.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
    // 2. Rows 0..i−1 are in their final order; row i is the vehicle already there, one moved up from
    //    below, or a new one. What remains below the last row afterwards cannot exist: every old row is
    //    in next.
    for (int i = 0; i < int(next.size()); ++i) {
        const NearbyVehicle &wanted = next.at(i);
        if (i >= int(m_rows.size()) || m_rows.at(i).key != wanted.key) {
            int from = -1;
            for (int j = i + 1; j < int(m_rows.size()); ++j) {
                if (m_rows.at(j).key == wanted.key) {
                    from = j;
                    break;
                }
            }
            if (from < 0) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, wanted);
                endInsertRows();
                continue;
            }
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
        }
        if (m_rows.at(i) != wanted) {
            m_rows[i] = wanted;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    Q_ASSERT(m_rows.size() == next.size());
}

int NearbyVehicleModel::rowOf(const VehicleKey &key) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

int NearbyVehicleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NearbyVehicleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NearbyVehicleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NearbyVehicle &v = m_rows.at(index.row());
    switch (role) {
    case CompanyIdRole:
        return v.key.companyId;
    case PlateRole:
        return v.key.vehicleNo;
    case DistanceRole:
        return v.distance;
    case BearingRole:
        return v.bearing;
    case FixTimeRole:
        return v.fixTime;
    case StaleRole:
        return v.stale;
    case ApproximateRole:
        return v.approximate;
    case Qt::TextAlignmentRole:
        return index.column() == DistanceColumn || index.column() == DirectionColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DistanceColumn && v.approximate)
            return tr("Approximate: the vehicle's position was sent without a known datum (Encrypt).");
        if (index.column() == AgeColumn && v.stale)
            return tr("No position for over a minute (positions are due within 60 s).");
        return {};
    case SortRole:
        switch (index.column()) {
        case PlateColumn:
            return v.key.vehicleNo;
        case CompanyColumn:
            return v.key.companyId;
        case StatusColumn:
            return int(v.status);
        case DistanceColumn:
            return v.distance;
        case DirectionColumn:
            return v.bearing;
        case AgeColumn:
            return -v.fixTime;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case PlateColumn:
            return v.key.vehicleNo;
        case CompanyColumn:
            return v.key.companyId;
        case StatusColumn:
            return bizStatusName(v.status);
        case DistanceColumn:
            return v.approximate ? tr("≈ %1").arg(formatDistance(v.distance)) : formatDistance(v.distance);
        case DirectionColumn:
            return v.distance > 0 ? formatBearing(v.bearing) : QString();
        case AgeColumn: {
            const QString age = AgeText::format(m_clock() - v.fixTime);
            return v.stale ? tr("%1 (stale)").arg(age) : age;
        }
        }
        return {};
    }
    return {};
}

QVariant NearbyVehicleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlateColumn:
        return tr("Plate");
    case CompanyColumn:
        return tr("Company");
    case StatusColumn:
        return tr("Status");
    case DistanceColumn:
        return tr("Distance");
    case DirectionColumn:
        return tr("Direction");
    case AgeColumn:
        return tr("Last fix");
    }
    return {};
}

QString NearbyVehicleModel::formatDistance(double metres)
{
    if (metres < 1000)
        return tr("%1 m").arg(qRound(metres));
    // One decimal below 10 km, none for whole kilometres ("1 km", "1.2 km", "12 km").
    const double km = metres < 10000 ? std::round(metres / 100) / 10 : std::round(metres / 1000);
    return tr("%1 km").arg(km, 0, 'f', km == std::floor(km) ? 0 : 1);
}

QString NearbyVehicleModel::formatBearing(double degrees)
{
    static const char *const points[] = {QT_TR_NOOP("N"),  QT_TR_NOOP("NE"), QT_TR_NOOP("E"),
                                         QT_TR_NOOP("SE"), QT_TR_NOOP("S"),  QT_TR_NOOP("SW"),
                                         QT_TR_NOOP("W"),  QT_TR_NOOP("NW")};
    const int d = int(std::lround(degrees)) % 360;
    return tr("%1 %2°").arg(tr(points[((d * 8 + 180) / 360) % 8])).arg(d);
}

} // namespace rw
