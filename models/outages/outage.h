#pragma once

#include "outagestream.h"

#include <QString>

#include <algorithm>
#include <optional>

namespace rw {

/**
 * \brief One detected interruption of a company's stream (seed 000 Art. 11–12, DESIGN §7).
 *
 * The window is [startMs, endMs): from the receipt of the last record before the silence to the receipt
 * of the first record after it. Records received later whose business time falls inside the window are
 * back-fill (Art. 12: 漏传数据补传); their share of the records the stream would have carried at its rate
 * before the outage is the back-fill rate. All times are Unix milliseconds UTC.
 */
struct Outage
{
    qint64 id = 0; //!< the store's id; 0 until stored
    QString companyId;
    OutageStream stream = OutageStream::Position;
    qint64 startMs = 0;           //!< receipt of the last record before the silence
    qint64 detectedMs = 0;        //!< when the silence passed the threshold
    qint64 endMs = 0;             //!< receipt of the first record after it; 0 while open
    double ratePerMinute = 0;     //!< the stream's rate over the activity window before the outage
    qint64 backfilledRecords = 0; //!< records received after startMs with a business time in the window

    bool isOpen() const { return endMs == 0; }
    /** Length in ms, up to \a nowMs while open. */
    qint64 durationMs(qint64 nowMs) const { return (isOpen() ? nowMs : endMs) - startMs; }
    /** Records the window would have carried at the rate before it, up to \a nowMs while open. */
    double expectedRecords(qint64 nowMs) const { return ratePerMinute * double(durationMs(nowMs)) / 60000.0; }
    /** backfilled ÷ expected, capped at 1; nothing when nothing was expected. */
    std::optional<double> backfillRate(qint64 nowMs) const
    {
        const double expected = expectedRecords(nowMs);
        if (expected < 0.5)
            return std::nullopt;
        return std::min(1.0, double(backfilledRecords) / expected);
    }
    /** The identity that survives a restart: one outage per company, stream and start. */
    bool sameWindow(const Outage &other) const
    {
        return companyId == other.companyId && stream == other.stream && startMs == other.startMs;
    }
};

} // namespace rw
