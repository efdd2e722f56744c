#pragma once

#include "fleet/bizstatus.h"
#include "fleet/vehiclemark.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace rw {

class FleetState;

/**
 * \brief Which vehicles the map shows: by company, by BizStatus and by problem (stale, alarm, approximate).
 *
 * A value type set by FleetFilter and read by VehicleLayer. Matcher compiles it against one FleetState for
 * one frame, so that the per-vehicle test in the painter's loop is a few array reads.
 */
struct VehicleFilter
{
    Q_DECLARE_TR_FUNCTIONS(rw::VehicleFilter)

public:
    enum class Problem {
        Any,         //!< no problem filter
        Stale,       //!< only vehicles without a fix for longer than FleetState::staleAfter() (Art. 15(三))
        Alarm,       //!< only vehicles with a JT/T 808 alarm bit set
        Approximate, //!< only vehicles drawn in another datum than the map's (see DisplayPosition)
        Fresh,       //!< only vehicles with a fresh fix
    };
    static constexpr quint32 kAllStatuses = (1u << kBizStatusCount) - 1;

    QStringList companies;             //!< CompanyIds shown; empty: all
    quint32 statusMask = kAllStatuses; //!< bit int(BizStatus) set: shown
    Problem problem = Problem::Any;

    bool isActive() const
    {
        return !companies.isEmpty() || statusMask != kAllStatuses || problem != Problem::Any;
    }
    bool showsStatus(BizStatus status) const { return statusMask & (1u << int(status)); }
    void setShowsStatus(BizStatus status, bool shown)
    {
        statusMask = shown ? statusMask | (1u << int(status)) : statusMask & ~(1u << int(status));
    }
    /** A translated name of \a problem for a combo box. */
    static QString problemName(Problem problem);

    friend bool operator==(const VehicleFilter &, const VehicleFilter &) = default;

    /** The filter compiled for one FleetState at one time. Invalid once the fleet changes. */
    class Matcher
    {
    public:
        Matcher(const VehicleFilter &filter, const FleetState &fleet, qint64 now);
        bool operator()(int index) const
        {
            if (m_all)
                return true;
            if (!(m_statusMask & (1u << m_marks[index].status)))
                return false;
            if (m_filterCompanies && !m_companyShown[size_t(m_marks[index].company)])
                return false;
            switch (m_problem) {
            case Problem::Any:
                return true;
            case Problem::Stale:
                return m_now - m_marks[index].fixTime > m_staleAfter;
            case Problem::Fresh:
                return m_now - m_marks[index].fixTime <= m_staleAfter;
            case Problem::Alarm:
                return m_marks[index].flags & 0x02;
            case Problem::Approximate:
                return m_marks[index].flags & 0x01;
            }
            return true;
        }
        bool acceptsAll() const { return m_all; }

    private:
        bool m_all = true;
        bool m_filterCompanies = false;
        quint32 m_statusMask = kAllStatuses;
        Problem m_problem = Problem::Any;
        qint64 m_now = 0;
        qint64 m_staleAfter = 60;
        std::vector<char> m_companyShown;
        const VehicleMark *m_marks = nullptr;
    };
};

} // namespace rw
