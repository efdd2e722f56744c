#pragma once

#include "geo/datum.h"
#include "location/nearbyvehicles.h"

#include <QAbstractTableModel>
#include <QGeoCoordinate>
#include <QList>

#include <functional>

namespace rw {

class FleetState;

/**
 * \brief "Vehicles near me" for a list view: plate, distance, direction, status, age of the last fix
 * and company of the vehicles within radius() of position(), nearest first (NearbyVehicles).
 *
 * refresh() — on a timer, after a batch went into the fleet, or when the position moved — searches again
 * and updates the rows in place: vanished vehicles are removed, new ones inserted, vehicles whose rank
 * changed moved (beginMoveRows), changed rows emit dataChanged, and the Age column of every row emits one
 * dataChanged since time passed. So a view keeps its
 * selection and scroll position while the officer walks (it is never reset). At most maxRows() rows
 * (the nearest).
 *
 * The fleet must outlive the model. Time (Unix seconds) comes from setClock().
 */
class NearbyVehicleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** What an officer at the roadside looks at first comes first; the long company id last. */
    enum Column {
        PlateColumn,
        DistanceColumn,
        DirectionColumn,
        StatusColumn,
        AgeColumn,
        CompanyColumn,
        ColumnCount
    };
    enum ItemRole {
        CompanyIdRole = Qt::UserRole + 1, //!< QString, every column
        PlateRole,                        //!< QString, every column
        DistanceRole,                     //!< metres (double), every column
        BearingRole,                      //!< degrees from north (double), every column
        FixTimeRole,                      //!< Unix seconds (qint64), every column
        StaleRole,                        //!< bool, every column
        ApproximateRole,                  //!< bool: distance measured in an unknown datum
        SortRole,                         //!< the column's raw value for sorting
    };

    explicit NearbyVehicleModel(const FleetState *fleet, QObject *parent = nullptr);

    /** Unix seconds; default QDateTime::currentSecsSinceEpoch. */
    void setClock(std::function<qint64()> clock);

    /** Where the officer is (Qt Positioning: WGS-84); an invalid coordinate empties the list. Refreshes. */
    void setPosition(const QGeoCoordinate &position, Datum datum = Datum::Wgs84);
    QGeoCoordinate position() const { return m_position; }
    /** Metres (default 1 km). Refreshes. */
    void setRadius(double metres);
    double radius() const { return m_search.radius(); }
    /** The most rows shown (default 500): the nearest ones. */
    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);

    /** Searches again and updates the rows in place (see the class comment). */
    void refresh();

    const NearbyVehicle &vehicleAt(int row) const { return m_rows.at(row); }
    /** The row of \a key, or −1. */
    int rowOf(const VehicleKey &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "85 m", "1 km", "1.2 km", "12 km". */
    static QString formatDistance(double metres);
    /** "NE 45°" (eight compass points). */
    static QString formatBearing(double degrees);

Q_SIGNALS:
    /** After a refresh() that changed the number of rows. */
    void countChanged(int rows);

private:
    void apply(QList<NearbyVehicle> next);

    const FleetState *m_fleet;
    NearbyVehicles m_search;
    std::function<qint64()> m_clock;
    QGeoCoordinate m_position;
    Datum m_datum = Datum::Wgs84;
    int m_maxRows = 500;
    QList<NearbyVehicle> m_rows;
};

} // namespace rw
