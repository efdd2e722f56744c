#include "vehiclefilter.h"

#include "fleet/fleetstate.h"

namespace rw {

static_assert(FleetState::ApproximatePosition == 0x01 && FleetState::Alarm == 0x02,
              "VehicleFilter::Matcher tests these bits inline");

QString VehicleFilter::problemName(Problem problem)
{
    switch (problem) {
    case Problem::Any:
        return tr("All vehicles");
    case Problem::Stale:
        return tr("Stale (no fix for over 60 s)");
    case Problem::Alarm:
        return tr("Alarm");
    case Problem::Approximate:
        return tr("Approximate position (other datum)");
    case Problem::Fresh:
        return tr("Fresh fixes only");
    }
    return {};
}

VehicleFilter::Matcher::Matcher(const VehicleFilter &filter, const FleetState &fleet, qint64 now)
    : m_all(!filter.isActive())
    , m_filterCompanies(!filter.companies.isEmpty())
    , m_statusMask(filter.statusMask)
    , m_problem(filter.problem)
    , m_now(now)
    , m_staleAfter(fleet.staleAfter())
    , m_marks(fleet.marks())
{
    if (m_filterCompanies) {
        const QStringList &companies = fleet.companies();
        m_companyShown.resize(size_t(companies.size()) + 1, 0);
        for (qsizetype i = 0; i < companies.size(); ++i)
            m_companyShown[size_t(i)] = filter.companies.contains(companies.at(i)) ? 1 : 0;
    }
}

} // namespace rw
