#pragma once

#include "clock.h"

#include <QDateTime>

#include <atomic>
#include <chrono>

namespace rw {

/**
 * \brief A clock that only moves when told to: for tests, demos and replayed simulations.
 *
 * Holds Unix milliseconds atomically, so one thread may advance it while others read it.
 */
class ManualClock final : public Clock
{
public:
    /** Starts at \a start (converted to UTC); an invalid \a start means the Unix epoch. */
    explicit ManualClock(const QDateTime &start = {});

    QDateTime now() const override;

    void set(const QDateTime &instant);
    void setMSecsSinceEpoch(qint64 ms) { m_ms.store(ms); }
    void advance(std::chrono::milliseconds step) { m_ms.fetch_add(step.count()); }
    void advanceMSecs(qint64 ms) { m_ms.fetch_add(ms); }
    void advanceSecs(qint64 seconds) { m_ms.fetch_add(seconds * 1000); }
    void advanceDays(qint64 days) { m_ms.fetch_add(days * 24 * 60 * 60 * 1000); }

private:
    std::atomic<qint64> m_ms{0};
};

} // namespace rw
