#pragma once

#include "protocol/record.h"
#include "qualitymodel.h"
#include "qualityoutcome.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <unordered_map>

namespace rw {

/**
 * \brief Art. 15(四) "authenticity.positionJump": two consecutive positions of one vehicle
 * (positionVehicle, by VehicleNo) must not imply a speed above the model's maxSpeedKmh.
 *
 * "Consecutive" is the order of receipt (ingest order, rw_id order in a recompute), within a company and a
 * CST month of receipt: the first position of a vehicle in a month has nothing to be compared with, so a
 * month can be recomputed from its own records alone. The speed is the great-circle distance over the
 * difference of the two PositionTimes, at least one second (two fixes with the same time, apart, are a
 * jump; a speed exactly at the bound passes). A position outside China (authenticity.positionInChina) or
 * without coordinates, plate or business time is neither judged nor remembered.
 *
 * Memory is bounded: at most \a maxVehicles vehicles are remembered per company; beyond that, commit()
 * forgets the least recently seen quarter. Changes are grouped like the upload's transaction: begin(),
 * apply() for each record, then commit() or rollback() (which restores the state before begin()), so a
 * failed upload leaves no trace and a recompute that commits after each batch evolves identically.
 * Not thread-safe: used on one thread (the ingest thread, or a recompute's).
 */
class PositionJumpCheck
{
public:
    explicit PositionJumpCheck(const QualityModel &model, int maxVehicles = 100000);

    /** The model lists the rule. */
    bool isActive() const { return m_active; }

    void begin();
    /** Judges \a record (a positionVehicle one; others are ignored) into \a outcome and remembers it. */
    void apply(const Record &record, QualityOutcome &outcome);
    void commit();
    void rollback();

    /** Vehicles remembered for \a companyId. */
    int trackedVehicles(const QString &companyId) const;

    /** Great-circle distance in km between two points given in degrees. */
    static double distanceKm(double lon1, double lat1, double lon2, double lat2);

private:
    struct Fix
    {
        double lon = 0;
        double lat = 0;
        qint64 time = 0;
        quint64 touched = 0;
    };
    // std::unordered_map keeps each key's hash when the hasher may throw (libstdc++: not "fast"), so a
    // lookup compares plates only on equal hashes (QHash compares the key of every slot it probes): this map
    // is looked up once per position at ingest. Hence no noexcept here.
    struct PlateHash
    {
        size_t operator()(const QString &plate) const { return qHash(plate); } // NOLINT(performance-noexcept)
    };
    struct Company
    {
        qint64 monthStart = 0;
        qint64 monthEnd = 0;
        std::unordered_map<QString, Fix, PlateHash> last;
    };
    struct Undo
    {
        QString company;
        QString vehicle;              //!< empty: \a state is the whole company before a month reset
        std::optional<Fix> fix;       //!< the vehicle's fix before (none: it was not remembered)
        std::optional<Company> state; //!< for a month reset
    };

    bool m_active = false;
    double m_maxSpeedKmh = 0;
    int m_maxVehicles = 0;
    quint64 m_tick = 0;
    QHash<QString, Company> m_companies;
    Company *m_company = nullptr; // the last one used (m_companyId); reset when m_companies changes shape
    QString m_companyId;
    QList<Undo> m_undo;
    const InterfaceSpec *m_spec = nullptr; // the spec the indexes below belong to
    int m_vehicleIndex = -1;
    int m_longitudeIndex = -1;
    int m_latitudeIndex = -1;
};

} // namespace rw
