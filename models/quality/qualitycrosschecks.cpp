#include "qualitycrosschecks.h"

namespace rw {

QualityCrossChecks::QualityCrossChecks(const QualityModel &model, OrderPermitCheck::Lookup permits,
                                       VehicleBaseInfoCheck::Lookup baseInfo, int maxVehicles)
    : m_jumps(model, maxVehicles)
    , m_permits(model, std::move(permits))
    , m_trips(model)
    , m_baseInfo(model, std::move(baseInfo))
{}

void QualityCrossChecks::apply(const Record &record, QualityOutcome &outcome)
{
    m_jumps.apply(record, outcome);
    m_permits.apply(record, outcome);
    m_trips.apply(record, outcome);
    m_baseInfo.apply(record, outcome);
}

} // namespace rw
