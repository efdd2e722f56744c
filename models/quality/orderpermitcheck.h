#pragma once

#include "protocol/record.h"
#include "qualitymodel.h"
#include "qualityoutcome.h"

#include <QString>

#include <functional>

namespace rw {

/**
 * \brief Art. 15(四) "authenticity.orderPermits" (订单合规率, DESIGN §6): an order match (orderMatch) is
 * compliant when its vehicle (VehicleNo) and its driver (LicenseId) both held a valid permit on the CST day
 * of the order's business time, as the permit registry stood when the record was received.
 *
 * The registry is reached through a Lookup, so that models/ knows nothing of the platform's tables (the
 * platform's is rw::PermitRegistryCheck). An order without plate, licence or business time is checked and
 * not compliant: it cannot show its permits. Every checked order also counts in QualityOutcome::orderChecked
 * / orderCompliant. Stateless apart from the lookup.
 */
class OrderPermitCheck
{
public:
    enum class Holder { Vehicle, Driver };
    /**
     * Whether \a key (a plate for Vehicle, a licence or ID number for Driver) held a permit valid on \a day
     * (CST yyyymmdd) in the registry as it stood at \a asOfMs (Unix ms).
     */
    using Lookup = std::function<bool(Holder holder, const QString &key, int day, qint64 asOfMs)>;

    OrderPermitCheck(const QualityModel &model, Lookup lookup);

    /** The model lists the rule and a lookup was given. */
    bool isActive() const { return m_active; }

    /** Judges \a record (an orderMatch one; others are ignored) into \a outcome (uses its receivedMs). */
    void apply(const Record &record, QualityOutcome &outcome) const;

    /** The CST day (yyyymmdd) holding \a unixSeconds. */
    static int cstDay(qint64 unixSeconds);

private:
    bool m_active = false;
    Lookup m_lookup;
};

} // namespace rw
