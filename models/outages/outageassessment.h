#pragma once

#include "domain/notice.h"

#include <QFlags>

#include <optional>

namespace rw {

/**
 * \brief How a detected outage stands against the company's notices (seed 000 Art. 11–12; DESIGN §7):
 * the notices matched to it and what is wrong.
 */
struct OutageAssessment
{
    enum Flag {
        Undeclared = 0x01,         //!< neither a planned stop nor an incident notice covers it
        LateNotice = 0x02,         //!< a planned stop announced less than 72 h before its start (Art. 11)
        ExceedsNotice = 0x04,      //!< the outage ran outside the announced window
        BackfillIncomplete = 0x08, //!< closed, but the missed data is not all re-sent yet (Art. 12)
        ReportMissing = 0x10,      //!< no written report on an unplanned outage after the due time (Art. 12)
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    std::optional<Notice> planned;     //!< the planned stop (Art. 11) that covers it
    std::optional<Notice> incident;    //!< the incident notice (Art. 12)
    std::optional<Notice> restoration; //!< the incident's restoration notice
    std::optional<Notice> report;      //!< the written report
    qint64 noticeLeadMs = 0;           //!< planned: its start minus its receipt (≥ 72 h to comply)
    qint64 incidentDelayMs = 0;        //!< incident: its receipt minus the outage's start
    Flags flags;

    bool has(Flag f) const { return flags.testFlag(f); }
    /** A planned stop announced in time and kept to its window: nothing to follow up. */
    bool isCompliantPlannedStop() const { return planned && !has(LateNotice) && !has(ExceedsNotice); }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(OutageAssessment::Flags)

} // namespace rw
