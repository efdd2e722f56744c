#pragma once

#include "outage.h"
#include "outageassessment.h"

#include "domain/notice.h"

#include <QList>

namespace rw {

/**
 * \brief Matches a detected outage with the company's notices and flags what the regulation asks for
 * (seed 000 Art. 11: a planned stop announced at least 72 h ahead; Art. 12: an incident notified, the
 * service restored, the missed data re-sent and a written report filed).
 *
 * - A notice covers the outage when it names the outage's stream (or no stream: all of them) and its
 *   window overlaps the outage's, widened by the tolerance (the last record before a planned stop at
 *   02:00 arrives a little before 02:00).
 * - Planned stop: compliant when received at least 72 h before its StartTime — exactly 72:00:00 complies,
 *   71:59:59 does not. Of several planned stops the compliant one with the largest overlap wins.
 * - Incident: the first incident notice covering the outage; its restoration and written report are the
 *   notices that reference it (Reference = its id), or else the first ones received after it.
 * - The written report is due reportDueMs after the outage closed (an assumption: Art. 12 says 及时).
 */
class OutageNoticeMatcher
{
public:
    struct Policy
    {
        qint64 advanceNoticeMs = 72LL * 60 * 60 * 1000; //!< Art. 11: 提前 72 小时
        qint64 toleranceMs = 10LL * 60 * 1000;
        qint64 reportDueMs = 7LL * 24 * 60 * 60 * 1000;
        double backfillComplete = 0.99; //!< back-fill rate counted as complete (rates are estimates)
    };

    OutageNoticeMatcher();
    explicit OutageNoticeMatcher(Policy policy);

    const Policy &policy() const { return m_policy; }

    /** \a notices: the company's notices, any order; \a nowMs: for open outages and due dates. */
    OutageAssessment assess(const Outage &outage, const QList<Notice> &notices, qint64 nowMs) const;

    /** Whether \a planned was received at least advanceNoticeMs before its start (Art. 11). */
    bool isAnnouncedInTime(const Notice &planned) const;

private:
    bool covers(const Notice &notice, const Outage &outage, qint64 nowMs) const;
    qint64 overlapMs(const Notice &notice, const Outage &outage, qint64 nowMs) const;

    Policy m_policy;
};

} // namespace rw
