#include "outagenoticematcher.h"

#include <algorithm>
#include <limits>

namespace rw {

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max() / 4;

qint64 noticeStartMs(const Notice &n)
{
    // An incident sent without StartTime started, at the latest, when it was notified.
    return n.startsAt > 0 ? n.startsAt * 1000 : n.receivedMs;
}

qint64 noticeEndMs(const Notice &n)
{
    return n.endsAt > 0 ? n.endsAt * 1000 : kForever;
}

bool receivedBefore(const Notice &a, const Notice &b)
{
    return a.receivedMs != b.receivedMs ? a.receivedMs < b.receivedMs : a.id < b.id;
}

} // namespace

OutageNoticeMatcher::OutageNoticeMatcher()
    : m_policy()
{}

OutageNoticeMatcher::OutageNoticeMatcher(Policy policy)
    : m_policy(policy)
{}

bool OutageNoticeMatcher::isAnnouncedInTime(const Notice &planned) const
{
    return planned.startsAt > 0 && planned.receivedMs <= planned.startsAt * 1000 - m_policy.advanceNoticeMs;
}

bool OutageNoticeMatcher::covers(const Notice &notice, const Outage &outage, qint64 nowMs) const
{
    if (notice.companyId != outage.companyId)
        return false;
    if (!notice.streams.isEmpty() && !notice.streams.contains(OutageStreams::key(outage.stream)))
        return false;
    return overlapMs(notice, outage, nowMs) > 0;
}

qint64 OutageNoticeMatcher::overlapMs(const Notice &notice, const Outage &outage, qint64 nowMs) const
{
    const qint64 outageEnd = outage.isOpen() ? nowMs : outage.endMs;
    const qint64 from = std::max(noticeStartMs(notice) - m_policy.toleranceMs, outage.startMs);
    const qint64 to = std::min(
        noticeEndMs(notice) == kForever ? kForever : noticeEndMs(notice) + m_policy.toleranceMs, outageEnd);
    // A zero-length outage window still overlaps a notice around it.
    if (from == to && outage.startMs == outageEnd)
        return 1;
    return std::max<qint64>(0, to - from);
}

OutageAssessment OutageNoticeMatcher::assess(const Outage &outage, const QList<Notice> &notices,
                                             qint64 nowMs) const
{
    QList<Notice> sorted = notices;
    std::sort(sorted.begin(), sorted.end(), receivedBefore);

    OutageAssessment a;
    qint64 bestOverlap = -1;
    bool bestInTime = false;
    for (const Notice &n : sorted) {
        if (n.kind != NoticeKind::PlannedStop || !covers(n, outage, nowMs))
            continue;
        const bool inTime = isAnnouncedInTime(n);
        const qint64 overlap = overlapMs(n, outage, nowMs);
        if (!a.planned || (inTime && !bestInTime) || (inTime == bestInTime && overlap > bestOverlap)) {
            a.planned = n;
            bestOverlap = overlap;
            bestInTime = inTime;
        }
    }
    for (const Notice &n : sorted) {
        if (n.kind == NoticeKind::Incident && covers(n, outage, nowMs)) {
            a.incident = n;
            break;
        }
    }
    if (a.incident) {
        const QString id = QString::number(a.incident->id);
        auto follow = [&](NoticeKind kind) -> std::optional<Notice> {
            for (const Notice &n : sorted) {
                if (n.kind == kind && n.reference == id)
                    return n;
            }
            for (const Notice &n : sorted) {
                if (n.kind == kind && n.companyId == outage.companyId && n.reference.isEmpty() &&
                    !receivedBefore(n, *a.incident))
                    return n;
            }
            return std::nullopt;
        };
        a.restoration = follow(NoticeKind::Restoration);
        a.report = follow(NoticeKind::WrittenReport);
        a.incidentDelayMs = a.incident->receivedMs - outage.startMs;
    }

    if (a.planned) {
        a.noticeLeadMs = a.planned->startsAt * 1000 - a.planned->receivedMs;
        if (!bestInTime)
            a.flags |= OutageAssessment::LateNotice;
        const qint64 outageEnd = outage.isOpen() ? nowMs : outage.endMs;
        if (outage.startMs < noticeStartMs(*a.planned) - m_policy.toleranceMs ||
            outageEnd > noticeEndMs(*a.planned) + m_policy.toleranceMs)
            a.flags |= OutageAssessment::ExceedsNotice;
    }
    if (!a.planned && !a.incident)
        a.flags |= OutageAssessment::Undeclared;
    if (!outage.isOpen()) {
        const std::optional<double> rate = outage.backfillRate(nowMs);
        if (rate && *rate < m_policy.backfillComplete)
            a.flags |= OutageAssessment::BackfillIncomplete;
        // Art. 12 asks for a report after an unforeseen failure; a planned stop kept as announced needs none.
        if (!a.isCompliantPlannedStop() && !a.report && nowMs > outage.endMs + m_policy.reportDueMs)
            a.flags |= OutageAssessment::ReportMissing;
    }
    return a;
}

} // namespace rw
