#pragma once

#include <QHashFunctions>
#include <QString>

namespace rw {

/**
 * \brief Identifies a vehicle across fixes: the uploading company (CompanyId) and the plate (VehicleNo).
 *
 * A plate alone is not unique: one car may be registered with two platforms, and each platform's fixes
 * are its own. Compared exactly (case and spaces matter, as on the wire).
 */
struct VehicleKey
{
    QString companyId;
    QString vehicleNo;

    bool isEmpty() const { return vehicleNo.isEmpty(); }
    friend bool operator==(const VehicleKey &, const VehicleKey &) = default;
};

inline size_t qHash(const VehicleKey &key, size_t seed = 0) noexcept
{
    return qHash(key.vehicleNo, qHash(key.companyId, seed));
}

} // namespace rw
