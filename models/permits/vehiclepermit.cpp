#include "vehiclepermit.h"

namespace rw {

QDate VehiclePermit::effectiveExpiry() const
{
    // Art. 41: the term ends on the day before the 8th anniversary of the first registration.
    const QDate serviceEnd =
        firstRegistration.isValid() ? firstRegistration.addYears(ServiceYears).addDays(-1) : QDate();
    if (!validTo.isValid())
        return serviceEnd;
    if (!serviceEnd.isValid())
        return validTo;
    return qMin(validTo, serviceEnd);
}

bool VehiclePermit::isValidOn(const QDate &day) const
{
    const QDate end = effectiveExpiry();
    return (!validFrom.isValid() || validFrom <= day) && end.isValid() && day <= end;
}

} // namespace rw
